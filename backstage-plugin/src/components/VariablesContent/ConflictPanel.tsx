import { Box, Button, Typography } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { useQuery } from 'urql';
import { PaveVariableSetDiffDocument } from '../../__generated__/graphql.ts';
import { ErrorNotice } from '../shared/ErrorNotice.tsx';
import { ChangeList } from './ChangeList.tsx';

/**
 * Someone saved in between: shows what they changed since the version the user edited, and lets
 * the user apply their own changes on top of the new version, or drop them.
 */
export function ConflictPanel(props: {
  environmentId: string;
  baseVersion: number;
  currentVersion: number;
  busy: boolean;
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const [diff] = useQuery({
    query: PaveVariableSetDiffDocument,
    variables: {
      environmentId: props.environmentId,
      fromVersion: props.baseVersion,
      toVersion: props.currentVersion,
    },
    requestPolicy: 'network-only',
  });
  return (
    <Alert severity="warning" role="alert" style={{ marginBottom: 16 }}>
      <Typography variant="subtitle2">
        CONFLICT: the variables changed while you were editing. You started from version {props.baseVersion},
        and it is version {props.currentVersion} now.
      </Typography>
      {diff.error ? <ErrorNotice error={diff.error} /> : null}
      {diff.data ? (
        <>
          <Typography variant="body2">What changed since your version:</Typography>
          <ChangeList changes={diff.data.variableSetDiff.changes} />
        </>
      ) : null}
      <Box display="flex" style={{ gap: 8 }} marginTop={1}>
        <Button variant="contained" color="primary" disabled={props.busy} onClick={props.onReapply}>
          Re-apply my changes on version {props.currentVersion}
        </Button>
        <Button onClick={props.onDiscard}>Discard my changes</Button>
      </Box>
    </Alert>
  );
}
