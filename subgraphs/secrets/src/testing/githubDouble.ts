/**
 * A local stand-in for GitHub's REST API for Actions environment secrets and variables, following
 * its documentation: `/repos/{owner}/{repo}/environments/{env}/secrets[/public-key|/{name}]` and
 * `/variables[/{name}]`; `Authorization: token …` (401 "Bad credentials"); secrets PUT as a
 * libsodium sealed box with the environment's public key and `key_id` (201 created, 204 updated),
 * never readable again; variables created with POST (409 when they exist) and changed with PATCH;
 * names upper-cased; lists paginated with `per_page` (variables at most 30) and a `Link` header;
 * 404 `{"message":"Not Found"}`; 422 for bad names or ciphertext; 403 rate limiting on demand.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { listen } from '@pave/subgraph-kit';
import sodium from 'libsodium-wrappers';

interface Environment {
  publicKey: Uint8Array;
  privateKey: Uint8Array;
  keyId: string;
  /** Decrypted here only so tests can check what GitHub would hold. */
  secrets: Map<string, { value: string; created_at: string; updated_at: string }>;
  variables: Map<string, { value: string; created_at: string; updated_at: string }>;
}

export interface GithubDouble {
  url: string;
  token: string;
  environments: Map<string, Environment>;
  createEnvironment(owner: string, repo: string, name: string): void;
  /** The next `count` requests answer 403 with the rate limit exhausted. */
  rateLimit(count: number): void;
  close(): Promise<void>;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export async function startGithubDouble(): Promise<GithubDouble> {
  await sodium.ready;
  const token = `ghp_${Math.random().toString(36).slice(2)}${Date.now()}`;
  const environments = new Map<string, Environment>();
  let limited = 0;

  const send = (
    res: ServerResponse,
    status: number,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    if (body === undefined) return res.writeHead(status, headers).end();
    res
      .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      .end(JSON.stringify(body));
  };
  const message = (res: ServerResponse, status: number, text: string, headers?: Record<string, string>) =>
    send(
      res,
      status,
      { message: text, documentation_url: 'https://docs.github.com/rest', status: String(status) },
      headers,
    );

  function page<T>(res: ServerResponse, url: URL, key: string, items: T[], maxPerPage: number) {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), maxPerPage);
    const number = Number(url.searchParams.get('page') ?? 1);
    const slice = items.slice((number - 1) * perPage, number * perPage);
    const headers: Record<string, string> = {};
    if (number * perPage < items.length) {
      const next = new URL(url);
      next.searchParams.set('page', String(number + 1));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    send(res, 200, { total_count: items.length, [key]: slice }, headers);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const auth = req.headers.authorization ?? '';
    if (auth !== `token ${token}` && auth !== `Bearer ${token}`) return message(res, 401, 'Bad credentials');
    if (limited > 0) {
      limited--;
      return message(res, 403, 'API rate limit exceeded for installation.', { 'x-ratelimit-remaining': '0' });
    }
    const match =
      /^\/repos\/([^/]+)\/([^/]+)\/environments\/([^/]+)\/(secrets|variables)(?:\/([^/]+))?$/.exec(
        url.pathname,
      );
    const environment =
      match && environments.get(`${match[1]}/${match[2]}/${decodeURIComponent(match[3] ?? '')}`);
    if (!match || !environment) return message(res, 404, 'Not Found');
    const [, , , , kind, rawName] = match;
    const name = rawName === undefined ? undefined : decodeURIComponent(rawName).toUpperCase();
    const body = await readJson(req);
    const now = new Date().toISOString();

    if (kind === 'secrets' && name === 'PUBLIC-KEY' && req.method === 'GET') {
      return send(res, 200, {
        key_id: environment.keyId,
        key: sodium.to_base64(environment.publicKey, sodium.base64_variants.ORIGINAL),
      });
    }
    if (kind === 'secrets' && !name && req.method === 'GET') {
      const list = [...environment.secrets].map(([n, s]) => ({
        name: n,
        created_at: s.created_at,
        updated_at: s.updated_at,
      }));
      return page(res, url, 'secrets', list, 100);
    }
    if (kind === 'secrets' && name && req.method === 'PUT') {
      if (!NAME.test(name) || name.startsWith('GITHUB_'))
        return message(
          res,
          422,
          'Secret names can only contain alphanumeric characters ([a-z], [A-Z], [0-9]) or underscores (_).',
        );
      if (body.key_id !== environment.keyId)
        return message(res, 422, 'Bad request - key_id does not match the public key.');
      let value: string;
      try {
        const sealed = sodium.from_base64(String(body.encrypted_value), sodium.base64_variants.ORIGINAL);
        value = sodium.to_string(
          sodium.crypto_box_seal_open(sealed, environment.publicKey, environment.privateKey),
        );
      } catch {
        return message(res, 422, 'Bad request - encrypted_value is not a sealed box for this key.');
      }
      const existing = environment.secrets.get(name);
      environment.secrets.set(name, { value, created_at: existing?.created_at ?? now, updated_at: now });
      return send(res, existing ? 204 : 201, existing ? undefined : {});
    }
    if (kind === 'secrets' && name && req.method === 'DELETE') {
      if (!environment.secrets.delete(name)) return message(res, 404, 'Not Found');
      return send(res, 204);
    }
    if (kind === 'variables' && !name && req.method === 'GET') {
      const list = [...environment.variables].map(([n, v]) => ({
        name: n,
        value: v.value,
        created_at: v.created_at,
        updated_at: v.updated_at,
      }));
      return page(res, url, 'variables', list, 30);
    }
    if (kind === 'variables' && !name && req.method === 'POST') {
      const newName = String(body.name ?? '').toUpperCase();
      if (!NAME.test(newName) || newName.startsWith('GITHUB_'))
        return message(
          res,
          422,
          'Variable names can only contain alphanumeric characters ([a-z], [A-Z], [0-9]) or underscores (_).',
        );
      if (environment.variables.has(newName))
        return message(res, 409, 'Already exists - Variable already exists');
      environment.variables.set(newName, {
        value: String(body.value ?? ''),
        created_at: now,
        updated_at: now,
      });
      return send(res, 201, {});
    }
    if (kind === 'variables' && name && req.method === 'PATCH') {
      const existing = environment.variables.get(name);
      if (!existing) return message(res, 404, 'Not Found');
      environment.variables.set(name, {
        ...existing,
        value: String(body.value ?? existing.value),
        updated_at: now,
      });
      return send(res, 204);
    }
    if (kind === 'variables' && name && req.method === 'DELETE') {
      if (!environment.variables.delete(name)) return message(res, 404, 'Not Found');
      return send(res, 204);
    }
    return message(res, 404, 'Not Found');
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => message(res, 500, 'Server Error'));
  });
  const url = await listen(server, '127.0.0.1', 0);
  return {
    url,
    token,
    environments,
    createEnvironment(owner, repo, name) {
      const keys = sodium.crypto_box_keypair();
      environments.set(`${owner}/${repo}/${name}`, {
        publicKey: keys.publicKey,
        privateKey: keys.privateKey,
        keyId: String(Math.floor(Math.random() * 1e18)),
        secrets: new Map(),
        variables: new Map(),
      });
    },
    rateLimit: (count) => {
      limited = count;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    return {};
  }
}
