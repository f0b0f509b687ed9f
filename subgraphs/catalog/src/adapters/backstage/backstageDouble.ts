/**
 * A local stand-in for Backstage's catalog REST API, answering as Backstage documents it:
 * `GET /api/catalog/entities/by-query` (`filter` params OR'd, their comma-separated conditions AND'd,
 * case-insensitive; `limit`; opaque `cursor`s that carry the query; `{ items, totalItems, pageInfo }`),
 * `POST /api/catalog/entities/by-refs` (`{ entityRefs }` → `{ items }` with null for unknown refs),
 * bearer tokens (401 AuthenticationError without one), per-token visibility as Backstage's permissions
 * give it, and Backstage's error bodies.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An entity as Backstage returns it; the double reads only kind, metadata and filter paths. */
// biome-ignore lint/suspicious/noExplicitAny: entities are free-form JSON documents
type Entity = Record<string, any>;

export interface BackstageDouble {
  url: string;
  entities: Array<Entity>;
  /** Answer every request with 503, as a Backstage backend that is going down does. */
  unavailable: boolean;
  /** Answer 503 to every request after this many: a Backstage going down part-way through a read. */
  unavailableAfter?: number;
  /** Requests seen: method, path and the bearer token used. */
  requests: Array<{ method: string; path: string; token?: string }>;
  /**
   * Backstage's permission framework, reduced to a rule: whether the holder of `token` may see
   * `entity`. by-refs answers null and by-query leaves out what it may not. Default: everything.
   */
  mayRead: (token: string, entity: Entity) => boolean;
  close(): Promise<void>;
}

const refOf = (e: Entity) =>
  `${e.kind}:${e.metadata?.namespace ?? 'default'}/${e.metadata?.name}`.toLowerCase();

export async function startBackstageDouble(options: {
  tokens: string[];
  entities: Array<Entity>;
}): Promise<BackstageDouble> {
  const double: BackstageDouble = {
    url: '',
    entities: options.entities,
    unavailable: false,
    requests: [],
    mayRead: () => true,
    close: async () => {},
  };

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  const fail = (req: IncomingMessage, res: ServerResponse, status: number, name: string, message: string) =>
    send(res, status, {
      error: { name, message },
      request: { method: req.method, url: req.url },
      response: { statusCode: status },
    });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', double.url);
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    double.requests.push({ method: req.method ?? '', path: url.pathname, ...(token ? { token } : {}) });
    const after = double.unavailableAfter;
    if (double.unavailable || (after !== undefined && double.requests.length > after)) {
      return fail(req, res, 503, 'ServiceUnavailableError', 'Service Unavailable');
    }
    if (!token) return fail(req, res, 401, 'AuthenticationError', 'Missing credentials');
    if (!options.tokens.includes(token)) return fail(req, res, 401, 'AuthenticationError', 'Illegal token');

    if (req.method === 'GET' && url.pathname === '/api/catalog/entities/by-query') {
      return byQuery(req, res, url, token);
    }
    if (req.method === 'POST' && url.pathname === '/api/catalog/entities/by-refs') {
      let body: { entityRefs?: unknown };
      try {
        let text = '';
        for await (const chunk of req) text += chunk;
        body = JSON.parse(text);
      } catch {
        return fail(req, res, 400, 'InputError', 'Malformed request body');
      }
      if (!Array.isArray(body.entityRefs) || body.entityRefs.some((r) => typeof r !== 'string')) {
        return fail(req, res, 400, 'InputError', "request/body must have required property 'entityRefs'");
      }
      const byRef = new Map(double.entities.map((e) => [refOf(e), e]));
      return send(res, 200, {
        items: body.entityRefs.map((r: string) => {
          const entity = byRef.get(r.toLowerCase());
          return entity && double.mayRead(token, entity) ? entity : null;
        }),
      });
    }
    return fail(req, res, 404, 'NotFoundError', `No route for ${req.method} ${url.pathname}`);
  };

  const byQuery = (req: IncomingMessage, res: ServerResponse, url: URL, token: string) => {
    const limit = Number(url.searchParams.get('limit') ?? 10_000);
    if (!Number.isInteger(limit) || limit < 0) return fail(req, res, 400, 'InputError', 'Invalid limit');
    let query: { filters: string[]; offset: number; totalItems?: number };
    const cursor = url.searchParams.get('cursor');
    if (cursor !== null) {
      try {
        query = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
        if (!Array.isArray(query.filters) || !Number.isInteger(query.offset)) throw new Error('bad');
      } catch {
        return fail(req, res, 400, 'InputError', 'Malformed cursor');
      }
    } else {
      query = { filters: url.searchParams.getAll('filter'), offset: 0 };
    }
    const matching = double.entities
      .filter((e) => query.filters.length === 0 || query.filters.some((f) => matches(e, f)))
      .filter((e) => double.mayRead(token, e))
      .sort((a, b) => refOf(a).localeCompare(refOf(b)));
    const items = matching.slice(query.offset, query.offset + limit);
    const next = query.offset + limit;
    const encode = (offset: number) =>
      Buffer.from(JSON.stringify({ filters: query.filters, offset })).toString('base64url');
    return send(res, 200, {
      items,
      totalItems: matching.length,
      pageInfo: {
        ...(next < matching.length ? { nextCursor: encode(next) } : {}),
        ...(query.offset > 0 ? { prevCursor: encode(Math.max(query.offset - limit, 0)) } : {}),
      },
    });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => fail(req, res, 500, 'Error', 'Internal error'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  double.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  double.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return double;
}

/** One filter: every `key=value` (or bare `key`, "exists") condition holds, case-insensitively. */
function matches(entity: Entity, filter: string): boolean {
  return filter.split(',').every((condition) => {
    const [key = '', ...rest] = condition.split('=');
    const values = valuesAt(entity, key.trim().toLowerCase());
    if (rest.length === 0) return values.length > 0;
    const wanted = rest.join('=').trim().toLowerCase();
    return values.some((v) => String(v).toLowerCase() === wanted);
  });
}

function valuesAt(value: unknown, path: string): unknown[] {
  let current: unknown[] = [value];
  for (const segment of path.split('.')) {
    current = current.flatMap((v) => {
      if (v === null || typeof v !== 'object') return [];
      const entry = Object.entries(v).find(([k]) => k.toLowerCase() === segment);
      if (!entry) return [];
      return Array.isArray(entry[1]) ? entry[1] : [entry[1]];
    });
  }
  return current;
}
