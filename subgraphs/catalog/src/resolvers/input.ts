/**
 * Arguments checked and put in canonical form at the edge: refs, filters, page sizes and cursors.
 * Anything wrong is a BAD_USER_INPUT naming the field and the rule.
 */
import { badUserInput } from '@pave/subgraph-kit';
import type {
  EntityFilter as EntityFilterInput,
  EntityOrder as EntityOrderInput,
} from '../__generated__/resolvers-types.ts';
import { parseEntityRef, stringifyEntityRef } from '../model/ref.ts';
import type { EntityFilter, EntityOrder, MetadataMatch, OrderKey } from '../store/rows.ts';

export const MAX_PAGE = 1000;

export function canonicalRef(ref: string, field: string, defaultKind?: string): string {
  try {
    return stringifyEntityRef(parseEntityRef(ref, { defaultKind, defaultNamespace: 'default' }));
  } catch (error) {
    throw badUserInput(`"${ref}" is not an entity ref: ${(error as Error).message}`, {
      field,
      rule: 'kind:namespace/name, kind and namespace optional',
    });
  }
}

export function pageSize(first: number | null | undefined, fallback: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) {
    throw badUserInput(`first must be between 1 and ${MAX_PAGE}, got ${size}.`, {
      field: 'first',
      rule: `an integer from 1 to ${MAX_PAGE}`,
    });
  }
  return size;
}

const lower = (value: string | null | undefined) => (value ? value.toLowerCase() : undefined);

function metadataMatches(
  matches: ReadonlyArray<{ key: string; value?: string | null }> | null | undefined,
  field: string,
): MetadataMatch[] | undefined {
  return matches?.map((match, i) => {
    if (match.key.trim() === '') {
      throw badUserInput(`${field}[${i}].key must not be empty.`, {
        field: `${field}[${i}].key`,
        rule: 'a label or annotation key',
      });
    }
    return match.value === null || match.value === undefined
      ? { key: match.key.toLowerCase() }
      : { key: match.key.toLowerCase(), value: match.value.toLowerCase() };
  });
}

export function canonicalFilter(
  filter: EntityFilterInput | null | undefined,
  field = 'filter',
): EntityFilter {
  if (!filter) return {};
  return {
    kind: lower(filter.kind),
    type: lower(filter.type),
    lifecycle: lower(filter.lifecycle),
    namespace: lower(filter.namespace),
    tag: lower(filter.tag),
    owner: filter.owner ? canonicalRef(filter.owner, `${field}.owner`, 'group') : undefined,
    system: filter.system ? canonicalRef(filter.system, `${field}.system`, 'system') : undefined,
    labels: metadataMatches(filter.label, `${field}.label`),
    annotations: metadataMatches(filter.annotation, `${field}.annotation`),
  };
}

export function canonicalOrder(order: EntityOrderInput | null | undefined): EntityOrder {
  return {
    key: (order?.field ?? 'REF').toLowerCase() as OrderKey,
    descending: order?.direction === 'DESC',
  };
}

/**
 * Cursors are opaque to clients: base64url of `[ordering, sort key, ref]`. The ordering is part of
 * it so a cursor from one ordering is refused by another rather than silently skipping rows.
 */
export function encodeCursor(ordering: string, key: string | number, ref: string): string {
  return Buffer.from(JSON.stringify([ordering, key, ref])).toString('base64url');
}

export function decodeCursor<Kind extends 'string' | 'number'>(
  cursor: string,
  ordering: string,
  keyType: Kind,
): { key: Kind extends 'number' ? number : string; ref: string } {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  if (
    !Array.isArray(decoded) ||
    decoded.length !== 3 ||
    decoded[0] !== ordering ||
    typeof decoded[1] !== keyType ||
    typeof decoded[2] !== 'string' ||
    !/^[^:]+:[^/]+\/.+$/.test(decoded[2])
  ) {
    throw badUserInput('The cursor given in `after` is not one this query returned.', {
      field: 'after',
      rule: 'a cursor from pageInfo.endCursor or edges.cursor of the same query and orderBy',
    });
  }
  return { key: decoded[1], ref: decoded[2] };
}
