/**
 * The `aws-secrets-manager` secrets adapter. One secret per environment; version N of the set is
 * the secret version whose ClientRequestToken is derived from (environment, N). Secrets Manager
 * refuses to reuse a token with other content, so two writers claiming version N+1 cannot both win:
 * that is the check-and-set. Each new version takes AWSCURRENT (the one before becomes AWSPREVIOUS).
 */
import { createHash } from 'node:crypto';
import {
  CreateSecretCommand,
  DeleteSecretCommand,
  GetSecretValueCommand,
  PutSecretValueCommand,
  paginateListSecretVersionIds,
  SecretsManagerClient,
  type SecretVersionsListEntry,
} from '@aws-sdk/client-secrets-manager';
import { backendUnavailable, badUserInput } from '@pave/subgraph-kit';
import { decodeSet, encodeSet, readMeta } from '../../model/bookkeeping.ts';
import { staleVersionError } from '../../model/conflict.ts';
import { applyPlan, planChanges } from '../../model/plan.ts';
import { secretPath } from '../../model/secretPath.ts';
import { emptySet } from '../../model/snapshot.ts';
import type {
  SecretsBackend,
  VariableSetSnapshot,
  VersionInfo,
  WriteRequest,
  WriteResult,
} from '../../port.ts';
import { type AwsOptions, awsOptionsSchema } from './config.ts';

export { awsOptionsSchema as optionsSchema };

const ATTEMPTS = 5;
const MAX_SECRET_BYTES = 65_536;

/** What the SDK's errors carry. */
interface AwsError {
  name: string;
  message: string;
  $metadata?: { httpStatusCode?: number };
}

export function createBackend(options: AwsOptions): SecretsBackend {
  const client = new SecretsManagerClient({
    region: options.region,
    endpoint: options.endpoint,
    maxAttempts: options.maxAttempts,
    ...(options.accessKeyId && options.secretAccessKey
      ? { credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey } }
      : {}),
  });
  return createAwsBackend(client, options);
}

/** The token of version N: 38 characters, the same on every replica. */
export function versionToken(environmentId: string, version: number): string {
  const hash = createHash('sha256').update(environmentId).digest('hex').slice(0, 24);
  return `pave-v${String(version).padStart(8, '0')}-${hash}`;
}

const versionOfToken = (token: string | undefined) =>
  Number(/^pave-v(\d{8})-/.exec(token ?? '')?.[1] ?? Number.NaN);

