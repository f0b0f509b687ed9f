import { readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BackendError } from '../../port.ts';
import type { KubernetesOptions } from './config.ts';

export interface Pod {
  namespace: string;
  name: string;
  labels: Record<string, string>;
  containers: string[];
}

interface PodList {
  items: Array<{
    metadata: { name: string; namespace: string; labels?: Record<string, string> };
    spec: { containers: Array<{ name: string }> };
  }>;
  metadata?: { continue?: string };
}

/** The parts of the Kubernetes API the adapter uses: listing pods and reading (or following) their logs. */
export class KubernetesClient {
  readonly #options: KubernetesOptions;
  readonly #base: URL;
  readonly #ca: Buffer | undefined;

  constructor(options: KubernetesOptions) {
    this.#options = options;
    this.#base = new URL(options.apiServer);
    this.#ca = options.caFile ? readFileSync(options.caFile) : undefined;
  }

  /** The token is read on every call: projected service-account tokens are rotated on disk. */
  #token(): string | undefined {
    if (this.#options.token) return this.#options.token;
    if (this.#options.tokenFile) return readFileSync(this.#options.tokenFile, 'utf8').trim();
    return undefined;
  }

  /** Resolves with the response once its status is known; non-2xx become BackendErrors with the Status message. */
  #get(path: string, search: Record<string, string>, signal?: AbortSignal): Promise<IncomingMessage> {
    const url = new URL(path, this.#base);
    for (const [key, value] of Object.entries(search)) url.searchParams.set(key, value);
    const token = this.#token();
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          ca: this.#ca,
          signal,
          timeout: this.#options.timeoutMs,
        },
        (res) => {
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) return resolve(res);
          readAll(res).then((body) => {
            let message = body.slice(0, 300);
            try {
              message = (JSON.parse(body) as { message?: string }).message ?? message;
            } catch {}
            reject(
              new BackendError('kubernetes', `The Kubernetes API answered ${status}: ${message}`, {
                retryable: status >= 500 || status === 429,
              }),
            );
          }, reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer within ${this.#options.timeoutMs} ms`)));
      req.on('error', (error) => {
        if (signal?.aborted) return reject(error);
        reject(
          new BackendError('kubernetes', `The Kubernetes API did not answer: ${error.message}`, {
            retryable: true,
            cause: error,
          }),
        );
      });
      req.end();
    });
  }

  /** Pods matching `selector`, in `namespace` or (undefined) every namespace, following `continue` tokens. */
  async listPods(namespace: string | undefined, selector: string): Promise<Pod[]> {
    const path = namespace ? `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods` : '/api/v1/pods';
    const pods: Pod[] = [];
    let next: string | undefined;
    do {
      let list: PodList;
      try {
        const res = await this.#get(path, {
          labelSelector: selector,
          limit: '500',
          ...(next ? { continue: next } : {}),
        });
        list = JSON.parse(await readAll(res)) as PodList;
      } catch (error) {
        if (error instanceof BackendError && /answered 404/.test(error.message)) return []; // no such namespace
        throw error;
      }
      for (const item of list.items) {
        pods.push({
          namespace: item.metadata.namespace,
          name: item.metadata.name,
          labels: item.metadata.labels ?? {},
          containers: item.spec.containers.map((c) => c.name),
        });
      }
      next = list.metadata?.continue || undefined;
    } while (next);
    return pods;
  }

  /** `pods/log` with timestamps; `follow` keeps the response open and streams new lines. */
  log(
    pod: Pod,
    container: string,
    params: { sinceTime?: Date; tailLines?: number; follow?: boolean },
    signal?: AbortSignal,
  ): Promise<IncomingMessage> {
    const search: Record<string, string> = { container, timestamps: 'true' };
    // sinceTime is RFC 3339 with whole seconds: round down, the caller skips what it has seen.
    if (params.sinceTime) search.sinceTime = `${params.sinceTime.toISOString().slice(0, 19)}Z`;
    if (params.tailLines !== undefined) search.tailLines = String(params.tailLines);
    if (params.follow) search.follow = 'true';
    return this.#get(
      `/api/v1/namespaces/${encodeURIComponent(pod.namespace)}/pods/${encodeURIComponent(pod.name)}/log`,
      search,
      signal,
    );
  }
}

export async function readAll(res: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of res) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Splits `2026-11-22T10:00:00.123456789Z text` into its time (ns since the epoch) and text. */
export function parseTimestamped(raw: string): { ns: bigint; text: string } | undefined {
  const space = raw.indexOf(' ');
  const stamp = space < 0 ? raw : raw.slice(0, space);
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/.exec(stamp);
  if (!match) return undefined;
  const seconds = Date.parse(`${match[1]}${match[3]}`);
  if (Number.isNaN(seconds)) return undefined;
  const fraction = BigInt((match[2] ?? '').padEnd(9, '0'));
  return { ns: BigInt(seconds) * 1_000_000n + fraction, text: space < 0 ? '' : raw.slice(space + 1) };
}
