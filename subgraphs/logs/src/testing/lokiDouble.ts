import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { listen } from '@pave/subgraph-kit';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * A small Loki that answers as Grafana Loki's documented HTTP API does, for the loki adapter's
 * tests: `GET /loki/api/v1/query_range` (streams result, nanosecond times, `direction`, `limit`
 * across streams, `max_entries_limit_per_query` 5000, plain-text 400s for bad queries) and the
 * `GET /loki/api/v1/tail` WebSocket (history from `start` up to `limit`, then new entries). Every
 * call needs the tenant header `X-Scope-OrgID`, as with `auth_enabled: true`; each tenant has its
 * own streams. It understands the LogQL the adapter writes: `{a="b",…}`, `|= "text"` and
 * `| label=~"regex"`.
 */
export class LokiDouble {
  readonly #tenants = new Map<string, Array<{ labels: Record<string, string>; ts: bigint; line: string }>>();
  readonly #tails = new Set<{ tenant: string; query: ParsedQuery; socket: WebSocket }>();
  readonly requests: Array<{ path: string; tenant?: string; query?: string }> = [];
  #server?: Server;
  #sockets?: WebSocketServer;
  url = '';

  async start(): Promise<this> {
    this.#server = createServer((req, res) => this.#handle(req, res));
    this.#sockets = new WebSocketServer({ noServer: true });
    this.#server.on('upgrade', (req, socket, head) => {
      const url = new URL(req.url ?? '/', 'http://loki');
      const tenant = req.headers['x-scope-orgid'] as string | undefined;
      this.requests.push({ path: url.pathname, tenant, query: url.searchParams.get('query') ?? undefined });
      let query: ParsedQuery;
      try {
        if (url.pathname !== '/loki/api/v1/tail') throw new Error('404 page not found');
        if (!tenant) throw new Error('no org id');
        query = parseQuery(url.searchParams.get('query') ?? '');
      } catch (error) {
        socket.end(
          `HTTP/1.1 400 Bad Request\r\ncontent-type: text/plain\r\n\r\n${(error as Error).message}\n`,
        );
        return;
      }
      this.#sockets?.handleUpgrade(req, socket, head, (ws) => {
        const start = BigInt(
          url.searchParams.get('start') ?? String((BigInt(Date.now()) - 3_600_000n) * 1_000_000n),
        );
        const limit = Number(url.searchParams.get('limit') ?? 100);
        const history = this.#select(tenant, query, start, 2n ** 63n).slice(0, limit);
        if (history.length > 0) ws.send(JSON.stringify({ streams: toStreams(history, 'forward') }));
        const tail = { tenant, query, socket: ws };
        this.#tails.add(tail);
        ws.on('close', () => this.#tails.delete(tail));
      });
    });
    this.url = await listen(this.#server, '127.0.0.1', 0);
    return this;
  }

  /** Ingests a line as a log shipper would (time in milliseconds, or now). */
  push(
    tenant: string,
    labels: Record<string, string>,
    line: string,
    timeMs = Date.now(),
    extraNs = 0n,
  ): void {
    const entry = { labels, ts: BigInt(timeMs) * 1_000_000n + extraNs, line };
    const entries = this.#tenants.get(tenant) ?? [];
    entries.push(entry);
    this.#tenants.set(tenant, entries);
    for (const tail of this.#tails) {
      if (tail.tenant === tenant && matches(tail.query, entry)) {
        tail.socket.send(JSON.stringify({ streams: toStreams([entry], 'forward'), dropped_entries: null }));
      }
    }
  }

  /** Closes every open tail socket, as a Loki restart would. */
  dropTails(): void {
    for (const tail of this.#tails) tail.socket.terminate();
  }

  async stop(): Promise<void> {
    for (const tail of this.#tails) tail.socket.terminate();
    this.#sockets?.close();
    this.#server?.closeAllConnections();
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()) ?? resolve());
  }

  #select(tenant: string, query: ParsedQuery, start: bigint, end: bigint) {
    return (this.#tenants.get(tenant) ?? [])
      .filter((entry) => entry.ts >= start && entry.ts < end && matches(query, entry))
      .sort((a, b) => (a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : 0));
  }

  #handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://loki');
    const tenant = req.headers['x-scope-orgid'] as string | undefined;
    const text = (status: number, body: string): void => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(`${body}\n`);
    };
    this.requests.push({ path: url.pathname, tenant, query: url.searchParams.get('query') ?? undefined });
    if (url.pathname !== '/loki/api/v1/query_range') return text(404, '404 page not found');
    if (!tenant) return text(401, 'no org id');
    let query: ParsedQuery;
    try {
      query = parseQuery(url.searchParams.get('query') ?? '');
    } catch (error) {
      return text(400, (error as Error).message);
    }
    const limit = Number(url.searchParams.get('limit') ?? 100);
    if (limit > 5000)
      return text(
        400,
        `max entries limit per query exceeded, limit > max_entries_limit_per_query (${limit} > 5000)`,
      );
    const end = BigInt(url.searchParams.get('end') ?? String(BigInt(Date.now()) * 1_000_000n));
    const start = BigInt(url.searchParams.get('start') ?? String(end - 3_600_000_000_000n));
    const direction = url.searchParams.get('direction') === 'forward' ? 'forward' : 'backward';
    let entries = this.#select(tenant, query, start, end);
    if (direction === 'backward') entries = entries.reverse();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        status: 'success',
        data: { resultType: 'streams', result: toStreams(entries.slice(0, limit), direction), stats: {} },
      }),
    );
  }
}

