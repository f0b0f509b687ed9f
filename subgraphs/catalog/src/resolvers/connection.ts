import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import type { EntityConnectionResolvers } from '../__generated__/resolvers-types.ts';
import type { EntityRow } from '../store/rows.ts';
import { encodeCursor } from './input.ts';
import { type CatalogContext, entityLoader } from './loaders.ts';

/** What `entities` and `search` hand to EntityConnection: a page, and how to count the whole. */
export interface EntityConnectionParent {
  rows: EntityRow[];
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Runs only when `totalCount` is asked for: counting can cost more than the page itself. */
  count: () => Promise<number>;
}

/** Whether the query selects `field` on the value this resolver returns (through fragments too). */
export function selects(info: GraphQLResolveInfo, field: string): boolean {
  const visit = (set: SelectionSetNode | undefined, depth: number): boolean =>
    depth < 10 &&
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === field;
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet, depth + 1);
      return visit(info.fragments[selection.name.value]?.selectionSet, depth + 1);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet, 0));
}

/**
 * Starts counting at once when the query asks for `totalCount`, so the count runs beside the page
 * rather than after it; never when it does not.
 */
export function countIfSelected(
  info: GraphQLResolveInfo,
  count: () => Promise<number>,
): () => Promise<number> {
  if (!selects(info, 'totalCount')) return count;
  const counted = count();
  counted.catch(() => {}); // awaited by totalCount; a failure surfaces there
  return () => counted;
}

export function connection<Row extends EntityRow>(
  ctx: CatalogContext,
  page: { rows: Row[]; hasNextPage: boolean },
  cursorOf: (row: Row) => [ordering: string, key: string | number],
  options: { hasPreviousPage: boolean; count: () => Promise<number> },
): EntityConnectionParent {
  // Prime the request's loader so fields that load these entities again cost nothing.
  for (const row of page.rows) entityLoader(ctx).prime(row.ref, row);
  return {
    rows: page.rows,
    cursors: page.rows.map((row) => encodeCursor(...cursorOf(row), row.ref)),
    hasNextPage: page.hasNextPage,
    hasPreviousPage: options.hasPreviousPage,
    count: options.count,
  };
}

export const EntityConnection = {
  nodes: (parent) => parent.rows,
  edges: (parent) => parent.rows.map((node, i) => ({ node, cursor: parent.cursors[i] ?? '' })),
  pageInfo: (parent) => ({
    hasNextPage: parent.hasNextPage,
    hasPreviousPage: parent.hasPreviousPage,
    startCursor: parent.cursors[0] ?? null,
    endCursor: parent.cursors.at(-1) ?? null,
  }),
  totalCount: (parent) => parent.count(),
} satisfies EntityConnectionResolvers;
