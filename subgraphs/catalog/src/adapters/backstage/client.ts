/**
 * The two Backstage catalog endpoints the adapter uses, as Backstage documents them:
 * `GET /entities/by-query` (filters, `limit`, cursor pagination through `pageInfo.nextCursor`) and
 * `POST /entities/by-refs` (`{ entityRefs }` → `{ items }`, null where an entity does not exist).
 * Failures carry Backstage's own error (`{ error: { name, message }, response: { statusCode } }`).
 */

export class BackstageError extends Error {
  readonly status: number | undefined;
  constructor(message: string, status?: number) {
    super(message);
    this.status = status;
  }
}

export interface BackstageClientOptions {
  baseUrl: string;
  timeoutMs: number;
}

export interface QueryPage {
  items: unknown[];
  totalItems?: number;
  nextCursor?: string;
}

export class BackstageCatalogClient {
  readonly #api: string;
  readonly #timeoutMs: number;

  constructor(options: BackstageClientOptions) {
    this.#api = `${options.baseUrl.replace(/\/$/, '')}/api/catalog`;
    this.#timeoutMs = options.timeoutMs;
  }

  /** One page: the first (with filters) or the one a cursor names. */
  async queryPage(
    request: { filter?: string[]; limit: number; cursor?: string },
    token?: string,
  ): Promise<QueryPage> {
    const params = new URLSearchParams({ limit: String(request.limit) });
    if (request.cursor !== undefined) params.set('cursor', request.cursor);
    else for (const filter of request.filter ?? []) params.append('filter', filter);
    const body = (await this.#request(`/entities/by-query?${params}`, { method: 'GET' }, token)) as {
      items?: unknown;
      totalItems?: number;
      pageInfo?: { nextCursor?: string };
    };
    if (!Array.isArray(body?.items)) throw new BackstageError('by-query answered without an items list');
    return { items: body.items, totalItems: body.totalItems, nextCursor: body.pageInfo?.nextCursor };
  }

  /** Entities by ref, in the order asked; null for those Backstage does not have. */
  async getByRefs(entityRefs: readonly string[], token?: string): Promise<unknown[]> {
    if (entityRefs.length === 0) return [];
    const body = (await this.#request(
      '/entities/by-refs',
      {
        method: 'POST',
        body: JSON.stringify({ entityRefs }),
        headers: { 'content-type': 'application/json' },
      },
      token,
    )) as { items?: unknown };
    if (!Array.isArray(body?.items) || body.items.length !== entityRefs.length) {
      throw new BackstageError('by-refs answered without one item per ref');
    }
    return body.items;
  }

  async #request(path: string, init: RequestInit, token?: string): Promise<unknown> {
    const headers = new Headers(init.headers);
    headers.set('accept', 'application/json');
    if (token) headers.set('authorization', `Bearer ${token}`);
    let response: Response;
    try {
      response = await fetch(`${this.#api}${path}`, {
        ...init,
        headers,
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const reason =
        (error as Error).name === 'TimeoutError'
          ? `no answer within ${this.#timeoutMs} ms`
          : (cause?.code ?? cause?.message ?? (error as Error).message);
      throw new BackstageError(`cannot reach the Backstage catalog: ${reason}`);
    }
    const text = await response.text();
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (!response.ok) {
      const error = (body as { error?: { name?: string; message?: string } } | undefined)?.error;
      const what = error?.name ? `${error.name}: ${error.message ?? ''}`.trim() : response.statusText;
      throw new BackstageError(`HTTP ${response.status} ${what}`, response.status);
    }
    if (body === undefined) throw new BackstageError(`HTTP ${response.status} with a body that is not JSON`);
    return body;
  }
}