interface ParsedQuery {
  matchers: Array<[string, string]>;
  contains: string[];
  labelRegexes: Array<[string, RegExp]>;
}

function parseQuery(query: string): ParsedQuery {
  const selector = /^\s*\{([^}]*)\}/.exec(query);
  if (!selector)
    throw new Error('parse error at line 1, col 1: syntax error: unexpected IDENTIFIER, expecting {');
  const matchers: Array<[string, string]> = [];
  for (const part of (selector[1] as string).matchAll(/(\w+)\s*=\s*"((?:[^"\\]|\\.)*)"/g)) {
    matchers.push([part[1] as string, JSON.parse(`"${part[2]}"`)]);
  }
  if (matchers.length === 0)
    throw new Error(
      'parse error : queries require at least one regexp or equality matcher that does not have an empty-compatible value',
    );
  const parsed: ParsedQuery = { matchers, contains: [], labelRegexes: [] };
  let rest = query.slice(selector[0].length);
  for (;;) {
    rest = rest.trimStart();
    if (rest === '') return parsed;
    const contains = /^\|=\s*"((?:[^"\\]|\\.)*)"/.exec(rest);
    const label = /^\|\s*(\w+)\s*=~\s*"((?:[^"\\]|\\.)*)"/.exec(rest);
    if (contains) parsed.contains.push(JSON.parse(`"${contains[1]}"`));
    else if (label)
      parsed.labelRegexes.push([label[1] as string, new RegExp(`^(?:${JSON.parse(`"${label[2]}"`)})$`)]);
    else
      throw new Error(
        `parse error at line 1, col ${query.length - rest.length + 1}: syntax error: unexpected ${rest.slice(0, 10)}`,
      );
    rest = rest.slice((contains ?? label)?.[0].length ?? 0);
  }
}

function matches(query: ParsedQuery, entry: { labels: Record<string, string>; line: string }): boolean {
  return (
    query.matchers.every(([name, value]) => entry.labels[name] === value) &&
    query.contains.every((text) => entry.line.includes(text)) &&
    query.labelRegexes.every(([name, regex]) => regex.test(entry.labels[name] ?? ''))
  );
}

function toStreams(
  entries: Array<{ labels: Record<string, string>; ts: bigint; line: string }>,
  _direction: string,
) {
  const streams = new Map<string, { stream: Record<string, string>; values: Array<[string, string]> }>();
  for (const entry of entries) {
    const key = JSON.stringify(Object.entries(entry.labels).sort());
    const stream = streams.get(key) ?? { stream: entry.labels, values: [] };
    stream.values.push([entry.ts.toString(), entry.line]);
    streams.set(key, stream);
  }
  return [...streams.values()];
}
