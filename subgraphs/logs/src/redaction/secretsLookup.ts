import { type Logger, type Peers, systemIdentity } from '@pave/subgraph-kit';
import { GraphQLError } from 'graphql';
import { BackendError } from '../port.ts';

/** An environment's variable set as the redaction needs it: its version and its secret values. */
export interface EnvironmentSecrets {
  /** null when the environment has no variable set (nothing to mask). */
  version: number | null;
  values: string[];
}

/** Reads environments' secrets; the secrets capability is the only source of the values. */
export interface SecretsLookup {
  versions(environmentIds: readonly string[]): Promise<Map<string, number | null>>;
  reveal(environmentIds: readonly string[]): Promise<Map<string, EnvironmentSecrets>>;
}

interface VariableSetData {
  version: number;
  variables?: Array<{ key: string; value: string | null; secret: boolean }>;
}

/**
 * Asks the secrets subgraph directly, as `system:logs`, for many environments in one request
 * (one alias per environment). Ids are inlined as string literals, which both `ID!` and `String!`
 * arguments accept; they were validated as environment ids before reaching here.
 */
export function peerSecretsLookup(peers: Peers, log: Logger): SecretsLookup {
  let warnedAbsent = false;
  const identity = systemIdentity('logs');

  async function request(
    ids: readonly string[],
    selection: string,
  ): Promise<Map<string, VariableSetData | null>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const fields = unique.map(
      (id, i) => `e${i}: variableSet(environmentId: ${JSON.stringify(id)}) { ${selection} }`,
    );
    if (!peers.serves('secrets')) {
      if (!warnedAbsent) log.warn('the secrets capability is not part of this platform: no values to redact');
      warnedAbsent = true;
      return new Map(unique.map((id) => [id, null]));
    }
    let data: Record<string, VariableSetData | null>;
    try {
      data = await peers.request(`secrets`, `query LogsRedaction { ${fields.join(' ')} }`, {}, identity);
    } catch (error) {
      const code = error instanceof GraphQLError ? error.extensions.code : undefined;
      throw new BackendError(
        'secrets',
        `Cannot read the secrets to redact from log lines: ${(error as Error).message}`,
        {
          retryable: code !== 'FORBIDDEN',
          cause: error,
        },
      );
    }
    return new Map(unique.map((id, i) => [id, data[`e${i}`] ?? null]));
  }

  return {
    async versions(ids) {
      const sets = await request(ids, 'version');
      return new Map([...sets].map(([id, set]) => [id, set?.version ?? null]));
    },
    async reveal(ids) {
      const sets = await request(ids, 'version variables(reveal: true) { key value secret }');
      const result = new Map<string, EnvironmentSecrets>();
      for (const [id, set] of sets) {
        const secrets = (set?.variables ?? []).filter((variable) => variable.secret);
        // A secret revealed without its value cannot be masked: fail rather than serve it unmasked.
        if (secrets.some((variable) => variable.value === null || variable.value === undefined)) {
          throw new BackendError(
            'secrets',
            `The secrets subgraph revealed ${id}'s secrets without their values`,
            {
              retryable: true,
            },
          );
        }
        result.set(id, {
          version: set?.version ?? null,
          values: secrets.map((variable) => variable.value as string),
        });
      }
      return result;
    },
  };
}
