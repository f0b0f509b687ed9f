import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { V1Deployment, V1Namespace, V1Secret } from '@kubernetes/client-node';

/**
 * A Kubernetes API server for tests, for the calls the adapter makes, answering as the API server
 * does: bearer tokens, `Status` objects for errors (401 Unauthorized, 404 NotFound, 409
 * AlreadyExists / Conflict, 422 Invalid), label selectors on lists, and namespaces that stay
 * `Terminating` for a while after a delete before they (and what ran in them) are gone.
 */
export interface KubernetesDouble {
  url: string;
  token: string;
  namespaces: Map<string, V1Namespace>;
  deployments: Map<string, V1Deployment[]>;
  secrets: Map<string, V1Secret[]>;
  /** Images whose rollout never becomes available (the Deployment exceeds its progress deadline). */
  brokenImages: Set<string>;
  /** Runs once, right after the next read of a Deployment: another client changing it meanwhile. */
  afterNextDeploymentRead?: () => void;
  close(): Promise<void>;
}

const LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

export async function startKubernetesDouble(
  options: { terminateMs?: number; rolloutMs?: number } = {},
): Promise<KubernetesDouble> {
  const terminateMs = options.terminateMs ?? 200;
  const rolloutMs = options.rolloutMs ?? 150;
  const secrets = new Map<string, V1Secret[]>();
  const brokenImages = new Set<string>();

  const token = 'kubernetes-test-token';
  const namespaces = new Map<string, V1Namespace>();
  const deployments = new Map<string, V1Deployment[]>();
  const double: KubernetesDouble = {
    url: '',
    token,
    namespaces,
    deployments,
    secrets,
    brokenImages,
    close: async () => {},
  };
  const timers = new Set<NodeJS.Timeout>();
  let resourceVersion = 100;

  const send = (res: ServerResponse, code: number, body: unknown): void => {
    res.writeHead(code, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
  const status = (res: ServerResponse, code: number, reason: string, message: string, name?: string): void =>
    send(res, code, {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message,
      reason,
      ...(name ? { details: { name, kind: 'namespaces' } } : {}),
      code,
    });
  const matches = (ns: V1Namespace, selector: string | null) =>
    !selector ||
    selector.split(',').every((term) => {
      const [key = '', value] = term.split('=');
      return value === undefined ? key in (ns.metadata?.labels ?? {}) : ns.metadata?.labels?.[key] === value;
    });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers.authorization !== `Bearer ${token}`)
      return status(res, 401, 'Unauthorized', 'Unauthorized');
    const url = new URL(req.url ?? '/', 'http://kubernetes');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = chunks.length > 0 ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
    const one = /^\/api\/v1\/namespaces\/([^/]+)$/.exec(url.pathname);
    const deploymentsOf = /^\/apis\/apps\/v1\/namespaces\/([^/]+)\/deployments$/.exec(url.pathname);
    const deploymentNamed = /^\/apis\/apps\/v1\/namespaces\/([^/]+)\/deployments\/([^/]+)$/.exec(
      url.pathname,
    );
    const secretsIn = /^\/api\/v1\/namespaces\/([^/]+)\/secrets(?:\/([^/]+))?$/.exec(url.pathname);
    if (deploymentNamed)
      return deployment(req, res, deploymentNamed[1] ?? '', deploymentNamed[2] ?? '', body);
    if (secretsIn) return secret(req, res, secretsIn[1] ?? '', secretsIn[2], body);

    if (url.pathname === '/api/v1/namespaces' && req.method === 'GET') {
      const items = [...namespaces.values()].filter((ns) =>
        matches(ns, url.searchParams.get('labelSelector')),
      );
      return send(res, 200, {
        kind: 'NamespaceList',
        apiVersion: 'v1',
        metadata: { resourceVersion: String(resourceVersion) },
        items,
      });
    }
    if (url.pathname === '/api/v1/namespaces' && req.method === 'POST') {
      const name = String(body?.metadata?.name ?? '');
      if (!LABEL.test(name)) {
        return status(
          res,
          422,
          'Invalid',
          `Namespace "${name}" is invalid: metadata.name: Invalid value: "${name}": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-'`,
          name,
        );
      }
      if (namespaces.has(name))
        return status(res, 409, 'AlreadyExists', `namespaces "${name}" already exists`, name);
      resourceVersion += 1;
      const created: V1Namespace = {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: {
          ...body.metadata,
          uid: randomUUID(),
          resourceVersion: String(resourceVersion),
          creationTimestamp: new Date(),
        },
        spec: { finalizers: ['kubernetes'] },
        status: { phase: 'Active' },
      };
      namespaces.set(name, created);
      return send(res, 201, created);
    }
    if (one && req.method === 'GET') {
      const ns = namespaces.get(decodeURIComponent(one[1] ?? ''));
      return ns
        ? send(res, 200, ns)
        : status(res, 404, 'NotFound', `namespaces "${one[1]}" not found`, one[1]);
    }
    if (one && req.method === 'DELETE') {
      const name = decodeURIComponent(one[1] ?? '');
      const ns = namespaces.get(name);
      if (!ns) return status(res, 404, 'NotFound', `namespaces "${name}" not found`, name);
      if (ns.status?.phase === 'Terminating') {
        return status(
          res,
          409,
          'Conflict',
          `Operation cannot be fulfilled on namespaces "${name}": The system is ensuring all content is removed from this namespace.  Upon completion, this namespace will automatically be purged by the system.`,
          name,
        );
      }
      ns.metadata = { ...ns.metadata, deletionTimestamp: new Date() };
      ns.status = { phase: 'Terminating' };
      const timer = setTimeout(() => {
        timers.delete(timer);
        namespaces.delete(name);
        deployments.delete(name);
      }, terminateMs);
      timers.add(timer);
      return send(res, 200, ns);
    }
    if (deploymentsOf && req.method === 'GET') {
      const namespace = decodeURIComponent(deploymentsOf[1] ?? '');
      return send(res, 200, {
        kind: 'DeploymentList',
        apiVersion: 'apps/v1',
        metadata: {},
        items: deployments.get(namespace) ?? [],
      });
    }
    return status(res, 404, 'NotFound', 'the server could not find the requested resource');
  }

  /** GET and PUT (with optimistic concurrency on resourceVersion) of a Deployment, which then rolls out. */
  function deployment(
    req: IncomingMessage,
    res: ServerResponse,
    namespace: string,
    name: string,
    body: V1Deployment,
  ) {
    const list = deployments.get(namespace) ?? [];
    const current = list.find((d) => d.metadata?.name === name);
    const notFound = () => status(res, 404, 'NotFound', `deployments.apps "${name}" not found`, name);
    if (req.method === 'GET') {
      if (!current) return notFound();
      send(res, 200, current);
      const meanwhile = double.afterNextDeploymentRead;
      double.afterNextDeploymentRead = undefined;
      meanwhile?.();
      return;
    }
    if (req.method !== 'PUT')
      return status(res, 405, 'MethodNotAllowed', 'the server does not allow this method');
    if (!current) return notFound();
    if (body.metadata?.resourceVersion !== current.metadata?.resourceVersion) {
      return status(
        res,
        409,
        'Conflict',
        `Operation cannot be fulfilled on deployments.apps "${name}": the object has been modified; please apply your changes to the latest version and try again`,
        name,
      );
    }
    resourceVersion += 1;
    const generation = (current.metadata?.generation ?? 1) + 1;
    const replicas = body.spec?.replicas ?? 1;
    const updated: V1Deployment = {
      ...body,
      metadata: { ...body.metadata, resourceVersion: String(resourceVersion), generation },
      status: { ...current.status, observedGeneration: generation, updatedReplicas: 0, conditions: [] },
    };
    list.splice(list.indexOf(current), 1, updated);
    const image = updated.spec?.template.spec?.containers[0]?.image ?? '';
    const timer = setTimeout(() => {
      timers.delete(timer);
      updated.status = brokenImages.has(image)
        ? {
            ...updated.status,
            availableReplicas: 0,
            unavailableReplicas: replicas,
            conditions: [
              {
                type: 'Progressing',
                status: 'False',
                reason: 'ProgressDeadlineExceeded',
                message: `ReplicaSet "${name}-2" has timed out progressing.`,
              },
            ],
          }
        : {
            ...updated.status,
            replicas,
            updatedReplicas: replicas,
            readyReplicas: replicas,
            availableReplicas: replicas,
            unavailableReplicas: 0,
            conditions: [{ type: 'Available', status: 'True' }],
          };
    }, rolloutMs);
    timers.add(timer);
    return send(res, 200, updated);
  }

  function secret(
    req: IncomingMessage,
    res: ServerResponse,
    namespace: string,
    name: string | undefined,
    body: V1Secret,
  ) {
    const list = secrets.get(namespace) ?? [];
    secrets.set(namespace, list);
    const current = list.find((s) => s.metadata?.name === (name ?? body.metadata?.name));
    if (req.method === 'GET' && name) {
      return current
        ? send(res, 200, current)
        : status(res, 404, 'NotFound', `secrets "${name}" not found`, name);
    }
    if (req.method === 'POST' && !name) {
      if (current)
        return status(
          res,
          409,
          'AlreadyExists',
          `secrets "${body.metadata?.name}" already exists`,
          body.metadata?.name,
        );
      resourceVersion += 1;
      const created = { ...body, metadata: { ...body.metadata, resourceVersion: String(resourceVersion) } };
      list.push(created);
      return send(res, 201, created);
    }
    if (req.method === 'PUT' && name && current) {
      resourceVersion += 1;
      const replaced = { ...body, metadata: { ...body.metadata, resourceVersion: String(resourceVersion) } };
      list.splice(list.indexOf(current), 1, replaced);
      return send(res, 200, replaced);
    }
    return status(res, 404, 'NotFound', 'the server could not find the requested resource');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => status(res, 500, 'InternalError', String(error)));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  double.url = `http://127.0.0.1:${port}`;
  double.close = async () => {
    for (const timer of timers) clearTimeout(timer);
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  };
  return double;
}
