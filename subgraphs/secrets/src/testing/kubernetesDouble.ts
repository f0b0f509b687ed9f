/**
 * A local stand-in for the Kubernetes API server's core/v1 Secrets, following its documented REST
 * API: `/api/v1/namespaces/<ns>/secrets[/<name>]` with GET (one, or a list filtered by
 * `labelSelector=k=v`), POST, PUT and DELETE; bearer-token authentication (401 `Unauthorized`);
 * errors as `Status` objects; `resourceVersion` optimistic concurrency (409 `Conflict`, "the object
 * has been modified"); 409 `AlreadyExists`; 404 `NotFound`; 422 `Invalid` for bad names, data
 * keys and changes to an immutable Secret; and 429 `TooManyRequests` on demand.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { listen } from '@pave/subgraph-kit';

interface StoredSecret {
  metadata: {
    name: string;
    namespace: string;
    uid: string;
    resourceVersion: string;
    creationTimestamp: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  immutable?: boolean;
  type: string;
  data: Record<string, string>;
}

export interface KubernetesDouble {
  url: string;
  token: string;
  secrets: Map<string, StoredSecret>;
  requests: string[];
  /** The next `count` requests answer 429 Too Many Requests. */
  throttle(count: number): void;
  close(): Promise<void>;
}

/** A Secret as clients send it. */
interface SecretBody {
  metadata?: {
    name?: string;
    resourceVersion?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  immutable?: boolean;
  type?: string;
  data?: Record<string, string>;
}

const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DATA_KEY = /^[-._a-zA-Z0-9]+$/;

export async function startKubernetesDouble(): Promise<KubernetesDouble> {
  const token = randomUUID();
  const secrets = new Map<string, StoredSecret>();
  const requests: string[] = [];
  let resourceVersion = 1000;
  let throttled = 0;

  const status = (res: ServerResponse, code: number, reason: string, message: string, details?: object) =>
    send(res, code, {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message,
      reason,
      ...(details ? { details } : {}),
      code,
    });
  const send = (res: ServerResponse, code: number, body: unknown) =>
    res.writeHead(code, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  const output = (secret: StoredSecret) => ({ apiVersion: 'v1', kind: 'Secret', ...secret });

  function invalid(res: ServerResponse, name: string, message: string) {
    return status(res, 422, 'Invalid', `Secret "${name}" is invalid: ${message}`, { name, kind: 'secrets' });
  }

  function validate(res: ServerResponse, body: SecretBody, name: string): boolean {
    if (!NAME.test(name) || name.length > 253) {
      invalid(
        res,
        name,
        'metadata.name: Invalid value: a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters',
      );
      return false;
    }
    for (const key of Object.keys(body.data ?? {})) {
      if (!DATA_KEY.test(key)) {
        invalid(
          res,
          name,
          `data[${key}]: Invalid value: a valid config key must consist of alphanumeric characters, '-', '_' or '.'`,
        );
        return false;
      }
    }
    const size = Object.values(body.data ?? {}).reduce<number>(
      (sum, v) => sum + Buffer.from(String(v), 'base64').length,
      0,
    );
    if (size > 1024 * 1024) {
      invalid(res, name, 'data: Too long: must have at most 1048576 bytes');
      return false;
    }
    return true;
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://kubernetes');
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    if (req.headers.authorization !== `Bearer ${token}`)
      return status(res, 401, 'Unauthorized', 'Unauthorized');
    if (throttled > 0) {
      throttled--;
      res.setHeader('retry-after', '1');
      return status(res, 429, 'TooManyRequests', 'Too many requests, please try again later.');
    }
    const match = /^\/api\/v1\/namespaces\/([^/]+)\/secrets(?:\/([^/]+))?$/.exec(url.pathname);
    if (!match) return status(res, 404, 'NotFound', 'the server could not find the requested resource');
    const [, namespace, name] = match as unknown as [string, string, string | undefined];
    const key = (n: string) => `${namespace}/${n}`;
    const body = await readJson(req);
    const now = new Date().toISOString();

    if (req.method === 'GET' && name) {
      const secret = secrets.get(key(name));
      if (!secret)
        return status(res, 404, 'NotFound', `secrets "${name}" not found`, { name, kind: 'secrets' });
      return send(res, 200, output(secret));
    }
    if (req.method === 'GET') {
      const [labelKey, labelValue] = (url.searchParams.get('labelSelector') ?? '').split('=');
      const items = [...secrets.values()].filter(
        (s) =>
          s.metadata.namespace === namespace && (!labelKey || s.metadata.labels?.[labelKey] === labelValue),
      );
      return send(res, 200, {
        apiVersion: 'v1',
        kind: 'SecretList',
        metadata: { resourceVersion: String(resourceVersion) },
        items: items.map(output),
      });
    }
    if (req.method === 'POST' && !name) {
      const newName = String(body?.metadata?.name ?? '');
      if (!validate(res, body ?? {}, newName)) return;
      if (secrets.has(key(newName))) {
        return status(res, 409, 'AlreadyExists', `secrets "${newName}" already exists`, {
          name: newName,
          kind: 'secrets',
        });
      }
      const secret: StoredSecret = {
        metadata: {
          name: newName,
          namespace,
          uid: randomUUID(),
          resourceVersion: String(++resourceVersion),
          creationTimestamp: now,
          labels: body?.metadata?.labels,
          annotations: body?.metadata?.annotations,
        },
        immutable: body?.immutable,
        type: body?.type ?? 'Opaque',
        data: body?.data ?? {},
      };
      secrets.set(key(newName), secret);
      return send(res, 201, output(secret));
    }
    if (req.method === 'PUT' && name) {
      const existing = secrets.get(key(name));
      if (!existing)
        return status(res, 404, 'NotFound', `secrets "${name}" not found`, { name, kind: 'secrets' });
      if (!validate(res, body ?? {}, name)) return;
      const expected = body?.metadata?.resourceVersion;
      if (expected !== undefined && expected !== existing.metadata.resourceVersion) {
        return status(
          res,
          409,
          'Conflict',
          `Operation cannot be fulfilled on secrets "${name}": the object has been modified; please apply your changes to the latest version and try again`,
          { name, kind: 'secrets' },
        );
      }
      if (existing.immutable)
        return invalid(res, name, 'data: Forbidden: field is immutable when `immutable` is set');
      existing.metadata = {
        ...existing.metadata,
        resourceVersion: String(++resourceVersion),
        labels: body?.metadata?.labels,
        annotations: body?.metadata?.annotations,
      };
      existing.data = body?.data ?? {};
      return send(res, 200, output(existing));
    }
    if (req.method === 'DELETE' && name) {
      const existing = secrets.get(key(name));
      if (!existing)
        return status(res, 404, 'NotFound', `secrets "${name}" not found`, { name, kind: 'secrets' });
      secrets.delete(key(name));
      return send(res, 200, {
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Success',
        details: { name, kind: 'secrets', uid: existing.metadata.uid },
      });
    }
    return status(
      res,
      405,
      'MethodNotAllowed',
      `the server does not allow this method on the requested resource`,
    );
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => status(res, 500, 'InternalError', 'internal error'));
  });
  const url = await listen(server, '127.0.0.1', 0);
  return {
    url,
    token,
    secrets,
    requests,
    throttle: (count) => {
      throttled = count;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readJson(req: IncomingMessage): Promise<SecretBody | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}
