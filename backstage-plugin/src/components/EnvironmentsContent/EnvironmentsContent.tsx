import { InfoCard, Link } from '@backstage/core-components';
import { Box, Button, Table, TableBody, TableCell, TableHead, TableRow } from '@material-ui/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  PaveComponentEnvironmentsDocument,
  PaveDeleteEnvironmentDocument,
} from '../../__generated__/graphql.ts';
import { ConfirmDialog } from '../shared/ConfirmDialog.tsx';
import { type ComponentEnvironment, environmentsOf } from '../shared/componentEnvironments.ts';
import { ErrorNotice } from '../shared/ErrorNotice.tsx';
import { QueryState } from '../shared/QueryState.tsx';
import { StatusLabel } from '../shared/StatusLabel.tsx';
import { UnknownComponent } from '../shared/UnknownComponent.tsx';
import { useComponentRef } from '../shared/useComponentRef.ts';
import { CreateEnvironmentDialog, type CreateMode } from './CreateEnvironmentDialog.tsx';

type EnvironmentRow = ComponentEnvironment;

/** The Environments tab: where the component runs, what runs there; create, clone, preview, delete. */
export function EnvironmentsContent() {
  const ref = useComponentRef();
  const [result, refetch] = useQuery({ query: PaveComponentEnvironmentsDocument, variables: { ref } });
  const [creating, setCreating] = useState<{ mode: CreateMode; from?: EnvironmentRow }>();
  const [deleting, setDeleting] = useState<EnvironmentRow>();
  const [deletion, deleteEnvironment] = useMutation(PaveDeleteEnvironmentDocument);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (result.data && result.data.entity === null) return <UnknownComponent componentRef={ref} />;
  const actions = (
    <Box display="flex" style={{ gap: 8 }}>
      <Button variant="contained" color="primary" onClick={() => setCreating({ mode: 'create' })}>
        Create environment
      </Button>
      <Button variant="outlined" onClick={() => setCreating({ mode: 'preview' })}>
        Preview for a branch
      </Button>
    </Box>
  );

  return (
    <InfoCard title="Environments" subheader={ref} action={actions}>
      {deletion.error ? <ErrorNotice error={deletion.error} /> : null}
      <QueryState
        fetching={result.fetching}
        error={result.error}
        data={environmentsOf(result.data?.entity)}
        isEmpty={(connection) => connection.nodes.length === 0}
        empty={{
          title: 'No environments yet',
          description: 'Create one to deploy this component, or a preview environment for a branch.',
        }}
      >
        {(connection) => (
          <Table size="small" aria-label="Environments">
            <TableHead>
              <TableRow>
                <TableCell>Name</TableCell>
                <TableCell>Type</TableCell>
                <TableCell>Status</TableCell>
                <TableCell>URL</TableCell>
                <TableCell>Current release</TableCell>
                <TableCell>Actions</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {connection.nodes.map((environment) => (
                <TableRow key={environment.id}>
                  <TableCell>
                    {environment.name}
                    {environment.protected ? ' (protected)' : ''}
                    {environment.branch ? ` · branch ${environment.branch}` : ''}
                    {environment.expiresAt
                      ? ` · expires ${new Date(environment.expiresAt).toLocaleString()}`
                      : ''}
                  </TableCell>
                  <TableCell>{environment.type.toLowerCase()}</TableCell>
                  <TableCell>
                    <StatusLabel status={environment.status?.state} />
                    {environment.status?.message ? ` ${environment.status.message}` : ''}
                  </TableCell>
                  <TableCell>
                    {environment.url ? <Link to={environment.url}>{environment.url}</Link> : '—'}
                  </TableCell>
                  <TableCell>
                    {environment.currentRelease
                      ? `${environment.currentRelease.version} · ${environment.currentRelease.description}`
                      : 'none yet'}
                  </TableCell>
                  <TableCell>
                    <Button size="small" onClick={() => setCreating({ mode: 'clone', from: environment })}>
                      Clone
                    </Button>
                    <Button size="small" color="secondary" onClick={() => setDeleting(environment)}>
                      Delete
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </QueryState>
      {creating ? (
        <CreateEnvironmentDialog
          componentRef={ref}
          mode={creating.mode}
          from={creating.from}
          onClose={(created) => {
            setCreating(undefined);
            if (created) reload();
          }}
        />
      ) : null}
      <ConfirmDialog
        open={deleting !== undefined}
        title={`Delete ${deleting?.name ?? ''}?`}
        confirmLabel="Delete environment"
        typeToConfirm={deleting?.name}
        busy={deletion.fetching}
        danger
        onCancel={() => setDeleting(undefined)}
        onConfirm={async (typed) => {
          if (!deleting) return;
          const target = deleting;
          setDeleting(undefined);
          const outcome = await deleteEnvironment({ input: { id: target.id, confirm: typed } });
          if (!outcome.error) reload();
        }}
      >
        This tears down {deleting?.name}: its processes, its variables and its releases. It cannot be undone.
      </ConfirmDialog>
    </InfoCard>
  );
}
