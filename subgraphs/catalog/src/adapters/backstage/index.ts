/**
 * The `backstage` catalog adapter: the entities of an existing Backstage catalog, read page by page
 * through `GET /api/catalog/entities/by-query` and refreshed by polling.
 *
 * Tokens: `read()` runs for no caller (at start and on every poll), so it uses the configured
 * service token. `getMany(refs, caller)` fetches entities through `POST /entities/by-refs` with the
 * caller's own token when it is a Backstage user token of this Backstage (issued by
 * `userTokenIssuer`), so that Backstage's permissions apply to that caller; with any other caller,
 * the service token. A token is only ever sent to this adapter's own `baseUrl`.
 *
 * Every entity's location is the catalog itself (`backstage:<baseUrl>/api/catalog`): Backstage keeps
 * its own file locations in the `backstage.io/managed-by-location` annotation, which is kept. A
 * Backstage that cannot be read to the end gives an incomplete snapshot, and one answering with an
 * invalid entity reports a problem against that one location: either way nothing already loaded is
 * removed; entities Backstage no longer has go at the next complete read.
 */
import { backendUnavailable, forbidden, type Identity } from '@pave/subgraph-kit';
import { entityRef, type RawEntity, validateEntity } from '../../model/entity.ts';
import type { CatalogBackend, CatalogEntry, CatalogProblem, CatalogSnapshot } from '../../port.ts';
import type { CatalogAdapterContext } from '../registry.ts';
import { BackstageCatalogClient, type BackstageError } from './client.ts';
import { type BackstageOptionsInput, backstageOptionsSchema } from './config.ts';

export {
  type BackstageOptions,
  type BackstageOptionsInput,
  backstageOptionsSchema as optionsSchema,
} from './config.ts';

export interface BackstageBackend extends CatalogBackend {
  getMany(refs: readonly string[], caller: Identity): Promise<Array<CatalogEntry | null>>;
}

const KEPT = '; nothing is removed from the catalog until Backstage can be read to the end';

/** More pages than this means a cursor that never ends: stop and say so. */
const MAX_PAGES = 10_000;

export function createBackstageBackend(
  options: BackstageOptionsInput,
  _ctx?: CatalogAdapterContext,
): BackstageBackend {
  const { baseUrl, token, filter, pageSize, watch, pollIntervalMs, timeoutMs, userTokenIssuer } =
    backstageOptionsSchema.parse(options);
  const callerIssuer = userTokenIssuer ?? `${baseUrl.replace(/\/$/, '')}/api/auth`;
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

  async function getMany(refs: readonly string[], caller: Identity): Promise<Array<CatalogEntry | null>> {
    const own = caller.token?.issuer === callerIssuer;
    let items: unknown[];
    try {
      items = await client.getByRefs(refs, own ? caller.token?.reveal() : serviceToken);
    } catch (error) {
      const { status, message } = error as BackstageError;
      if (own && (status === 401 || status === 403)) {
        throw forbidden(`Backstage refused the caller's token: ${message}`);
      }
      throw backendUnavailable(`The Backstage catalog could not be read: ${message}`, {
        adapter: 'backstage',
        retryable: status === undefined || status >= 500,
      });
    }
    return items.map((item) => {
      const result = item === null ? undefined : toEntity(item);
      return result && 'entity' in result ? { entity: result.entity, location } : null;
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
