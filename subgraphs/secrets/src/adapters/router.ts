import { parseEnvironmentId } from '@pave/subgraph-kit';
import type { SecretsBackend } from '../port.ts';

/** Which backend keeps an environment's variables: by environment name, else the default. */
export class BackendRouter {
  readonly #fallback: SecretsBackend;
  readonly #byName: ReadonlyMap<string, SecretsBackend>;

  constructor(fallback: SecretsBackend, byName: ReadonlyMap<string, SecretsBackend> = new Map()) {
    this.#fallback = fallback;
    this.#byName = byName;
  }

  backendFor(environmentId: string): SecretsBackend {
    const name = parseEnvironmentId(environmentId)?.name;
    return (name !== undefined && this.#byName.get(name)) || this.#fallback;
  }

  /** Every distinct backend, the default first. */
  get backends(): SecretsBackend[] {
    return [...new Set([this.#fallback, ...this.#byName.values()])];
  }

  async close(): Promise<void> {
    await Promise.all(this.backends.map((backend) => backend.close?.()));
  }
}
