import type { Client } from '@urql/core';
import { PaveSetVariablesDocument } from '../../__generated__/graphql.ts';
import { describeError, type PaveError } from '../shared/errors.ts';
import type { toMutations } from './variableDraft.ts';

export type SaveOutcome =
  | { kind: 'saved'; version: number }
  | { kind: 'conflict'; currentVersion: number; error: PaveError }
  | { kind: 'failed'; error: PaveError };

/**
 * Saves a draft with one click as one version (and so one release): the sets and the removals in
 * one atomic change against the version the editor read. A stale `expectedVersion` comes back as a
 * conflict with the version the server has, so the user can see what changed and re-apply on top.
 */
export async function saveVariables(
  client: Client,
  environmentId: string,
  expectedVersion: number,
  changes: ReturnType<typeof toMutations>,
): Promise<SaveOutcome> {
  const result = await client
    .mutation(PaveSetVariablesDocument, {
      input: { environmentId, expectedVersion, variables: changes.set, unset: changes.unset },
    })
    .toPromise();
  if (result.error || !result.data) return failure(result.error);
  return { kind: 'saved', version: result.data.setVariables.variableSet.version };
}

function failure(error: Parameters<typeof describeError>[0] | undefined): SaveOutcome {
  if (!error)
    return { kind: 'failed', error: { code: 'ERROR', message: 'The gateway answered with nothing.' } };
  const described = describeError(error);
  if (described.code === 'CONFLICT' && described.currentVersion !== undefined) {
    return { kind: 'conflict', currentVersion: described.currentVersion, error: described };
  }
  return { kind: 'failed', error: described };
}
