import { Button, Table, TableBody, TableCell, TableHead, TableRow } from '@material-ui/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { PaveRollbackVariablesDocument, PaveVariableHistoryDocument } from '../../__generated__/graphql.ts';
import { ConfirmDialog } from '../shared/ConfirmDialog.tsx';
import { ErrorNotice } from '../shared/ErrorNotice.tsx';
import { QueryState } from '../shared/QueryState.tsx';
import { ChangeList } from './ChangeList.tsx';

/** Earlier versions with what each changed; rolling back makes a new version equal to an old one. */
export function VariableHistory(props: { environmentId: string }) {
  const [result, refetch] = useQuery({
    query: PaveVariableHistoryDocument,
    variables: { environmentId: props.environmentId },
  });
  const [rollingBack, setRollingBack] = useState<number>();
  const [rollback, rollbackVariables] = useMutation(PaveRollbackVariablesDocument);
  const set = result.data?.variableSet;

  return (
    <QueryState
      fetching={result.fetching}
      error={result.error}
      data={set}
      isEmpty={(s) => s.history.nodes.length === 0}
      empty={{ title: 'No history yet', description: 'Each save makes a version you can come back to.' }}
    >
      {(variableSet) => (
        <>
          {rollback.error ? <ErrorNotice error={rollback.error} /> : null}
          <Table size="small" aria-label="Variable history">
            <TableHead>
              <TableRow>
                <TableCell>Version</TableCell>
                <TableCell>When</TableCell>
                <TableCell>Who</TableCell>
                <TableCell>Changes</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {variableSet.history.nodes.map((version) => (
                <TableRow key={version.version}>
                  <TableCell>v{version.version}</TableCell>
                  <TableCell>{new Date(version.createdAt).toLocaleString()}</TableCell>
                  <TableCell>{version.createdBy}</TableCell>
                  <TableCell>
                    <ChangeList changes={version.changes} />
                  </TableCell>
                  <TableCell>
                    {version.version !== variableSet.version ? (
                      <Button size="small" onClick={() => setRollingBack(version.version)}>
                        Roll back to v{version.version}
                      </Button>
                    ) : (
                      'current'
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <ConfirmDialog
            open={rollingBack !== undefined}
            title={`Roll back to version ${rollingBack}?`}
            confirmLabel="Roll back"
            busy={rollback.fetching}
            onCancel={() => setRollingBack(undefined)}
            onConfirm={async () => {
              const toVersion = rollingBack;
              setRollingBack(undefined);
              if (toVersion === undefined) return;
              const outcome = await rollbackVariables({
                input: {
                  environmentId: props.environmentId,
                  toVersion,
                  expectedVersion: variableSet.version,
                },
              });
              if (!outcome.error) refetch({ requestPolicy: 'network-only' });
            }}
          >
            The variables become what they were at version {rollingBack}, as a new version; history is kept. A
            new release restarts the app with them.
          </ConfirmDialog>
        </>
      )}
    </QueryState>
  );
}
