import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Application } from '../adapters/argocd/client.ts';

/**
 * An Argo CD API server for tests, answering as Argo CD's REST API (grpc-gateway) does: bearer
 * tokens, `{ error, code, message }` error bodies with gRPC codes, one operation per application at
 * a time (a second sync is 400 FailedPrecondition "another operation is already in progress"), sync
 * operations that run for a while before they succeed or fail, and a history of deployed revisions.
 */
export interface ArgoDouble {
  url: string;
  token: string;
  /** Branches and tags of the applications' repository, by name, to commit SHAs. */
  refs: Map<string, string>;
  /** Revisions whose sync fails, and those that sync but come up Degraded. */
  failing: Set<string>;
  degraded: Set<string>;
  applications: Map<string, Application>;
  addApplication(name: string): Application;
  /** Starts a sync as someone else would (the UI, an automated sync). */
  startOperation(name: string, revision: string): void;
  close(): Promise<void>;
}

const GRPC = { Unknown: 2, NotFound: 5, FailedPrecondition: 9, Unauthenticated: 16 } as const;

export async function startArgoDouble(options: { syncMs?: number } = {}): Promise<ArgoDouble> {
  const syncMs = options.syncMs ?? 150;
  const token = 'argocd-test-token';
  const refs = new Map<string, string>();
  const failing = new Set<string>();
  const degraded = new Set<string>();
  const applications = new Map<string, Application>();
  const timers = new Set<NodeJS.Timeout>();
  let historyId = 0;

  const send = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
  const fail = (res: ServerResponse, status: number, code: number, message: string): void =>
    send(res, status, { error: message, code, message });

  const resolve = (revision: string) =>
    refs.get(revision) ?? ([...refs.values()].includes(revision) ? revision : undefined);

  function startOperation(name: string, revision: string): void {
    const app = applications.get(name) as Application;
    const sha = resolve(revision) ?? revision;
    app.status = {
      ...app.status,
      operationState: { phase: 'Running', message: 'one or more tasks are running' },
      health: { status: 'Progressing' },
    };
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (failing.has(sha)) {
        app.status = {
          ...app.status,
          operationState: {
            phase: 'Failed',
            message: 'one or more objects failed to apply, reason: Deployment.apps "web" is invalid',
          },
          health: { status: 'Missing' },
        };
        return;
      }
      historyId += 1;
      app.status = {
        ...app.status,
        operationState: {
          phase: 'Succeeded',
          message: 'successfully synced (all tasks run)',
          syncResult: { revision: sha },
        },
        sync: { status: 'Synced', revision: sha },
        health: degraded.has(sha)
          ? { status: 'Degraded', message: 'Deployment "web" exceeded its progress deadline' }
          : { status: 'Healthy' },
        history: [
          ...(app.status?.history ?? []),
          { id: historyId, revision: sha, deployedAt: new Date().toISOString() },
        ],
      };
    }, syncMs);
    timers.add(timer);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers.authorization !== `Bearer ${token}`) {
      return fail(res, 401, GRPC.Unauthenticated, 'invalid session: token signature is invalid');
    }
    const url = new URL(req.url ?? '/', 'http://argocd');
    const match = /^\/api\/v1\/applications\/([^/]+)(\/manifests|\/sync)?$/.exec(url.pathname);
    const name = match ? decodeURIComponent(match[1] ?? '') : '';
    const app = applications.get(name);
    if (!match) return fail(res, 404, GRPC.NotFound, 'Not Found');
    if (!app) return fail(res, 404, GRPC.NotFound, `applications.argoproj.io "${name}" not found`);
    let body: Record<string, unknown> = {};
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (chunks.length > 0) body = JSON.parse(Buffer.concat(chunks).toString('utf8'));

    if (req.method === 'GET' && !match[2]) return send(res, 200, app);
    if (req.method === 'GET' && match[2] === '/manifests') {
      const revision = url.searchParams.get('revision') ?? app.spec.source?.targetRevision ?? 'HEAD';
      const sha = resolve(revision);
      if (!sha) {
        const message = `rpc error: code = Unknown desc = Unable to resolve '${revision}' to a commit SHA`;
        return fail(res, 500, GRPC.Unknown, message);
      }
      return send(res, 200, {
        manifests: ['{"kind":"Deployment"}'],
        revision: sha,
        namespace: name,
        sourceType: 'Directory',
      });
    }
    if (req.method === 'PATCH' && !match[2]) {
      const patch = JSON.parse(String(body.patch)) as { spec?: { source?: { targetRevision?: string } } };
      const source = app.spec.source ?? { repoURL: 'https://git.acme.example/deploy.git' };
      app.spec.source = { ...source, ...patch.spec?.source };
      return send(res, 200, app);
    }
    if (req.method === 'POST' && match[2] === '/sync') {
      if (app.status?.operationState?.phase === 'Running') {
        return fail(res, 400, GRPC.FailedPrecondition, 'another operation is already in progress');
      }
      startOperation(name, String(body.revision ?? app.spec.source?.targetRevision ?? 'HEAD'));
      return send(res, 200, app);
    }
    return fail(res, 405, GRPC.Unknown, 'Method Not Allowed');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => fail(res, 500, GRPC.Unknown, String(error)));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    refs,
    failing,
    degraded,
    applications,
    addApplication(name) {
      const app: Application = {
        metadata: { name, namespace: 'argocd' },
        spec: {
          source: { repoURL: 'https://git.acme.example/deploy.git', targetRevision: 'HEAD', path: name },
        },
        status: { sync: { status: 'OutOfSync' }, health: { status: 'Missing' }, history: [] },
      };
      applications.set(name, app);
      return app;
    },
    startOperation,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
