import { Box, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@material-ui/core';
import { useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import {
  PaveEnvironmentReleasesDocument,
  type PaveReleaseFieldsFragment,
  PaveReleaseStatusDocument,
} from '../../__generated__/graphql.ts';
import type { PickedEnvironment } from '../shared/EnvironmentPicker.tsx';
import { ErrorNotice } from '../shared/ErrorNotice.tsx';
import { QueryState } from '../shared/QueryState.tsx';
import { StatusLabel } from '../shared/StatusLabel.tsx';
import { mergeReleases } from './mergeReleases.ts';
import { type ReleaseAction, ReleaseActionDialog } from './ReleaseActionDialog.tsx';

export function ReleaseList(props: {
  environment: PickedEnvironment;
  otherEnvironments: PickedEnvironment[];
}) {
  const environmentId = props.environment.id;
  const [result] = useQuery({ query: PaveEnvironmentReleasesDocument, variables: { environmentId } });
  const [live] = useSubscription(
    { query: PaveReleaseStatusDocument, variables: { environmentId } },
    (seen: Record<string, PaveReleaseFieldsFragment> = {}, event) => ({
      ...seen,
      [event.releaseStatus.id]: event.releaseStatus,
    }),
  );
  const [action, setAction] = useState<ReleaseAction>();
  const releases = mergeReleases(result.data?.environment?.releases.nodes ?? [], live.data ?? {});

  return (
    <>
      <Box display="flex" style={{ gap: 8 }} marginBottom={2}>
        <Button variant="contained" color="primary" onClick={() => setAction({ kind: 'deploy' })}>
          Deploy
        </Button>
        <Button
          variant="outlined"
          disabled={props.otherEnvironments.length === 0}
          onClick={() => setAction({ kind: 'promote' })}
        >
          Promote to…
        </Button>
      </Box>
      {live.error ? <ErrorNotice error={live.error} /> : null}
      <QueryState
        fetching={result.fetching}
        error={result.error}
        data={result.data?.environment}
        isEmpty={() => releases.length === 0}
        empty={{
          title: 'No releases yet',
          description: `Deploy to ${props.environment.name} to make the first one.`,
        }}
      >
        {() => (
          <Table size="small" aria-label="Releases">
            <TableHead>
              <TableRow>
                <TableCell>Version</TableCell>
                <TableCell>Status</TableCell>
                <TableCell>What</TableCell>
                <TableCell>Who</TableCell>
                <TableCell>When</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {releases.map((release) => (
                <TableRow
                  key={release.id}
                  data-testid={`release-${release.version}`}
                  selected={release.current}
                >
                  <TableCell>
                    {release.version}
                    {release.current ? ' (current)' : ''}
                  </TableCell>
                  <TableCell>
                    <StatusLabel status={release.status} />
                    {release.failureReason ? (
                      <Typography variant="caption" display="block" color="error">
                        {release.failureReason}
                      </Typography>
                    ) : null}
                  </TableCell>
                  <TableCell>{release.description}</TableCell>
                  <TableCell>{release.createdBy}</TableCell>
                  <TableCell>{new Date(release.createdAt).toLocaleString()}</TableCell>
                  <TableCell>
                    {!release.current && release.status === 'SUCCEEDED' ? (
                      <Button size="small" onClick={() => setAction({ kind: 'rollback', release })}>
                        Roll back to {release.version}
                      </Button>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </QueryState>
      {action ? (
        <ReleaseActionDialog
          action={action}
          environment={props.environment}
          otherEnvironments={props.otherEnvironments}
          onClose={() => setAction(undefined)}
        />
      ) : null}
    </>
  );
}
