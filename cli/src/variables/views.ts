import type { VariableChangeKind, VariableSetQuery } from '../__generated__/graphql.ts';
import type { TableView } from '../output/views.ts';

export type Variable = NonNullable<VariableSetQuery['variableSet']>['variables'][number];

/** What a masked secret shows instead of its value. */
export const MASK = '••••••••';

/** `2026-11-22T02:40:12.345Z` → `2026-11-22 02:40 UTC`: short, and the same on every machine. */
export const when = (iso: string | null | undefined) =>
  iso ? `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC` : undefined;

export const variableJson = (variable: Variable) => ({
  key: variable.key,
  value: variable.masked ? null : variable.value,
  secret: variable.secret,
  masked: variable.masked,
  version: variable.version,
  updatedBy: variable.updatedBy,
  updatedAt: variable.updatedAt,
});

export function variablesTable(variables: readonly Variable[], environment: string): TableView {
  return {
    kind: 'table',
    // The value last: on a terminal a long one is cut to the width with …, plain text keeps it whole.
    columns: [
      { header: 'key' },
      { header: 'kind', style: 'dim' },
      { header: 'changed', style: 'dim' },
      { header: 'value' },
    ],
    rows: variables.map((v) => [
      v.key,
      v.secret ? 'secret' : 'config',
      `v${v.version} by ${v.updatedBy}, ${when(v.updatedAt)}`,
      v.masked ? MASK : v.value,
    ]),
    empty: `No variables in ${environment} yet: pave vars set KEY=VALUE adds one.`,
  };
}

const SIGN: Record<VariableChangeKind, string> = { ADDED: '+', CHANGED: '~', REMOVED: '-' };

export interface Change {
  key: string;
  change: VariableChangeKind;
  secret: boolean;
  oldValue?: string | null;
  newValue?: string | null;
}

/** `+KEY`, `~KEY`, `-KEY`: a version's changes on one line. */
export const changeSummary = (changes: readonly Change[]) =>
  changes.map((c) => `${SIGN[c.change]}${c.key}`).join(' ');

/** One line per key that differs; the API gives values of config vars only, never of secrets. */
export function changesTable(changes: readonly Change[], title: string, empty: string): TableView {
  const shown = (change: Change, value: string | null | undefined, present: boolean) =>
    !present ? '' : change.secret ? MASK : (value ?? '');
  return {
    kind: 'table',
    title,
    columns: [{ header: ' ' }, { header: 'key' }, { header: 'before' }, { header: 'after' }],
    rows: changes.map((c) => [
      SIGN[c.change],
      c.secret ? `${c.key} (secret)` : c.key,
      shown(c, c.oldValue, c.change !== 'ADDED'),
      shown(c, c.newValue, c.change !== 'REMOVED'),
    ]),
    empty,
  };
}
