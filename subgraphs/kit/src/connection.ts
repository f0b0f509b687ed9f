/** Relay connections as every capability pages them: validated `first`/`after`, opaque cursors. */
import { badUserInput } from './errors.ts';

const encode = (key: string) => Buffer.from(key).toString('base64url');

/** `first` checked against 1…max, `after` decoded; BAD_USER_INPUT naming the argument otherwise. */
export function pageArgs(
  args: { first?: number | null; after?: string | null },
  max: number,
  check: (decoded: string) => string | undefined,
): { first: number; after?: string } {
  const first = args.first ?? 50;
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw badUserInput(`first must be between 1 and ${max}, got ${first}.`, {
      field: 'first',
      rule: `an integer from 1 to ${max}`,
    });
  }
  if (!args.after) return { first };
  const after = check(Buffer.from(args.after, 'base64url').toString('utf8'));
  if (!after) {
    throw badUserInput('The cursor given in `after` is not one this API returned.', {
      field: 'after',
      rule: 'a cursor from pageInfo.endCursor or edges.cursor',
    });
  }
  return { first, after };
}

/** A Relay connection over a page of rows, each cursor made from `keyOf(row)`. */
export function connection<Row>(
  rows: Row[],
  keyOf: (row: Row) => string,
  page: { hasNextPage: boolean; totalCount: number; after?: string },
) {
  const edges = rows.map((node) => ({ cursor: encode(keyOf(node)), node }));
  return {
    edges,
    nodes: rows,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
