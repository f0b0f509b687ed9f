/**
 * A child process for the crash test: it writes the same 1000 keys again and again, each batch in
 * one write, so the test can kill it in the middle of one. Prints `begin N` before and
 * `committed N V` after each batch (V the version made).
 *
 * Usage: node crashWriter.ts <pglite data dir | postgres url> <environment id> [postgres schema]
 * The master key comes from PAVE_MASTER_KEY.
 */
import { migrate, openPgliteStore, openPostgresStore } from '@pave/subgraph-kit';
import { createPaveBackend } from '../adapters/pave/index.ts';
import { Keyring } from '../adapters/pave/keyring.ts';
import { secretsMigrations } from '../store/migrations.ts';

export const CRASH_KEYS = 1000;
export const crashValue = (batch: number, key: number) => `batch-${batch}-key-${key}-${'x'.repeat(200)}`;

async function main() {
  const [where, environmentId, schema] = process.argv.slice(2) as [string, string, string | undefined];
  const store = where.startsWith('postgres')
    ? await openPostgresStore(where, { schema, max: 2 })
    : await openPgliteStore(where);
  await migrate(store, 'secrets', secretsMigrations);
  const keyring = await Keyring.load({
    options: { kind: 'pave' },
    env: process.env,
    dataDir: '/nonexistent',
    path: 'crash',
  });
  const backend = createPaveBackend(store, keyring);
  for (let batch = 1; ; batch++) {
    process.stdout.write(`begin ${batch}\n`);
    const set = Array.from({ length: CRASH_KEYS }, (_, key) => ({
      key: `KEY_${key}`,
      value: crashValue(batch, key),
    }));
    const { version } = await backend.write({
      environmentId,
      set,
      unset: [],
      replace: false,
      actor: 'crash',
    });
    process.stdout.write(`committed ${batch} ${version}\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
