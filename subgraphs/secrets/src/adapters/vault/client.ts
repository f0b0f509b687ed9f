import { backendUnavailable } from '@pave/subgraph-kit';

/** What KV v2 says about one version of a secret. */
export interface VaultVersionMetadata {
  version: number;
  created_time: string;
  /** Empty when the version is live; set once it was soft-deleted. */
  deletion_time: string;
  destroyed: boolean;
}

export interface VaultSecretMetadata {
  current_version: number;
  oldest_version: number;
  versions: Record<string, Omit<VaultVersionMetadata, 'version'>>;
}

export class CasMismatch extends Error {}

interface VaultAnswer {
  status: number;
  body: { data?: unknown; errors?: string[] } | undefined;
}

/**
 * The part of Vault's HTTP API the adapter uses: the KV v2 `data/`, `metadata/`, `delete/` and
 * `undelete/` endpoints, authenticated with `X-Vault-Token`. Failures of Vault itself become
 * BACKEND_UNAVAILABLE naming the adapter; Vault's `errors` are quoted (they never hold values).
 */
export class VaultClient {
  readonly #base: string;
  readonly #headers: Record<string, string>;
  readonly #timeoutMs: number;

  constructor(options: {
    address: string;
    token: string;
    namespace?: string;
    mount: string;
    timeoutMs: number;
  }) {
    this.#base = `${options.address.replace(/\/+$/, '')}/v1/${options.mount}`;
    this.#headers = {
      'x-vault-token': options.token,
      'content-type': 'application/json',
      ...(options.namespace ? { 'x-vault-namespace': options.namespace } : {}),
    };
    this.#timeoutMs = options.timeoutMs;
  }

  /** A version (latest when undefined); undefined when there is no such version. Data is null once deleted. */
  async readData(
    path: string,
    version?: number,
  ): Promise<{ data: Record<string, unknown> | null; metadata: VaultVersionMetadata } | undefined> {
    const query = version === undefined ? '' : `?version=${version}`;
    const { status, body } = await this.#call('GET', `data/${path}${query}`);
    const found = body?.data as
      | { data: Record<string, unknown> | null; metadata: VaultVersionMetadata }
      | undefined;
    // A deleted or destroyed version answers 404 with its metadata and no data.
    if (status === 404) return found?.metadata ? { data: null, metadata: found.metadata } : undefined;
    this.#expect(status, body, [200]);
    return found;
  }

  /** Writes a new version if the current one is `cas` (0: the secret must not exist yet). */
  async writeData(path: string, data: Record<string, unknown>, cas: number): Promise<VaultVersionMetadata> {
    const { status, body } = await this.#call('POST', `data/${path}`, { options: { cas }, data });
    if (status === 400 && body?.errors?.some((e) => e.includes('check-and-set parameter did not match'))) {
      throw new CasMismatch(body.errors.join('; '));
    }
    this.#expect(status, body, [200]);
    return body?.data as VaultVersionMetadata;
  }

  async readMetadata(path: string): Promise<VaultSecretMetadata | undefined> {
    const { status, body } = await this.#call('GET', `metadata/${path}`);
    if (status === 404) return undefined;
    this.#expect(status, body, [200]);
    return body?.data as VaultSecretMetadata;
  }

  async softDelete(path: string, versions: number[]): Promise<void> {
    const { status, body } = await this.#call('POST', `delete/${path}`, { versions });
    this.#expect(status, body, [204, 200]);
  }

  async undelete(path: string, versions: number[]): Promise<void> {
    const { status, body } = await this.#call('POST', `undelete/${path}`, { versions });
    this.#expect(status, body, [204, 200]);
  }

  async #call(method: string, path: string, payload?: unknown): Promise<VaultAnswer> {
    let response: Response;
    try {
      response = await fetch(`${this.#base}/${path}`, {
        method,
        headers: this.#headers,
        body: payload === undefined ? undefined : JSON.stringify(payload),
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
    } catch (error) {
      throw backendUnavailable(`Vault did not answer: ${(error as Error).message}`, {
        adapter: 'vault',
        retryable: true,
      });
    }
    const text = await response.text();
    let body: VaultAnswer['body'];
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    return { status: response.status, body };
  }

  #expect(status: number, body: VaultAnswer['body'], ok: number[]): void {
    if (ok.includes(status)) return;
    const said = body?.errors?.length ? `: ${body.errors.join('; ')}` : '';
    // 403: the token is wrong or lacks a policy; retrying will not help until someone fixes it.
    const retryable = status === 429 || status >= 500;
    throw backendUnavailable(`Vault answered ${status}${said}`, { adapter: 'vault', retryable });
  }
}
