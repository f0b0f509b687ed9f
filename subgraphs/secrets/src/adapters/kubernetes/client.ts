import { STATUS_CODES } from 'node:http';
import { resolve } from 'node:path';
import { ApiException, CoreV1Api, KubeConfig, type V1Secret } from '@kubernetes/client-node';
import { backendUnavailable } from '@pave/subgraph-kit';
import type { KubernetesOptions } from './config.ts';

export class KubernetesConflict extends Error {}

/**
 * The Secrets of one namespace. Kubernetes' own errors become BACKEND_UNAVAILABLE (401/403 not
 * retryable, 429 and 5xx retryable) except the answers the adapter acts on: 404 reads as
 * undefined, 409 (a stale resourceVersion, or a name already taken) as KubernetesConflict.
 */
export class SecretsApi {
  readonly #api: CoreV1Api;
  readonly #namespace: string;

  constructor(options: KubernetesOptions, baseDir: string) {
    const config = new KubeConfig();
    if (options.server) {
      config.loadFromOptions({
        clusters: [{ name: 'pave', server: options.server, skipTLSVerify: options.insecureSkipTlsVerify }],
        users: [{ name: 'pave', token: options.token }],
        contexts: [{ name: 'pave', cluster: 'pave', user: 'pave', namespace: options.namespace }],
        currentContext: 'pave',
      });
    } else if (options.kubeconfig) {
      config.loadFromFile(resolve(baseDir, options.kubeconfig.replace(/^~(?=\/)/, process.env.HOME ?? '~')));
    } else {
      config.loadFromDefault();
    }
    if (options.context) config.setCurrentContext(options.context);
    this.#api = config.makeApiClient(CoreV1Api);
    this.#namespace = options.namespace;
  }

  read(name: string): Promise<V1Secret | undefined> {
    return this.#call(() => this.#api.readNamespacedSecret({ name, namespace: this.#namespace }), true);
  }

  async list(labelSelector: string): Promise<V1Secret[]> {
    const list = await this.#call(() =>
      this.#api.listNamespacedSecret({ namespace: this.#namespace, labelSelector }),
    );
    return list?.items ?? [];
  }

  async create(body: V1Secret): Promise<V1Secret> {
    return (await this.#call(() =>
      this.#api.createNamespacedSecret({ namespace: this.#namespace, body }),
    )) as V1Secret;
  }

  async replace(body: V1Secret): Promise<V1Secret> {
    const name = body.metadata?.name ?? '';
    return (await this.#call(() =>
      this.#api.replaceNamespacedSecret({ name, namespace: this.#namespace, body }),
    )) as V1Secret;
  }

  async delete(name: string): Promise<void> {
    await this.#call(() => this.#api.deleteNamespacedSecret({ name, namespace: this.#namespace }), true);
  }

  async #call<T>(work: () => Promise<T>, missingIsUndefined = false): Promise<T | undefined> {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof ApiException)) {
        throw backendUnavailable(`Kubernetes did not answer: ${(error as Error).message}`, {
          adapter: 'kubernetes',
          retryable: true,
        });
      }
      if (error.code === 404 && missingIsUndefined) return undefined;
      // The client drops the Status body of the codes the API declares (401): name the code then.
      const message = statusOf(error.body).message ?? STATUS_CODES[error.code] ?? 'no reason given';
      if (error.code === 409) throw new KubernetesConflict(message);
      throw backendUnavailable(`Kubernetes answered ${error.code}: ${message}`, {
        adapter: 'kubernetes',
        retryable: error.code === 429 || error.code >= 500,
      });
    }
  }
}

/** The `Status` object Kubernetes answers errors with; the client gives it parsed or as text. */
function statusOf(body: unknown): { message?: string; reason?: string } {
  if (typeof body === 'string') {
    try {
      return JSON.parse(body);
    } catch {
      return { message: body.slice(0, 200) };
    }
  }
  return (body ?? {}) as { message?: string };
}
