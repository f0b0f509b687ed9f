import { randomBytes } from 'node:crypto';
import { migrate } from '@pave/subgraph-kit';
import { describeEachStore } from '@pave/subgraph-kit/testing';
import { beforeAll, expect, it } from 'vitest';
import { secretsMigrations } from '../../store/migrations.ts';
import { checkWriterOutcomes, runConcurrentWriters } from '../../testing/concurrentWriters.ts';
import { createPaveBackend } from './index.ts';
import { Keyring } from './keyring.ts';

describeEachStore('the pave backend under 50 concurrent writers', (getStore) => {
  beforeAll(async () => {
    await migrate(getStore(), 'secrets', secretsMigrations);
  });

  it('keeps every acknowledged write and rejects the others with CONFLICT only', async () => {
    const keyring = await Keyring.load({
      options: { kind: 'pave', masterKey: randomBytes(32).toString('hex') },
      env: {},
      dataDir: '/nonexistent',
      path: 'test',
    });
    const backend = createPaveBackend(getStore(), keyring);
    const environmentId = `component:default/busy-${randomBytes(3).toString('hex')}/dev`;
    const outcomes = await runConcurrentWriters(
      {
        currentVersion: async () => (await backend.read([{ environmentId }]))[0]?.version ?? -1,
        set: async (expectedVersion, variables) =>
          (
            await backend.write({
              environmentId,
              expectedVersion,
              set: variables,
              unset: [],
              replace: false,
              actor: 'x',
            })
          ).version,
      },
      { clients: 50, attempts: 3 },
    );
    const [final] = await backend.read([{ environmentId }]);
    const values = Object.fromEntries(final?.variables.map((v) => [v.key, v.value as string]) ?? []);
    expect(checkWriterOutcomes(outcomes, { version: final?.version ?? -1, values }, 0)).toEqual([]);
    // The scenario must really contend: some writers lose a race, some win after retrying.
    expect(outcomes.filter((o) => o.code === 'CONFLICT').length).toBeGreaterThan(0);
    expect(outcomes.filter((o) => o.version !== undefined).length).toBeGreaterThan(1);
  });
});
