import { Button, Table, TableBody, TableCell, TableHead, TableRow, TextField } from '@material-ui/core';
import { type Dispatch, useState } from 'react';
import type { PaveVariableSetQuery } from '../../__generated__/graphql.ts';
import type { DraftAction, VariableDraft } from './variableDraft.ts';
import { validateVariable } from './variableDraft.ts';

type Variable = NonNullable<PaveVariableSetQuery['variableSet']>['variables'][number];
const MASK = '••••••••';

/** The variables with what the draft does to them: changed, added, to be removed. */
export function VariablesTable(props: {
  variables: Variable[];
  revealable: boolean;
  revealed: Record<string, string>;
  draft: VariableDraft;
  onReveal: (key: string) => void;
  onHide: (key: string) => void;
  dispatch: Dispatch<DraftAction>;
}) {
  const { draft } = props;
  const [editing, setEditing] = useState<{ key: string; value: string; problem?: string }>();
  const added = Object.keys(draft.edits).filter((key) => !props.variables.some((v) => v.key === key));
  const rows = [
    ...props.variables.map((v) => ({ key: v.key, secret: v.secret, current: v })),
    ...added.map((key) => ({ key, secret: draft.edits[key]?.secret ?? true, current: undefined })),
  ];

  const shownValue = (row: (typeof rows)[number]) => {
    const edit = draft.edits[row.key];
    if (edit) return row.secret && edit.secret !== false ? `${MASK} (new value)` : edit.value;
    if (props.revealed[row.key] !== undefined) return props.revealed[row.key];
    return row.current?.masked ? MASK : (row.current?.value ?? '');
  };
  const stateOf = (key: string) =>
    draft.removals.includes(key)
      ? 'to be removed'
      : draft.edits[key]
        ? added.includes(key)
          ? 'new'
          : 'changed'
        : '';

  return (
    <Table size="small" aria-label="Variables">
      <TableHead>
        <TableRow>
          <TableCell>Key</TableCell>
          <TableCell>Value</TableCell>
          <TableCell>Kind</TableCell>
          <TableCell>Pending</TableCell>
          <TableCell>Actions</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.length === 0 ? (
          <TableRow>
            <TableCell colSpan={5}>No variables yet: add the first one below.</TableCell>
          </TableRow>
        ) : null}
        {rows.map((row) => (
          <TableRow key={row.key} data-testid={`variable-${row.key}`}>
            <TableCell style={{ fontFamily: 'monospace' }}>{row.key}</TableCell>
            <TableCell style={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
              {editing?.key === row.key ? (
                <TextField
                  autoFocus
                  size="small"
                  id={`pave-edit-${row.key}`}
                  label={`New value of ${row.key}`}
                  type={row.secret ? 'password' : 'text'}
                  value={editing.value}
                  error={editing.problem !== undefined}
                  helperText={editing.problem}
                  onChange={(event) => setEditing({ key: row.key, value: event.target.value })}
                  onKeyDown={(event) => {
                    if (event.key === 'Escape') setEditing(undefined);
                    if (event.key !== 'Enter') return;
                    const problem = validateVariable(row.key, editing.value);
                    if (problem) return setEditing({ ...editing, problem });
                    props.dispatch({ type: 'set', key: row.key, value: editing.value, secret: null });
                    setEditing(undefined);
                  }}
                />
              ) : (
                shownValue(row)
              )}
            </TableCell>
            <TableCell>{row.secret ? 'secret' : 'config'}</TableCell>
            <TableCell>{stateOf(row.key)}</TableCell>
            <TableCell>
              {row.current?.masked && props.revealable && props.revealed[row.key] === undefined ? (
                <Button size="small" onClick={() => props.onReveal(row.key)} aria-label={`Reveal ${row.key}`}>
                  Reveal
                </Button>
              ) : null}
              {props.revealed[row.key] !== undefined ? (
                <Button size="small" onClick={() => props.onHide(row.key)} aria-label={`Hide ${row.key}`}>
                  Hide
                </Button>
              ) : null}
              <Button
                size="small"
                aria-label={`Edit ${row.key}`}
                onClick={() =>
                  setEditing({
                    key: row.key,
                    value: row.secret ? '' : (draft.edits[row.key]?.value ?? row.current?.value ?? ''),
                  })
                }
              >
                Edit
              </Button>
              {stateOf(row.key) ? (
                <Button
                  size="small"
                  aria-label={`Undo ${row.key}`}
                  onClick={() => props.dispatch({ type: 'undo', key: row.key })}
                >
                  Undo
                </Button>
              ) : (
                <Button
                  size="small"
                  aria-label={`Remove ${row.key}`}
                  onClick={() => props.dispatch({ type: 'remove', key: row.key })}
                >
                  Remove
                </Button>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