export function createAwsBackend(
  client: SecretsManagerClient,
  options: Pick<AwsOptions, 'prefix' | 'kmsKeyId' | 'recoveryWindowInDays'>,
): SecretsBackend {
  const nameOf = (environmentId: string) => secretPath(options.prefix, environmentId).replace(/%/g, '_');

  async function call<T>(work: () => Promise<T>, missing?: () => T): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const failure = error as AwsError;
      // A secret scheduled for deletion (its environment was deleted) reads as gone.
      const gone =
        failure.name === 'ResourceNotFoundException' ||
        (failure.name === 'InvalidRequestException' && /marked for deletion/.test(failure.message));
      if (missing && gone) return missing();
      if (failure.name === 'ResourceExistsException') throw new TokenTaken(failure.message);
      const status = failure.$metadata?.httpStatusCode ?? 0;
      const retryable =
        status === 0 || status >= 500 || /Throttling|TooManyRequests|InternalServiceError/.test(failure.name);
      throw backendUnavailable(`AWS Secrets Manager answered ${failure.name}: ${failure.message}`, {
        adapter: 'aws-secrets-manager',
        retryable,
      });
    }
  }

  async function readOne(environmentId: string, version?: number): Promise<VariableSetSnapshot | null> {
    if (version === 0) return emptySet(environmentId);
    const SecretId = nameOf(environmentId);
    const found = await call(
      () =>
        client.send(
          new GetSecretValueCommand(
            version === undefined
              ? { SecretId }
              : { SecretId, VersionId: versionToken(environmentId, version) },
          ),
        ),
      () => undefined,
    );
    if (!found) return version === undefined ? emptySet(environmentId) : null;
    const data = JSON.parse(found.SecretString ?? '{}') as Record<string, unknown>;
    return decodeSet(
      environmentId,
      data,
      {
        version: versionOfToken(found.VersionId),
        created_time: (found.CreatedDate ?? new Date(0)).toISOString(),
      },
      'aws',
    );
  }

  async function writeOnce(request: WriteRequest): Promise<WriteResult | 'lost'> {
    const { environmentId } = request;
    const current = (await readOne(environmentId)) ?? emptySet(environmentId);
    if (request.expectedVersion !== undefined && request.expectedVersion !== current.version) {
      throw staleVersionError(environmentId, request.expectedVersion, current.version);
    }
    const plan = planChanges(current.variables, request);
    if (plan.changedKeys.length === 0) return { version: current.version, changedKeys: [] };
    const version = current.version + 1;
    const SecretString = JSON.stringify(
      encodeSet(applyPlan(current.variables, plan), current.variables, {
        version,
        actor: request.actor,
        releaseId: request.releaseId,
        changedKeys: plan.changedKeys,
      }),
    );
    if (Buffer.byteLength(SecretString) > MAX_SECRET_BYTES) {
      throw badUserInput(
        `The variables of ${environmentId} would take more than the 64 KiB AWS Secrets Manager keeps per secret.`,
        {
          field: 'input',
          rule: 'at most 64 KiB of variables in all for environments kept in aws-secrets-manager',
        },
      );
    }
    const ClientRequestToken = versionToken(environmentId, version);
    const Name = nameOf(environmentId);
    try {
      await call(() =>
        current.version === 0
          ? client.send(
              new CreateSecretCommand({ Name, SecretString, ClientRequestToken, KmsKeyId: options.kmsKeyId }),
            )
          : client.send(new PutSecretValueCommand({ SecretId: Name, SecretString, ClientRequestToken })),
      );
    } catch (error) {
      if (!(error instanceof TokenTaken)) throw error;
      if (request.expectedVersion === undefined) return 'lost';
      const now = (await readOne(environmentId))?.version ?? version;
      throw staleVersionError(environmentId, request.expectedVersion, now);
    }
    return { version, changedKeys: plan.changedKeys };
  }

  return {
    kind: 'aws-secrets-manager',
    revealable: true,

    read: (refs) => Promise.all(refs.map((ref) => readOne(ref.environmentId, ref.version))),

    async write(request) {
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const result = await writeOnce(request);
        if (result !== 'lost') return result;
      }
      throw backendUnavailable(`The secret of ${request.environmentId} kept changing while writing.`, {
        adapter: 'aws-secrets-manager',
        retryable: true,
      });
    },

    async versions(environmentId, page) {
      const SecretId = nameOf(environmentId);
      const entries: SecretVersionsListEntry[] = [];
      await call(
        async () => {
          const pages = paginateListSecretVersionIds(
            { client, pageSize: 100 },
            { SecretId, IncludeDeprecated: true },
          );
          for await (const result of pages) entries.push(...(result.Versions ?? []));
        },
        () => undefined,
      );
      const all = entries
        .map((entry) => ({
          version: versionOfToken(entry.VersionId),
          createdAt: entry.CreatedDate ?? new Date(0),
        }))
        .filter((entry) => Number.isInteger(entry.version))
        .sort((a, b) => b.version - a.version);
      const wanted = all
        .filter((entry) => page.beforeVersion === undefined || entry.version < page.beforeVersion)
        .slice(0, page.first);
      const versions = await Promise.all(
        wanted.map(async (entry): Promise<VersionInfo> => {
          const found = await call(
            () =>
              client.send(
                new GetSecretValueCommand({
                  SecretId,
                  VersionId: versionToken(environmentId, entry.version),
                }),
              ),
            () => undefined,
          );
          const meta = readMeta(found?.SecretString ? JSON.parse(found.SecretString) : null);
          return { ...entry, createdBy: meta.by ?? 'aws', releaseId: meta.releaseId ?? null };
        }),
      );
      return { total: all.length, versions };
    },

    async deleteEnvironment(environmentId) {
      const SecretId = nameOf(environmentId);
      await call(
        () =>
          client.send(
            new DeleteSecretCommand(
              options.recoveryWindowInDays === 0
                ? { SecretId, ForceDeleteWithoutRecovery: true }
                : { SecretId, RecoveryWindowInDays: options.recoveryWindowInDays },
            ),
          ),
        () => undefined,
      );
    },

    close: async () => client.destroy(),
  };
}

class TokenTaken extends Error {}
