import type { EntityFilter } from './rows.ts';

/** SQL conditions collected with their parameters, numbered `$1…` in the order added. */
export class Conditions {
  readonly params: unknown[] = [];
  readonly #clauses: string[] = [];

  /** Adds a condition; each `$?` in `sql` becomes the next parameter, taken from `values` in order. */
  add(sql: string, ...values: unknown[]): this {
    let i = 0;
    this.#clauses.push(
      sql.replace(/\$\?/g, () => {
        this.params.push(values[i++]);
        return `$${this.params.length}`;
      }),
    );
    return this;
  }

  /** A parameter placeholder for use outside a condition (LIMIT, a select expression). */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  where(): string {
    return this.#clauses.length > 0 ? `where ${this.#clauses.join(' and ')}` : '';
  }
}

/**
 * The conditions of a canonical filter on catalog_entities (`alias.` prefixes the columns). Each
 * one has an index: btree for the equality fields, GIN for tags, labels and annotations.
 */
export function filterConditions(
  filter: EntityFilter,
  conditions = new Conditions(),
  alias = '',
): Conditions {
  const c = (column: string) => `${alias}${column}`;
  if (filter.kind) conditions.add(`${c('kind')} = $?`, filter.kind);
  if (filter.type) conditions.add(`${c('spec_type')} = $?`, filter.type);
  if (filter.lifecycle) conditions.add(`${c('lifecycle')} = $?`, filter.lifecycle);
  if (filter.owner) conditions.add(`${c('owner_ref')} = $?`, filter.owner);
  if (filter.system) conditions.add(`${c('system_ref')} = $?`, filter.system);
  if (filter.namespace) conditions.add(`${c('namespace')} = $?`, filter.namespace);
  if (filter.tag) conditions.add(`${c('tags')} @> array[$?]::text[]`, filter.tag);
  for (const [column, matches] of [
    ['labels', filter.labels],
    ['annotations', filter.annotations],
  ] as const) {
    for (const match of matches ?? []) {
      if (match.value === undefined) conditions.add(`${c(column)} ? $?`, match.key);
      else conditions.add(`${c(column)} @> $?::jsonb`, JSON.stringify({ [match.key]: match.value }));
    }
  }
  return conditions;
}
