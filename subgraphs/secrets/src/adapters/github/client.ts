import { Octokit } from '@octokit/rest';
import { backendUnavailable } from '@pave/subgraph-kit';
import sodium from 'libsodium-wrappers';

export interface Place {
  owner: string;
  repo: string;
  environment_name: string;
}

/**
 * The GitHub Actions environment secrets and variables of one repository environment. Secrets are
 * sealed (libsodium sealed box) with the environment's public key before they leave the process.
 */
export class GithubEnvironments {
  readonly #octokit: Octokit;

  constructor(options: { token: string; baseUrl: string }) {
    this.#octokit = new Octokit({ auth: options.token, baseUrl: options.baseUrl, request: { retries: 0 } });
  }

  /** Undefined when the repository or its environment does not exist. */
  async variables(place: Place): Promise<Map<string, string> | undefined> {
    const list = await this.#call(
      () =>
        this.#octokit.paginate(this.#octokit.rest.actions.listEnvironmentVariables, {
          ...place,
          per_page: 30,
        }),
      true,
    );
    return list && new Map(list.map((variable) => [variable.name, variable.value]));
  }

  async secretNames(place: Place): Promise<Set<string>> {
    const list = await this.#call(
      () =>
        this.#octokit.paginate(this.#octokit.rest.actions.listEnvironmentSecrets, {
          ...place,
          per_page: 100,
        }),
      true,
    );
    return new Set((list ?? []).map((secret) => secret.name));
  }

  async setVariable(place: Place, name: string, value: string, exists: boolean): Promise<void> {
    if (exists)
      await this.#call(() => this.#octokit.rest.actions.updateEnvironmentVariable({ ...place, name, value }));
    else
      await this.#call(() => this.#octokit.rest.actions.createEnvironmentVariable({ ...place, name, value }));
  }

  async deleteVariable(place: Place, name: string): Promise<void> {
    await this.#call(() => this.#octokit.rest.actions.deleteEnvironmentVariable({ ...place, name }), true);
  }

  /** Seals every value with the environment's public key, then writes them. */
  async setSecrets(place: Place, secrets: ReadonlyArray<{ name: string; value: string }>): Promise<void> {
    if (secrets.length === 0) return;
    const { data: publicKey } = await this.#call(() =>
      this.#octokit.rest.actions.getEnvironmentPublicKey({ ...place }),
    );
    await sodium.ready;
    const key = sodium.from_base64(publicKey.key, sodium.base64_variants.ORIGINAL);
    for (const secret of secrets) {
      const sealed = sodium.crypto_box_seal(sodium.from_string(secret.value), key);
      const encrypted_value = sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL);
      await this.#call(() =>
        this.#octokit.rest.actions.createOrUpdateEnvironmentSecret({
          ...place,
          secret_name: secret.name,
          encrypted_value,
          key_id: publicKey.key_id,
        }),
      );
    }
  }

  async deleteSecret(place: Place, name: string): Promise<void> {
    await this.#call(
      () => this.#octokit.rest.actions.deleteEnvironmentSecret({ ...place, secret_name: name }),
      true,
    );
  }

  async #call<T>(work: () => Promise<T>, missingIsFine = false): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const failure = error as {
        status?: number;
        message: string;
        response?: { headers?: Record<string, string> };
      };
      if (missingIsFine && failure.status === 404) return undefined as T;
      const status = failure.status ?? 0;
      const rateLimited =
        status === 429 || (status === 403 && failure.response?.headers?.['x-ratelimit-remaining'] === '0');
      throw backendUnavailable(`GitHub answered ${status || 'nothing'}: ${failure.message}`, {
        adapter: 'github',
        retryable: rateLimited || status === 0 || status >= 500,
      });
    }
  }
}
