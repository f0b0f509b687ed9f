import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { listen } from '@pave/subgraph-kit';

interface DoublePod {
  namespace: string;
  name: string;
  labels: Record<string, string>;
  containers: Record<string, Array<{ ns: bigint; text: string }>>;
  followers: Set<{ container: string; res: ServerResponse }>;
}

/**
 * A small Kubernetes API server that answers as the documented core/v1 API does, for the
 * kubernetes adapter's tests: pod lists (namespaced and cluster-wide, `labelSelector` equality
 * terms, `limit`/`continue` pages, 404 for a namespace that does not exist) and `pods/log`
 * (`container` required for multi-container pods, `timestamps` in RFC 3339 with nanoseconds,
 * `sinceTime`, `tailLines`, `follow`), Status objects for errors, and bearer-token auth.
 */
export class KubernetesDouble {
  readonly #pods = new Map<string, DoublePod>();
  readonly namespaces = new Set<string>();
  readonly requests: string[] = [];
  #server?: Server;
  url = '';

  readonly token: string;

  constructor(token: string) {
    this.token = token;
  }

  async start(): Promise<this> {
    this.#server = createServer((req, res) => this.#handle(req, res));
    this.url = await listen(this.#server, '127.0.0.1', 0);
    return this;
  }

  addPod(namespace: string, name: string, labels: Record<string, string>, containers = ['app']): void {
    this.namespaces.add(namespace);
    this.#pods.set(`${namespace}/${name}`, {
      namespace,
      name,
      labels,
      containers: Object.fromEntries(containers.map((c) => [c, []])),
      followers: new Set(),
    });
  }

  /** A container prints a line (at `timeMs`, or now); followers get it at once. */
  print(
    namespace: string,
    name: string,
    container: string,
    text: string,
    timeMs = Date.now(),
    extraNs = 0n,
  ): void {
    const pod = this.#pods.get(`${namespace}/${name}`);
    const lines = pod?.containers[container];
    if (!pod || !lines) throw new Error(`no container ${container} in ${namespace}/${name}`);
    const entry = { ns: BigInt(timeMs) * 1_000_000n + extraNs, text };
    lines.push(entry);
    for (const follower of pod.followers)
      if (follower.container === container) follower.res.write(`${rfc3339Nano(entry.ns)} ${text}\n`);
  }

  /** The container stops: its followed log streams end, as the kubelet ends them. */
  endStreams(namespace: string, name: string): void {
    const pod = this.#pods.get(`${namespace}/${name}`);
    for (const follower of pod?.followers ?? []) follower.res.end();
    pod?.followers.clear();
  }

  async stop(): Promise<void> {
    for (const pod of this.#pods.values()) for (const follower of pod.followers) follower.res.end();
    this.#server?.closeAllConnections();
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()) ?? resolve());
  }

  #handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://kubernetes');
    this.requests.push(`${url.pathname}${url.search}`);
    const status = (code: number, reason: string, message: string): void => {
      res.writeHead(code, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          kind: 'Status',
          apiVersion: 'v1',
          metadata: {},
          status: 'Failure',
          message,
          reason,
          code,
        }),
      );
    };
    if (req.headers.authorization !== `Bearer ${this.token}`)
      return status(401, 'Unauthorized', 'Unauthorized');
    const list = /^\/api\/v1\/(?:namespaces\/([^/]+)\/)?pods$/.exec(url.pathname);
    if (list) {
      const namespace = list[1] && decodeURIComponent(list[1]);
      if (namespace && !this.namespaces.has(namespace))
        return status(404, 'NotFound', `namespaces "${namespace}" not found`);
      const terms = (url.searchParams.get('labelSelector') ?? '')
        .split(',')
        .filter(Boolean)
        .map((t) => t.split('='));
      const all = [...this.#pods.values()].filter(
        (pod) =>
          (!namespace || pod.namespace === namespace) &&
          terms.every(([k, v]) => pod.labels[k as string] === v),
      );
      const offset = Number(Buffer.from(url.searchParams.get('continue') ?? '', 'base64url').toString() || 0);
      const limit = Number(url.searchParams.get('limit') ?? all.length) || all.length;
      const items = all.slice(offset, offset + limit);
      const next =
        offset + limit < all.length ? Buffer.from(String(offset + limit)).toString('base64url') : undefined;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          kind: 'PodList',
          apiVersion: 'v1',
          metadata: { resourceVersion: '1', ...(next ? { continue: next } : {}) },
          items: items.map((pod) => ({
            metadata: { name: pod.name, namespace: pod.namespace, labels: pod.labels },
            spec: { containers: Object.keys(pod.containers).map((name) => ({ name })) },
          })),
        }),
      );
      return;
    }
    const log = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/log$/.exec(url.pathname);
    if (!log) return status(404, 'NotFound', 'the server could not find the requested resource');
    const pod = this.#pods.get(
      `${decodeURIComponent(log[1] as string)}/${decodeURIComponent(log[2] as string)}`,
    );
    if (!pod) return status(404, 'NotFound', `pods "${log[2]}" not found`);
    const names = Object.keys(pod.containers);
    const container = url.searchParams.get('container') ?? (names.length === 1 ? names[0] : undefined);
    if (!container) {
      return status(
        400,
        'BadRequest',
        `a container name must be specified for pod ${pod.name}, choose one of: [${names.join(' ')}]`,
      );
    }
    const lines = pod.containers[container];
    if (!lines) return status(400, 'BadRequest', `container ${container} is not valid for pod ${pod.name}`);
    const since = url.searchParams.get('sinceTime');
    let selected = since ? lines.filter((l) => l.ns >= BigInt(Date.parse(since)) * 1_000_000n) : lines;
    const tail = url.searchParams.get('tailLines');
    if (tail !== null) selected = selected.slice(Math.max(0, selected.length - Number(tail)));
    const timestamps = url.searchParams.get('timestamps') === 'true';
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.write(selected.map((l) => `${timestamps ? `${rfc3339Nano(l.ns)} ` : ''}${l.text}\n`).join(''));
    if (url.searchParams.get('follow') !== 'true') {
      res.end();
      return;
    }
    const follower = { container, res };
    pod.followers.add(follower);
    res.on('close', () => pod.followers.delete(follower));
  }
}

/** Go's RFC3339Nano: nanoseconds with trailing zeros trimmed. */
function rfc3339Nano(ns: bigint): string {
  const ms = Number(ns / 1_000_000n);
  const fraction = (ns % 1_000_000_000n).toString().padStart(9, '0').replace(/0+$/, '');
  return `${new Date(ms).toISOString().slice(0, 19)}${fraction ? `.${fraction}` : ''}Z`;
}
