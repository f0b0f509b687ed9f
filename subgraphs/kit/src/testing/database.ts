import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { openPgliteStore } from '../store/pglite.ts';
import { openPostgresStore } from '../store/postgres.ts';
import type { Store } from '../store/types.ts';
import { describeIfReachable, isCI, type TestService } from './reachability.ts';

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** `PAVE_TEST_DATABASE_URL`, else the local default outside CI (CI must say where its database is). */
export function testDatabaseUrl(): string | undefined {
  return process.env.PAVE_TEST_DATABASE_URL || (isCI() ? undefined : DEFAULT_URL);
}

export function postgresTestService(): TestService {
  return {
    name: 'PostgreSQL',
    url: testDatabaseUrl(),
    envVar: 'PAVE_TEST_DATABASE_URL',
    async probe(url) {
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
      await client.connect();
      await client.end();
    },
  };
}

/** Registers `describe(title)` with the test database URL, following the CI rule of `describeIfReachable`. */
export function describeWithPostgres(title: string, body: (url: string) => void): void {
  describe(title, () => describeIfReachable('postgres', postgresTestService(), body));
}

/**
 * Registers the same suite once per store kind: `pglite` (in memory) and `postgres` (a fresh schema,
 * dropped afterwards). The store is opened in `beforeAll` and shared by the suite's tests.
 */
export function describeEachStore(title: string, body: (getStore: () => Store) => void): void {
  describe(title, async () => {
    describe('pglite', () => {
      const getStore = storeFixture(() => openPgliteStore(undefined));
      body(getStore);
    });
    await describeIfReachable('postgres', postgresTestService(), (url) => {
      const schema = `pave_test_${randomBytes(6).toString('hex')}`;
      const getStore = storeFixture(
        () => openPostgresStore(url, { schema, max: 4 }),
        () => dropSchema(url, schema),
      );
      body(getStore);
    });
  });
}

function storeFixture(open: () => Promise<Store>, cleanUp?: () => Promise<void>): () => Store {
  let store: Store | undefined;
  beforeAll(async () => {
    store = await open();
  });
  afterAll(async () => {
    await store?.close();
    await cleanUp?.();
  });
  return () => {
    if (!store)
      throw new Error('getStore() is only available inside tests and hooks, once the store is open');
    return store;
  };
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
