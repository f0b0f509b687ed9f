import type { Client } from '@urql/core';
import { PaveSetVariablesDocument, PaveUnsetVariablesDocument } from '../../__generated__/graphql.ts';
import { describeError, type PaveError } from '../shared/errors.ts';
import type { toMutations } from './variableDraft.ts';

export type SaveOutcome =
  | { kind: 'saved'; version: number }
  | { kind: 'conflict'; currentVersion: number; error: PaveError }
  | { kind: 'failed'; error: PaveError };

/**
 * Saves a draft with one click: the sets in one atomic version, then the removals in the next,
 * each against the version it expects. A stale `expectedVersion` comes back as a conflict with the
 * version the server has, so the user can see what changed and re-apply on top of it.
 */
export async function saveVariables(
  client: Client,
  environmentId: string,
  expectedVersion: number,
  changes: ReturnType<typeof toMutations>,
): Promise<SaveOutcome> {
  let version = expectedVersion;
  if (changes.set.length > 0) {
    const result = await client
      .mutation(PaveSetVariablesDocument, {
        input: { environmentId, expectedVersion: version, variables: changes.set },
      })
      .toPromise();
    if (result.error || !result.data) return failure(result.error);
    version = result.data.setVariables.variableSet.version;
  }
  if (changes.unset.length > 0) {
    const result = await client
      .mutation(PaveUnsetVariablesDocument, {
        input: { environmentId, expectedVersion: version, keys: changes.unset },
      })
      .toPromise();
    if (result.error || !result.data) return failure(result.error);
    version = result.data.unsetVariables.variableSet.version;
  }
  return { kind: 'saved', version };
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
