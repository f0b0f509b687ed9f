import type { Change, Variable } from './views.ts';

export interface Comparison {
  changes: Change[];
  /** Secrets set on both sides whose values were not read, so could not be compared. */
  notCompared: string[];
}

/**
 * What differs from `from` to `to` (two environments' variables), ordered by key. A secret's value
 * is compared only when both sides were revealed, and never returned: the change only says that
 * it differs.
 */
export function compareVariables(from: readonly Variable[], to: readonly Variable[]): Comparison {
  const before = new Map(from.map((v) => [v.key, v]));
  const after = new Map(to.map((v) => [v.key, v]));
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changes: Change[] = [];
  const notCompared: string[] = [];
  for (const key of keys) {
    const old = before.get(key);
    const now = after.get(key);
    const secret = !!(old?.secret || now?.secret);
    const shown = (v: Variable | undefined) => (secret || !v ? null : v.value);
    if (!old || !now) {
      changes.push({
        key,
        change: old ? 'REMOVED' : 'ADDED',
        secret,
        oldValue: shown(old),
        newValue: shown(now),
      });
    } else if (old.masked || now.masked) {
      if (old.secret !== now.secret)
        changes.push({ key, change: 'CHANGED', secret, oldValue: null, newValue: null });
      else notCompared.push(key);
    } else if (old.value !== now.value || old.secret !== now.secret) {
      changes.push({ key, change: 'CHANGED', secret, oldValue: shown(old), newValue: shown(now) });
    }
  }
  return { changes, notCompared };
}
