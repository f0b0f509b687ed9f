import type { Change } from './views.ts';

/** One key of two environments' variables as the platform compared them. */
export interface ComparedVariable {
  key: string;
  state: 'ONLY_IN_FROM' | 'ONLY_IN_TO' | 'SAME' | 'DIFFERS' | 'NOT_COMPARED';
  secret: boolean;
  fromValue?: string | null;
  toValue?: string | null;
}

export interface Comparison {
  changes: Change[];
  /** Secrets set on both sides whose values were not revealed, so could not be compared. */
  notCompared: string[];
}

const CHANGE = { ONLY_IN_FROM: 'REMOVED', ONLY_IN_TO: 'ADDED', DIFFERS: 'CHANGED' } as const;

/**
 * The platform's comparison of `from` with `to` as changes, the way `vars diff` shows versions. A
 * secret's value is never part of a change, even when it was revealed to compare it.
 */
export function changesBetween(compared: readonly ComparedVariable[]): Comparison {
  const changes: Change[] = [];
  const notCompared: string[] = [];
  for (const { key, state, secret, fromValue, toValue } of compared) {
    if (state === 'NOT_COMPARED') notCompared.push(key);
    else if (state !== 'SAME') {
      changes.push({
        key,
        change: CHANGE[state],
        secret,
        oldValue: secret ? null : (fromValue ?? null),
        newValue: secret ? null : (toValue ?? null),
      });
    }
  }
  return { changes, notCompared };
}
