/**
 * The `backstage` catalog adapter: the entities of an existing Backstage catalog, read page by page
 * through `GET /api/catalog/entities/by-query` and refreshed by polling.
 *
 * Tokens: `read()` runs for no caller (at start and on every poll), so it uses the configured
 * service token. `getMany(refs, callerToken)` fetches entities through `POST /entities/by-refs` and
 * passes a caller's own Backstage token through when given one, so Backstage's permissions apply to
 * that caller; without one it falls back to the service token.
 *
 * Every entity's location is the catalog itself (`backstage:<baseUrl>/api/catalog`): Backstage keeps
 * its own file locations in the `backstage.io/managed-by-location` annotation, which is kept. A
 * Backstage that cannot be read to the end gives an incomplete snapshot, and one answering with an
 * invalid entity reports a problem against that one location: either way nothing already loaded is
 * removed; entities Backstage no longer has go at the next complete read.
 */
import { entityRef, type RawEntity, validateEntity } from '../../model/entity.ts';
import type { CatalogBackend, CatalogProblem, CatalogSnapshot } from '../../port.ts';
import type { CatalogAdapterContext } from '../registry.ts';
import { BackstageCatalogClient } from './client.ts';
import { type BackstageOptionsInput, backstageOptionsSchema } from './config.ts';

export {
  type BackstageOptions,
  type BackstageOptionsInput,
  backstageOptionsSchema as optionsSchema,
} from './config.ts';

export interface BackstageBackend extends CatalogBackend {
  /** Entities by ref (null where Backstage has none), read with `callerToken` when given. */
  getMany(refs: readonly string[], callerToken?: string): Promise<Array<RawEntity | null>>;
}

const KEPT = '; nothing is removed from the catalog until Backstage can be read to the end';

/** More pages than this means a cursor that never ends: stop and say so. */
const MAX_PAGES = 10_000;

export function createBackstageBackend(
  options: BackstageOptionsInput,
  _ctx?: CatalogAdapterContext,
): BackstageBackend {
  const { baseUrl, token, filter, pageSize, watch, pollIntervalMs, timeoutMs } =
    backstageOptionsSchema.parse(options);
  const serviceToken = token ?? process.env.BACKSTAGE_TOKEN;
  const client = new BackstageCatalogClient({ baseUrl, timeoutMs });
  const location = `backstage:${baseUrl.replace(/\/$/, '')}/api/catalog`;

  /** Backstage's answer as a Pave entity: `relations` go, Pave derives its own from the spec. */
  const toEntity = (item: unknown): { entity: RawEntity } | { error: string; ref?: string } => {
    const { relations: _derived, ...rest } = (item ?? {}) as Record<string, unknown>;
    const checked = validateEntity(rest);
    if ('error' in checked) return { error: checked.error, ref: refOf(rest) };
    return { entity: checked.entity };
  };

  async function read(): Promise<CatalogSnapshot> {
    const entities: CatalogSnapshot['entities'] = [];
    const problems: CatalogProblem[] = [];
    let cursor: string | undefined;
    let pages = 0;
    let complete = false;
    try {
      do {
        const page = await client.queryPage(
          cursor === undefined ? { filter, limit: pageSize } : { cursor, limit: pageSize },
          serviceToken,
        );
        for (const item of page.items) {
          const result = toEntity(item);
          if ('entity' in result) entities.push({ entity: result.entity, location });
          else problems.push(withRef({ location, reason: `invalid entity: ${result.error}` }, result.ref));
        }
        if (page.nextCursor !== undefined && page.nextCursor === cursor) {
          throw new Error('Backstage answered with the same cursor twice');
        }
        cursor = page.nextCursor;
      } while (cursor !== undefined && ++pages < MAX_PAGES);
      if (cursor !== undefined)
        problems.push({ location, reason: `stopped after ${MAX_PAGES} pages${KEPT}` });
      else complete = true;
    } catch (error) {
      const read = entities.length === 0 ? '' : `; ${entities.length} entities read before`;
      problems.push({ location, reason: `${(error as Error).message}${read}${KEPT}` });
    }
    return { entities, problems, complete };
  }

  async function getMany(refs: readonly string[], callerToken?: string): Promise<Array<RawEntity | null>> {
    const items = await client.getByRefs(refs, callerToken ?? serviceToken);
    return items.map((item) => {
      if (item === null) return null;
      const result = toEntity(item);
      return 'entity' in result ? result.entity : null;
    });
  }

  const backend: BackstageBackend = { kind: 'backstage', read, getMany };
  if (!watch) return backend;
  return {
    ...backend,
    watch(onChange) {
      const timer = setInterval(onChange, pollIntervalMs);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}

function withRef(problem: CatalogProblem, ref: string | undefined): CatalogProblem {
  return ref === undefined ? problem : { ...problem, entityRef: ref };
}

/** The ref of an entity that failed validation, when it has enough to name it. */
function refOf(value: Record<string, unknown>): string | undefined {
  const metadata = value.metadata as { name?: unknown; namespace?: unknown } | undefined;
  if (typeof value.kind !== 'string' || typeof metadata?.name !== 'string' || metadata.name === '')
    return undefined;
  try {
    return entityRef({
      kind: value.kind,
      metadata: {
        name: metadata.name,
        namespace: typeof metadata.namespace === 'string' ? metadata.namespace : undefined,
      },
    });
  } catch {
    return undefined;
  }
}

export const createBackend = createBackstageBackend;
