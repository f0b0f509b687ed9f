import { badUserInput } from '@pave/subgraph-kit';
import type { StoredVariable, WriteRequest } from '../port.ts';
import { MAX_KEYS } from './validate.ts';

export interface PlannedVariable {
  key: string;
  value: string;
  secret: boolean;
}

/** What a write does to the current set: every adapter plans the same way, under its own lock. */
export interface ChangePlan {
  /** Variables added, or whose value or kind changes. */
  upserts: PlannedVariable[];
  /** Keys that are removed. */
  removals: string[];
  /** Both of the above, ordered: empty when the write changes nothing. */
  changedKeys: string[];
  /** Variables that existed before and get a different value or kind. */
  overwrittenKeys: string[];
  /** Variables the write sets to what they already are. */
  unchangedKeys: string[];
}

export function planChanges(
  current: readonly StoredVariable[],
  request: Pick<WriteRequest, 'set' | 'unset' | 'replace'>,
): ChangePlan {
  const existing = new Map(current.map((variable) => [variable.key, variable]));
  const upserts: PlannedVariable[] = [];
  const overwrittenKeys: string[] = [];
  const unchangedKeys: string[] = [];
  const setKeys = new Set<string>();
  for (const write of request.set) {
    setKeys.add(write.key);
    const before = existing.get(write.key);
    const secret = write.secret ?? before?.secret ?? true;
    // A write-only backend cannot tell whether the value is the same, so it is always a change.
    if (before && before.value !== null && before.value === write.value && before.secret === secret) {
      unchangedKeys.push(write.key);
      continue;
    }
    if (before) overwrittenKeys.push(write.key);
    upserts.push({ key: write.key, value: write.value, secret });
  }
  const removed = new Set(request.unset.filter((key) => existing.has(key) && !setKeys.has(key)));
  if (request.replace) {
    for (const key of existing.keys()) if (!setKeys.has(key)) removed.add(key);
  }
  const removals = [...removed].sort();
  const size = existing.size + upserts.length - overwrittenKeys.length - removals.length;
  if (size > MAX_KEYS) {
    throw badUserInput(
      `An environment holds at most ${MAX_KEYS} variables; this change would make ${size}.`,
      {
        field: 'input',
        rule: `at most ${MAX_KEYS} variables per environment`,
      },
    );
  }
  return {
    upserts,
    removals,
    changedKeys: [...upserts.map((variable) => variable.key), ...removals].sort(),
    overwrittenKeys: overwrittenKeys.sort(),
    unchangedKeys: unchangedKeys.sort(),
  };
}

/** The set after `plan`, ordered by key, for adapters that store whole sets. */
export function applyPlan(current: readonly StoredVariable[], plan: ChangePlan): PlannedVariable[] {
  const next = new Map<string, PlannedVariable>();
  for (const variable of current) {
    if (variable.value !== null) next.set(variable.key, { ...variable, value: variable.value });
  }
  for (const key of plan.removals) next.delete(key);
  for (const variable of plan.upserts) next.set(variable.key, variable);
  return [...next.values()].sort((a, b) => compareKeys(a.key, b.key));
}

/** Byte order, the same in JavaScript and in SQL with `collate "C"`. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
