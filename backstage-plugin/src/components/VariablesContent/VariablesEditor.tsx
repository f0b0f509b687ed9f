import { Box, Button, Typography } from '@material-ui/core';
import { useReducer, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { PaveRevealVariableDocument, PaveVariableSetDocument } from '../../__generated__/graphql.ts';
import { ErrorNotice } from '../shared/ErrorNotice.tsx';
import { describeError, type PaveError } from '../shared/errors.ts';
import { QueryState } from '../shared/QueryState.tsx';
import { AddVariableForm } from './AddVariableForm.tsx';
import { ConflictPanel } from './ConflictPanel.tsx';
import { saveVariables } from './saveVariables.ts';
import { VariablesTable } from './VariablesTable.tsx';
import { changeCount, draftReducer, EMPTY_DRAFT, toMutations } from './variableDraft.ts';

/**
 * Edits several variables and saves them at once against the version they were read at. Secret
 * values stay masked; revealing one asks the gateway for that key alone, each time.
 */
export function VariablesEditor(props: { environmentId: string }) {
  const client = useClient();
  const [result, refetch] = useQuery({
    query: PaveVariableSetDocument,
    variables: { environmentId: props.environmentId },
  });
  const [draft, dispatch] = useReducer(draftReducer, EMPTY_DRAFT);
  const [revealed, setRevealed] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<PaveError>();
  const [conflict, setConflict] = useState<{ baseVersion: number; currentVersion: number }>();
  const set = result.data?.variableSet;
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const save = async (expectedVersion: number) => {
    if (!set) return;
    setSaving(true);
    setFailure(undefined);
    const existing = new Set(set.variables.map((v) => v.key));
    const outcome = await saveVariables(
      client,
      props.environmentId,
      expectedVersion,
      toMutations(draft, existing),
    );
    setSaving(false);
    if (outcome.kind === 'saved') {
      dispatch({ type: 'reset' });
      setConflict(undefined);
      setRevealed({});
      reload();
    } else if (outcome.kind === 'conflict') {
      setConflict({ baseVersion: expectedVersion, currentVersion: outcome.currentVersion });
    } else {
      setFailure(outcome.error);
    }
  };

  const reveal = async (key: string) => {
    const answer = await client
      .query(
        PaveRevealVariableDocument,
        { environmentId: props.environmentId, key },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    if (answer.error) return setFailure(describeError(answer.error));
    const value = answer.data?.variableSet?.variables.find((v) => v.key === key)?.value;
    if (value != null) setRevealed((current) => ({ ...current, [key]: value }));
  };

  const pending = changeCount(draft);
  return (
    <QueryState fetching={result.fetching} error={result.error} data={set}>
      {(variableSet) => (
        <>
          <Typography variant="body2" color="textSecondary" paragraph>
            Version {variableSet.version}
            {variableSet.updatedBy ? ` by ${variableSet.updatedBy}` : ''} · kept in {variableSet.backend}
          </Typography>
          {failure ? <ErrorNotice described={failure} /> : null}
          {conflict ? (
            <ConflictPanel
              environmentId={props.environmentId}
              baseVersion={conflict.baseVersion}
              currentVersion={conflict.currentVersion}
              busy={saving}
              onReapply={() => save(conflict.currentVersion)}
              onDiscard={() => {
                dispatch({ type: 'reset' });
                setConflict(undefined);
                reload();
              }}
            />
          ) : null}
          <VariablesTable
            variables={variableSet.variables}
            revealable={variableSet.revealable}
            revealed={revealed}
            draft={draft}
            onReveal={reveal}
            onHide={(key) => setRevealed(({ [key]: _hidden, ...rest }) => rest)}
            dispatch={dispatch}
          />
          <AddVariableForm
            existingKeys={variableSet.variables.map((v) => v.key)}
            onAdd={(key, value, secret) => dispatch({ type: 'set', key, value, secret })}
          />
          <Box display="flex" style={{ gap: 8 }} marginTop={2}>
            <Button
              variant="contained"
              color="primary"
              disabled={pending === 0 || saving || conflict !== undefined}
              onClick={() => save(variableSet.version)}
            >
              {pending === 1 ? 'Save 1 change' : `Save ${pending} changes`}
            </Button>
            <Button disabled={pending === 0 || saving} onClick={() => dispatch({ type: 'reset' })}>
              Discard changes
            </Button>
          </Box>
        </>
      )}
    </QueryState>
  );
}
