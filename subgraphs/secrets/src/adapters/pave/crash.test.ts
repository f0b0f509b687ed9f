import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPgliteStore, openPostgresStore, type Store } from '@pave/subgraph-kit';
import { describeWithPostgres } from '@pave/subgraph-kit/testing';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { CRASH_KEYS, crashValue } from '../../testing/crashWriter.ts';
import { createPaveBackend } from './index.ts';
import { Keyring } from './keyring.ts';

const script = new URL('../../testing/crashWriter.ts', import.meta.url).pathname;
const masterKey = randomBytes(32).toString('base64');
const environmentId = 'component:default/crashy/dev';

/**
 * Runs the writer until it has committed a few batches, then kills it (SIGKILL, no clean-up) a
 * moment after it began the next one. Resolves with the last batch it reported committed.
 */
async function writeThenKill(args: string[]): Promise<number> {
  const child = spawn(process.execPath, [script, ...args], {
    env: { ...process.env, PAVE_MASTER_KEY: masterKey },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let lastCommitted = 0;
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`writer too slow; output:\n${output}`)), 60_000);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      for (const match of output.matchAll(/committed (\d+)/g)) lastCommitted = Number(match[1]);
      const begun = [...output.matchAll(/begin (\d+)/g)].map((m) => Number(m[1]));
      if ((begun.at(-1) ?? 0) >= 4 && !child.killed) {
        clearTimeout(timer);
        // Into the batch (one takes ~70 ms here): encrypting or inside its transaction.
        setTimeout(
          () => {
            child.kill('SIGKILL');
            resolve();
          },
          5 + Math.floor(Math.random() * 40),
        );
      }
    });
    void exited.then(() => reject(new Error(`writer exited by itself:\n${output}`)));
  }).catch((error) => {
    if (!child.killed) throw error;
  });
  await exited;
  return lastCommitted;
}

async function expectOldOrNew(store: Store, lastCommitted: number) {
  const keyring = await Keyring.load({
    options: { kind: 'pave', masterKey },
    env: {},
    dataDir: '/nonexistent',
    path: 't',
  });
  const [set] = await createPaveBackend(store, keyring).read([{ environmentId }]);
  expect(set).not.toBeNull();
  // Batch N made version N: the set is the last acknowledged batch or the one being written.
  expect([lastCommitted, lastCommitted + 1]).toContain(set?.version);
  const batch = set?.version as number;
  expect(set?.variables).toHaveLength(CRASH_KEYS);
  const mixed = set?.variables.filter((v) => v.value !== crashValue(batch, Number(v.key.slice(4)))) ?? [];
  expect(mixed.map((v) => v.key)).toEqual([]);
}

describe('killing the process in the middle of a batch write', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('leaves a PGlite data directory at the old or the new version, never a mix', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pave-crash-'));
    dirs.push(dir);
    const lastCommitted = await writeThenKill([dir, environmentId]);
    expect(lastCommitted).toBeGreaterThanOrEqual(3);
    const store = await openPgliteStore(dir);
    try {
      await expectOldOrNew(store, lastCommitted);
    } finally {
      await store.close();
    }
  }, 90_000);
});

describeWithPostgres('killing the process in the middle of a batch write', (url) => {
  const schema = `pave_crash_${randomBytes(4).toString('hex')}`;
  afterAll(async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  });

  it('leaves PostgreSQL at the old or the new version, never a mix', async () => {
    const lastCommitted = await writeThenKill([url, environmentId, schema]);
    expect(lastCommitted).toBeGreaterThanOrEqual(3);
    const store = await openPostgresStore(url, { schema });
    try {
      await expectOldOrNew(store, lastCommitted);
    } finally {
      await store.close();
    }
  }, 90_000);
});
