import { backendUnavailable, conflict } from '@pave/subgraph-kit';

/** The parts of an Argo CD Application the adapter reads (argoproj.io/v1alpha1). */
export interface Application {
  metadata: { name: string; namespace?: string };
  spec: { source?: { repoURL: string; targetRevision?: string; path?: string } };
  status?: {
    sync?: { status?: string; revision?: string };
    health?: { status?: string; message?: string };
    operationState?: {
      phase?: 'Running' | 'Succeeded' | 'Failed' | 'Error' | 'Terminating';
      message?: string;
      syncResult?: { revision?: string };
    };
    history?: Array<{ id: number; revision: string; deployedAt: string }>;
  };
}

/** Argo CD answers errors as grpc-gateway does: `{ error, code, message }`, code being a gRPC status. */
interface ArgoError {
  error?: string;
  message?: string;
  code?: number;
}

const GRPC_FAILED_PRECONDITION = 9;

/** A small client for the Argo CD REST API (`/api/v1/applications`), with a timeout on every call. */
export class ArgoClient {
  readonly #url: string;
  readonly #token: string;
  readonly #appNamespace: string | undefined;

  constructor(options: { url: string; token: string; appNamespace?: string }) {
    this.#url = options.url.replace(/\/+$/, '');
    this.#token = options.token;
    this.#appNamespace = options.appNamespace;
  }

  getApplication(name: string): Promise<Application> {
    return this.#call('GET', `/api/v1/applications/${encodeURIComponent(name)}`);
  }

  /** The commit `revision` (a branch, tag or SHA) resolves to, as the application's repository sees it. */
  async resolveRevision(name: string, revision: string): Promise<string> {
    try {
      const answer = await this.#call<{ revision?: string }>(
        'GET',
        `/api/v1/applications/${encodeURIComponent(name)}/manifests`,
        undefined,
        { revision },
      );
      return answer.revision || revision;
    } catch (error) {
      if ((error as { code?: string }).code !== 'ARGOCD_ERROR') throw error;
      throw Object.assign(new Error(`"${revision}" cannot be deployed: ${(error as Error).message}`), {
        code: 'INVALID_REF',
      });
    }
  }

  /** Points the application at `revision` for good, so an automated sync does not undo the release. */
  setTargetRevision(name: string, revision: string): Promise<Application> {
    return this.#call('PATCH', `/api/v1/applications/${encodeURIComponent(name)}`, {
      name,
      patchType: 'merge',
      patch: JSON.stringify({ spec: { source: { targetRevision: revision } } }),
    });
  }

  sync(name: string, revision: string): Promise<Application> {
    return this.#call('POST', `/api/v1/applications/${encodeURIComponent(name)}/sync`, {
      name,
      revision,
      prune: false,
    });
  }

  async #call<T>(
    method: string,
    path: string,
    body?: unknown,
    query: Record<string, string> = {},
  ): Promise<T> {
    const url = new URL(`${this.#url}${path}`);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    if (this.#appNamespace) url.searchParams.set('appNamespace', this.#appNamespace);
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: { authorization: `Bearer ${this.#token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      throw backendUnavailable(`Argo CD did not answer: ${(error as Error).message}`, {
        adapter: 'argocd',
        retryable: true,
      });
    }
    const text = await response.text();
    if (response.ok) return (text ? JSON.parse(text) : {}) as T;
    let detail: ArgoError = {};
    try {
      detail = JSON.parse(text) as ArgoError;
    } catch {
      // not JSON: keep the status line
    }
    const message = detail.message || detail.error || `${response.status} ${response.statusText}`;
    if (detail.code === GRPC_FAILED_PRECONDITION || response.status === 409) {
      throw conflict(`Argo CD refused: ${message}`);
    }
    if (response.status === 404) throw Object.assign(new Error(`Argo CD: ${message}`), { code: 'NOT_FOUND' });
    if (response.status === 401 || response.status === 403) {
      throw backendUnavailable(`Argo CD refused Pave's token: ${message}`, {
        adapter: 'argocd',
        retryable: false,
      });
    }
    throw Object.assign(new Error(`Argo CD answered ${response.status}: ${message}`), {
      code: 'ARGOCD_ERROR',
    });
  }
}
