import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SecretsBackend } from '../../port.ts';
import { type AwsSecretsDouble, startAwsSecretsDouble } from '../../testing/awsDouble.ts';
import { checkWriterOutcomes, runConcurrentWriters } from '../../testing/concurrentWriters.ts';
import { createAwsBackend, versionToken } from './index.ts';

let counter = 0;
const newEnvironment = () => `component:default/aws-${counter++}/production`;
const nameOf = (id: string) => `pave/component/default/${id.split('/')[1]}/production`;

describe('the aws-secrets-manager backend (against a Secrets Manager double)', () => {
  let aws: AwsSecretsDouble;
  let backend: SecretsBackend;
  const clientFor = (maxAttempts = 3) =>
    new SecretsManagerClient({
      region: 'us-east-1',
      endpoint: aws.url,
      maxAttempts,
      credentials: { accessKeyId: 'AKIATEST', secretAccessKey: 'test-secret' },
    });

  beforeAll(async () => {
    aws = await startAwsSecretsDouble();
    backend = createAwsBackend(clientFor(), { prefix: 'pave', recoveryWindowInDays: 7 });
  });
  afterAll(() => aws?.close());

  const write = (
    environmentId: string,
    expectedVersion: number | undefined,
    set: Array<{ key: string; value: string; secret?: boolean }>,
  ) =>
    backend.write({
      environmentId,
      expectedVersion,
      set,
      unset: [],
      replace: false,
      actor: 'user:default/ada',
    });

  it('keeps each version of the set as a secret version, AWSCURRENT on the latest', async () => {
    const id = newEnvironment();
    expect((await backend.read([{ environmentId: id }]))[0]).toMatchObject({ version: 0, variables: [] });
    expect(
      await write(id, 0, [
        { key: 'DB', value: 'postgres://x', secret: false },
        { key: 'TOKEN', value: 't1' },
      ]),
    ).toEqual({
      version: 1,
      changedKeys: ['DB', 'TOKEN'],
    });
    expect(await write(id, 1, [{ key: 'TOKEN', value: 't2' }])).toEqual({
      version: 2,
      changedKeys: ['TOKEN'],
    });
    const secret = aws.secrets.get(nameOf(id));
    expect(secret?.versions.map((v) => [v.id, v.stages])).toEqual([
      [versionToken(id, 1), ['AWSPREVIOUS']],
      [versionToken(id, 2), ['AWSCURRENT']],
    ]);
    expect(JSON.parse(secret?.versions[1]?.secretString ?? '{}')).toMatchObject({
      DB: 'postgres://x',
      TOKEN: 't2',
    });

    const [v1, current] = await backend.read([{ environmentId: id, version: 1 }, { environmentId: id }]);
    expect(v1?.variables.map((v) => [v.key, v.value, v.secret, v.version])).toEqual([
      ['DB', 'postgres://x', false, 1],
      ['TOKEN', 't1', true, 1],
    ]);
    expect(current).toMatchObject({ version: 2, updatedBy: 'user:default/ada' });
    expect((await backend.read([{ environmentId: id, version: 3 }]))[0]).toBeNull();
  });

  it('pages through every version, beyond one page of ListSecretVersionIds', async () => {
    const id = newEnvironment();
    for (let version = 0; version < 105; version++)
      await write(id, version, [{ key: 'N', value: String(version) }]);
    const history = await backend.versions(id, { first: 3 });
    expect(history.total).toBe(100); // Secrets Manager drops unlabelled versions beyond 100
    expect(history.versions.map((v) => [v.version, v.createdBy])).toEqual([
      [105, 'user:default/ada'],
      [104, 'user:default/ada'],
      [103, 'user:default/ada'],
    ]);
    const before = aws.requests.filter((r) => r === 'ListSecretVersionIds').length;
    await backend.versions(id, { first: 1 });
    expect(aws.requests.filter((r) => r === 'ListSecretVersionIds').length - before).toBe(5);
    expect(
      (await backend.versions(id, { first: 2, beforeVersion: 10 })).versions.map((v) => v.version),
    ).toEqual([9, 8]);
    expect((await backend.read([{ environmentId: id, version: 3 }]))[0]).toBeNull();
  }, 60_000);

  it('lets only one writer claim each version: the others get CONFLICT', async () => {
    const id = newEnvironment();
    await write(id, 0, [{ key: 'A', value: '1' }]);
    await expect(write(id, 0, [{ key: 'A', value: '2' }])).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', currentVersion: 1 },
    });
    const outcomes = await runConcurrentWriters(
      {
        currentVersion: async () => (await backend.read([{ environmentId: id }]))[0]?.version ?? -1,
        set: async (expectedVersion, variables) => (await write(id, expectedVersion, variables)).version,
      },
      { clients: 20, attempts: 3 },
    );
    const [final] = await backend.read([{ environmentId: id }]);
    const values = Object.fromEntries(final?.variables.map((v) => [v.key, v.value as string]) ?? []);
    expect(checkWriterOutcomes(outcomes, { version: final?.version ?? -1, values }, 1)).toEqual([]);
  });

  it('schedules a deleted environment for deletion, after which it reads as empty', async () => {
    const id = newEnvironment();
    await write(id, 0, [{ key: 'A', value: '1' }]);
    await backend.deleteEnvironment(id);
    expect(aws.secrets.get(nameOf(id))?.deletionDate).toBeGreaterThan(Date.now() / 1000 + 6 * 86_400);
    expect((await backend.read([{ environmentId: id }]))[0]).toMatchObject({ version: 0, variables: [] });
    await expect(write(id, 0, [{ key: 'A', value: '2' }])).rejects.toMatchObject({
      extensions: { code: 'BACKEND_UNAVAILABLE', retryable: false },
    });
  });

  it('rides out brief throttling, and reports lasting throttling as retryable BACKEND_UNAVAILABLE', async () => {
    const id = newEnvironment();
    aws.throttle(1);
    expect((await backend.read([{ environmentId: id }]))[0]?.version).toBe(0);
    const impatient = createAwsBackend(clientFor(1), { prefix: 'pave', recoveryWindowInDays: 7 });
    aws.throttle(1);
    await expect(impatient.read([{ environmentId: id }])).rejects.toMatchObject({
      message: 'AWS Secrets Manager answered ThrottlingException: Rate exceeded',
      extensions: { code: 'BACKEND_UNAVAILABLE', adapter: 'aws-secrets-manager', retryable: true },
    });
    const big = 'x'.repeat(40_000);
    await write(id, 0, [{ key: 'A', value: big }]);
    await expect(write(id, 1, [{ key: 'B', value: big }])).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input' },
    });
  }, 30_000);
});
