import WebSocket from 'ws';
import { BackendError } from '../../port.ts';
import type { LokiOptions } from './config.ts';

export interface LokiStream {
  stream: Record<string, string>;
  values: Array<[string, string]>;
}

export interface TailMessage {
  streams?: LokiStream[];
  dropped_entries?: Array<{ labels: Record<string, string>; timestamp: string }> | null;
}

/** Loki's HTTP API as the adapter uses it, with the tenant and auth headers on every call. */
export class LokiClient {
  readonly #options: LokiOptions;
  readonly #base: string;

  constructor(options: LokiOptions) {
    this.#options = options;
    this.#base = options.url.replace(/\/$/, '');
  }

  get headers(): Record<string, string> {
    return {
      ...(this.#options.tenant ? { 'X-Scope-OrgID': this.#options.tenant } : {}),
      ...(this.#options.bearerToken ? { authorization: `Bearer ${this.#options.bearerToken}` } : {}),
    };
  }

  /** `GET /loki/api/v1/query_range`: entries of `query` in [start, end), at most `limit`. */
  async queryRange(params: {
    query: string;
    start: bigint;
    end: bigint;
    limit: number;
    direction: 'forward' | 'backward';
  }): Promise<LokiStream[]> {
    const search = new URLSearchParams({
      query: params.query,
      start: params.start.toString(),
      end: params.end.toString(),
      limit: String(params.limit),
      direction: params.direction,
    });
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${this.#base}/loki/api/v1/query_range?${search}`, {
        headers: this.headers,
        signal: AbortSignal.timeout(this.#options.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      throw new BackendError('loki', `Loki did not answer: ${(error as Error).message}`, {
        retryable: true,
        cause: error,
      });
    }
    if (!response.ok) {
      // Loki answers errors as plain text; a 400 is about the query we built, i.e. a bug or bad input.
      throw new BackendError(
        'loki',
        `Loki refused the query (${response.status}): ${text.trim().slice(0, 300)}`,
        {
          retryable: response.status >= 500 || response.status === 429,
        },
      );
    }
    const body = JSON.parse(text) as { status: string; data?: { resultType: string; result: LokiStream[] } };
    if (body.status !== 'success' || body.data?.resultType !== 'streams') {
      throw new BackendError(
        'loki',
        `Loki answered a ${body.data?.resultType ?? body.status} result, not streams`,
        {
          retryable: false,
        },
      );
    }
    return body.data.result;
  }

  /** Opens `/loki/api/v1/tail`; resolves once the socket is open. */
  tail(
    params: { query: string; start: bigint; limit: number },
    handlers: { message(message: TailMessage): void; closed(error: Error): void },
  ): Promise<() => void> {
    const url = new URL(`${this.#base.replace(/^http/, 'ws')}/loki/api/v1/tail`);
    url.search = new URLSearchParams({
      query: params.query,
      start: params.start.toString(),
      limit: String(params.limit),
      delay_for: '0',
    }).toString();
    const socket = new WebSocket(url, { headers: this.headers, handshakeTimeout: this.#options.timeoutMs });
    let stopped = false;
    return new Promise((resolve, reject) => {
      socket.once('open', () => {
        resolve(() => {
          stopped = true;
          socket.close();
        });
      });
      socket.once('unexpected-response', (_req, res) => {
        const status = res.statusCode ?? 0;
        reject(
          new BackendError('loki', `Loki refused the tail (${status})`, {
            retryable: status >= 500 || status === 429,
          }),
        );
        socket.terminate();
      });
      socket.on('message', (data) => {
        try {
          handlers.message(JSON.parse(data.toString()) as TailMessage);
        } catch (error) {
          handlers.closed(
            new BackendError('loki', `unreadable tail message: ${(error as Error).message}`, {
              retryable: true,
            }),
          );
        }
      });
      socket.once('error', (error) => {
        reject(
          new BackendError('loki', `Loki's tail failed: ${error.message}`, { retryable: true, cause: error }),
        );
      });
      socket.once('close', (code, reason) => {
        if (!stopped) {
          handlers.closed(
            new BackendError('loki', `Loki closed the tail (${code} ${reason.toString()})`, {
              retryable: true,
            }),
          );
        }
      });
    });
  }
}
