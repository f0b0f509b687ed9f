/**
 * A local stand-in for HashiCorp Vault's KV secrets engine version 2, following its documented HTTP
 * API: `/v1/<mount>/{data,metadata,delete,undelete,destroy}/<path>`, `X-Vault-Token`, answers
 * wrapped in `{ request_id, data, … }`, errors as `{"errors": [...]}`, 403 "permission denied",
 * 400 "check-and-set parameter did not match the current version", 404 for what does not exist
 * (with the version's metadata when it was deleted), 503 "Vault is sealed", and `max_versions`
 * (default 10) after which the oldest versions are removed for good.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { listen } from '@pave/subgraph-kit';

interface Version {
  data: Record<string, unknown>;
  created_time: string;
  deletion_time: string;
  destroyed: boolean;
}

interface Secret {
  created_time: string;
  updated_time: string;
  current_version: number;
  oldest_version: number;
  versions: Map<number, Version>;
}

export interface VaultDouble {
  url: string;
  token: string;
  mount: string;
  /** Every request, as `METHOD /v1/…`. */
  requests: string[];
  secrets: Map<string, Secret>;
  /** Seals the double: every request answers 503 until unsealed. */
  setSealed(sealed: boolean): void;
  close(): Promise<void>;
}

export async function startVaultDouble(
  options: { mount?: string; maxVersions?: number } = {},
): Promise<VaultDouble> {
  const mount = options.mount ?? 'secret';
  const maxVersions = options.maxVersions ?? 10;
  const token = `hvs.${randomUUID().replace(/-/g, '')}`;
  const secrets = new Map<string, Secret>();
  const requests: string[] = [];
  let sealed = false;

  const send = (res: ServerResponse, status: number, body?: unknown) => {
    if (body === undefined) return res.writeHead(status).end();
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
  const wrap = (data: unknown) => ({
    request_id: randomUUID(),
    lease_id: '',
    renewable: false,
    lease_duration: 0,
    data,
    wrap_info: null,
    warnings: null,
    auth: null,
  });
  const versionMetadata = (number: number, version: Version) => ({
    created_time: version.created_time,
    custom_metadata: null,
    deletion_time: version.deletion_time,
    destroyed: version.destroyed,
    version: number,
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://vault');
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    if (sealed) return send(res, 503, { errors: ['Vault is sealed'] });
    if (req.headers['x-vault-token'] !== token) return send(res, 403, { errors: ['permission denied'] });
    const prefix = `/v1/${mount}/`;
    const route = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : '';
    const slash = route.indexOf('/');
    const [endpoint, path] = slash === -1 ? ['', ''] : [route.slice(0, slash), route.slice(slash + 1)];
    if (!path || !['data', 'metadata', 'delete', 'undelete', 'destroy'].includes(endpoint)) {
      return send(res, 404, {
        errors: [`no handler for route "${url.pathname.slice(4)}". route entry not found.`],
      });
    }
    const body = await readJson(req);
    const secret = secrets.get(path);
    const now = new Date().toISOString();

    if (endpoint === 'data' && req.method === 'GET') {
      const number = Number(url.searchParams.get('version') ?? 0) || secret?.current_version || 0;
      const version = secret?.versions.get(number);
      if (!version) return send(res, 404, { errors: [] });
      if (version.deletion_time || version.destroyed) {
        return send(res, 404, wrap({ data: null, metadata: versionMetadata(number, version) }));
      }
      return send(res, 200, wrap({ data: version.data, metadata: versionMetadata(number, version) }));
    }
    if (endpoint === 'data' && (req.method === 'POST' || req.method === 'PUT')) {
      const data = body?.data;
      if (data === null || typeof data !== 'object') return send(res, 400, { errors: ['no data provided'] });
      const cas = (body?.options as { cas?: number } | undefined)?.cas;
      if (cas !== undefined && cas !== (secret?.current_version ?? 0)) {
        return send(res, 400, { errors: ['check-and-set parameter did not match the current version'] });
      }
      const target = secret ?? {
        created_time: now,
        updated_time: now,
        current_version: 0,
        oldest_version: 0,
        versions: new Map(),
      };
      secrets.set(path, target);
      const number = target.current_version + 1;
      const version: Version = {
        data: data as Record<string, unknown>,
        created_time: now,
        deletion_time: '',
        destroyed: false,
      };
      target.versions.set(number, version);
      target.current_version = number;
      target.updated_time = now;
      for (const old of [...target.versions.keys()].sort((a, b) => a - b)) {
        if (target.versions.size <= maxVersions) break;
        target.versions.delete(old);
      }
      target.oldest_version = Math.min(...target.versions.keys());
      return send(res, 200, wrap(versionMetadata(number, version)));
    }
    if (endpoint === 'data' && req.method === 'DELETE') {
      const latest = secret?.versions.get(secret.current_version);
      if (latest && !latest.deletion_time) latest.deletion_time = now;
      return send(res, 204);
    }
    if (endpoint === 'metadata' && req.method === 'GET') {
      if (!secret) return send(res, 404, { errors: [] });
      return send(
        res,
        200,
        wrap({
          cas_required: false,
          created_time: secret.created_time,
          current_version: secret.current_version,
          custom_metadata: null,
          delete_version_after: '0s',
          max_versions: 0,
          oldest_version: secret.oldest_version,
          updated_time: secret.updated_time,
          versions: Object.fromEntries(
            [...secret.versions].map(([number, version]) => [
              String(number),
              {
                created_time: version.created_time,
                deletion_time: version.deletion_time,
                destroyed: version.destroyed,
              },
            ]),
          ),
        }),
      );
    }
    if (endpoint === 'metadata' && req.method === 'DELETE') {
      secrets.delete(path);
      return send(res, 204);
    }
    if (req.method === 'POST' && ['delete', 'undelete', 'destroy'].includes(endpoint)) {
      const numbers = body?.versions;
      if (!Array.isArray(numbers) || numbers.length === 0)
        return send(res, 400, { errors: ['no version number provided'] });
      for (const number of numbers) {
        const version = secret?.versions.get(Number(number));
        if (!version) continue;
        if (endpoint === 'delete' && !version.deletion_time) version.deletion_time = now;
        if (endpoint === 'undelete' && !version.destroyed) version.deletion_time = '';
        if (endpoint === 'destroy') {
          version.destroyed = true;
          version.data = {};
        }
      }
      return send(res, 204);
    }
    return send(res, 405, { errors: ['1 error occurred:\n\t* unsupported operation\n\n'] });
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, { errors: ['internal error'] }));
  });
  const url = await listen(server, '127.0.0.1', 0);
  return {
    url,
    token,
    mount,
    requests,
    secrets,
    setSealed: (value) => {
      sealed = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}
