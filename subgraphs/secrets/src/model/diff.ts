import type { StoredVariable } from '../port.ts';
import { compareKeys } from './plan.ts';

export type VariableChangeKind = 'ADDED' | 'CHANGED' | 'REMOVED';

export interface VariableChange {
  key: string;
  change: VariableChangeKind;
  /** A secret on either side: then neither value is given. */
  secret: boolean;
  oldValue: string | null;
  newValue: string | null;
}

function differs(a: StoredVariable, b: StoredVariable): boolean {
  if (a.secret !== b.secret) return true;
  // Write-only backends give no values: the version the variable last changed in tells instead.
  if (a.value === null || b.value === null) return a.version !== b.version;
  return a.value !== b.value;
}

/** What changed from `from` to `to`, ordered by key. Values of secrets never leave this function. */
export function diffVariables(
  from: readonly StoredVariable[],
  to: readonly StoredVariable[],
): VariableChange[] {
  const before = new Map(from.map((variable) => [variable.key, variable]));
  const after = new Map(to.map((variable) => [variable.key, variable]));
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort(compareKeys);
  const changes: VariableChange[] = [];
  for (const key of keys) {
    const old = before.get(key);
    const now = after.get(key);
    const secret = Boolean(old?.secret || now?.secret);
    const value = (variable: StoredVariable | undefined) => (secret || !variable ? null : variable.value);
    if (old && now && !differs(old, now)) continue;
    const change: VariableChangeKind = !old ? 'ADDED' : !now ? 'REMOVED' : 'CHANGED';
    changes.push({ key, change, secret, oldValue: value(old), newValue: value(now) });
  }
  return changes;
}
