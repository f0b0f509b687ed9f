import { SearchEntitiesDocument, type SearchEntitiesQuery } from '../__generated__/graphql.ts';
import type { Command } from '../command.ts';
import { UsageError } from '../errors.ts';
import type { View } from '../output/views.ts';

type Entity = SearchEntitiesQuery['search']['nodes'][number];

const DEFAULT_LIMIT = 20;
/** The catalog's page size limit. */
const MAX_LIMIT = 1000;

const search: Command = {
  description:
    'Searches the catalog: names, titles, descriptions, tags, kinds and types, best match first. ' +
    'Every word must match; the last may be the start of a word (pay finds payments).',
  args: [{ name: 'TERM', required: true, variadic: true }],
  options: {
    kind: {
      type: 'string',
      placeholder: 'KIND',
      description: 'Only this kind: component, api, group, system…',
    },
    limit: {
      type: 'string',
      placeholder: 'N',
      description: `At most N results (default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT})`,
    },
  },
  examples: ['pave search orders', 'pave search pay --kind api --json'],
  async run(session, { args, options }) {
    const term = args.join(' ').trim();
    if (!term) throw new UsageError('Missing TERM.', 'Usage: pave search TERM… [--kind KIND] [--limit N]');
    const limit = parseLimit(options.limit as string | undefined);
    const kind = options.kind as string | undefined;
    const { search: found } = await session.term.spin(`Searching the catalog for “${term}”`, () =>
      session.request(SearchEntitiesDocument, { query: term, filter: kind ? { kind } : null, first: limit }),
    );
    if (session.term.json) {
      return session.term.printJson({
        query: term,
        kind: kind ?? null,
        total: found.totalCount,
        results: found.nodes.map((entity) => ({
          ref: entity.ref,
          kind: entity.kind,
          name: entity.name,
          title: entity.title,
          description: entity.description,
          tags: entity.tags,
          owner: ownerOf(entity) ?? null,
        })),
      });
    }
    await session.term.show(toView(term, found.nodes, found.totalCount));
  },
};

const ownerOf = (entity: Entity) => entity.owner[0]?.targetRef;

function parseLimit(value: string | undefined): number {
  if (value === undefined) return DEFAULT_LIMIT;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new UsageError(`--limit must be a whole number from 1 to ${MAX_LIMIT}, not "${value}".`);
  }
  return limit;
}

function toView(term: string, entities: readonly Entity[], total: number): View {
  return {
    kind: 'table',
    columns: [{ header: 'ref', style: 'ref' }, { header: 'owner', style: 'dim' }, { header: 'title' }],
    rows: entities.map((entity) => [entity.ref, ownerOf(entity), entity.title ?? entity.description]),
    empty: `Nothing in the catalog matches “${term}”.`,
    footer:
      total > entities.length ? `${entities.length} of ${total} matches (--limit N shows more)` : undefined,
  };
}

export default search;
