import type { VariableSetSnapshot } from '../port.ts';

/** An environment never written: version 0, no variables. */
export function emptySet(environmentId: string): VariableSetSnapshot {
  return { environmentId, version: 0, updatedAt: null, updatedBy: null, variables: [] };
}
