import { InfoCard, Link } from '@backstage/core-components';
import { Table, TableBody, TableCell, TableHead, TableRow, TextField } from '@material-ui/core';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { PaveSearchComponentsDocument } from '../../__generated__/graphql.ts';
import { QueryState } from '../shared/QueryState.tsx';
import { StatusLabel } from '../shared/StatusLabel.tsx';

/** Waits until the user stops typing for a moment before searching. */
function useDebounced(value: string, ms: number) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** The platform at a glance: search components, see each one's environments and what runs there. */
export function OverviewPage() {
  const [text, setText] = useState('');
  const query = useDebounced(text.trim(), 250);
  const [result] = useQuery({
    query: PaveSearchComponentsDocument,
    variables: { query },
    pause: query === '',
  });

  return (
    <InfoCard title="Platform overview">
      <TextField
        fullWidth
        autoFocus
        variant="outlined"
        id="pave-search-components"
        label="Search components"
        placeholder="name, title, tag, description…"
        value={text}
        onChange={(event) => setText(event.target.value)}
        style={{ marginBottom: 16 }}
      />
      {query === '' ? null : (
        <QueryState
          fetching={result.fetching}
          error={result.error}
          data={result.data?.search}
          isEmpty={(connection) => connection.nodes.length === 0}
          empty={{ title: `No component matches "${query}"` }}
        >
          {(connection) => (
            <Table size="small" aria-label="Components">
              <TableHead>
                <TableRow>
                  <TableCell>Component</TableCell>
                  <TableCell>Owner</TableCell>
                  <TableCell>Environments</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {connection.nodes.map((entity) => (
                  <TableRow key={entity.ref}>
                    <TableCell>
                      <strong>{entity.title ?? entity.ref}</strong>
                      <div>{entity.ref}</div>
                      {entity.description ? <div>{entity.description}</div> : null}
                    </TableCell>
                    <TableCell>{'owner' in entity ? (entity.owner?.ref ?? '—') : '—'}</TableCell>
                    <TableCell>
                      {'environments' in entity && entity.environments.nodes.length > 0
                        ? entity.environments.nodes.map((environment) => (
                            <div key={environment.id}>
                              {environment.name}: <StatusLabel status={environment.status?.state} />{' '}
                              {environment.currentRelease?.version ?? ''}{' '}
                              {environment.url ? <Link to={environment.url}>{environment.url}</Link> : null}
                            </div>
                          ))
                        : 'none'}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </QueryState>
      )}
    </InfoCard>
  );
}
