import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describeWithPostgres } from '@pave/subgraph-kit/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretsSubgraph } from '../../subgraphs/secrets/src/index.ts';
import {
  checkWriterOutcomes,
  runConcurrentWriters,
} from '../../subgraphs/secrets/src/testing/concurrentWriters.ts';
import { startTestPlatform, type TestPlatform, withoutEnvironments } from './harness.ts';

const SET = `mutation($input: SetVariablesInput!) { setVariables(input: $input) { variableSet { version } } }`;
const READ = `query($id: ID!) { variableSet(environmentId: $id) { version variables(reveal: true) { key value } } }`;

async function fiftyWriters(platform: TestPlatform, id: string) {
  const outcomes = await runConcurrentWriters(
    {
      currentVersion: async () => (await platform.graphql(READ, { id })).data.variableSet.version,
      async set(expectedVersion, variables) {
        const { data, errors } = await platform.graphql(SET, {
          input: { environmentId: id, expectedVersion, variables },
        });
        if (errors) throw errors[0];
        return data.setVariables.variableSet.version;
      },
    },
    { clients: 50, attempts: 3 },
  );
  const { data } = await platform.graphql(READ, { id });
  const values = Object.fromEntries(
    data.variableSet.variables.map((v: { key: string; value: string }) => [v.key, v.value]),
  );
  expect(checkWriterOutcomes(outcomes, { version: data.variableSet.version, values }, 0)).toEqual([]);
  expect(outcomes.some((o) => o.code === 'CONFLICT')).toBe(true);
}

/** Files under `dir` whose bytes contain `needle`. */
async function filesContaining(dir: string, needle: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if ((await readFile(path)).includes(Buffer.from(needle))) found.push(path);
  }
  return found;
}

/**
 * Everything that could leak a value, done with a secret whose value is `marker`; returns every
 * response body so the caller can check where the value appeared.
 */
async function handleSecret(platform: TestPlatform, id: string, marker: string, outsider: string) {
  const bodies: string[] = [];
  const call = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await platform.graphql(query, variables, token);
    bodies.push(JSON.stringify(response));
    return response;
  };
  const set = await call(SET, {
    input: { environmentId: id, expectedVersion: 0, variables: [{ key: 'API_KEY', value: marker }] },
  });
  expect(set.errors).toBeUndefined();
  const stale = await call(SET, {
    input: { environmentId: id, expectedVersion: 0, variables: [{ key: 'API_KEY', value: `${marker}-2` }] },
  });
  expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  const huge = await call(SET, {
    input: {
      environmentId: id,
      expectedVersion: 1,
      variables: [{ key: 'API_KEY', value: marker.repeat(4000) }],
    },
  });
  expect(huge.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const badJson = await call(
    `mutation($input: ImportVariablesInput!) { importVariables(input: $input) { dryRun } }`,
    { input: { environmentId: id, expectedVersion: 1, format: 'JSON', content: `{"API_KEY": ${marker}}` } },
  );
  expect(badJson.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const forbidden = await call(READ, { id }, outsider);
  expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const history = await call(
    `query($id: ID!) { variableSet(environmentId: $id) { history { nodes { changes { key oldValue newValue } } } export(format: DOTENV) } }`,
    { id },
  );
  expect(history.errors).toBeUndefined();
  const revealed = await call(READ, { id });
  expect(revealed.data.variableSet.variables).toEqual([{ key: 'API_KEY', value: marker }]);
  // The one answer that may hold the value is the reveal an admin asked for.
  return bodies.slice(0, -1);
}

async function outsiderToken(platform: TestPlatform) {
  const { data } = await platform.graphql(
    'mutation { createServiceToken(input: { name: "outsider", groups: ["group:default/team-payments"] }) { token } }',
  );
  return data.createServiceToken.token as string;
}

describe('secrets reliability through the gateway (PGlite)', () => {
  let platform: TestPlatform;
  let running = false;
  const logLevel = process.env.PAVE_LOG_LEVEL;

  beforeAll(async () => {
    process.env.PAVE_LOG_LEVEL = 'debug';
    platform = await startTestPlatform({
      modules: (defaults) => [...withoutEnvironments(defaults), secretsSubgraph],
    });
    running = true;
  });
  afterAll(async () => {
    process.env.PAVE_LOG_LEVEL = logLevel;
    if (running) await platform?.stop();
  });

  it('50 clients changing one environment: every acknowledged write is there, every other got CONFLICT', async () => {
    await fiftyWriters(platform, 'component:default/hello-web/busy');
  });

  it('never lets a secret value reach a log line, an error, or the data directory files', async () => {
    const marker = `leak-check-${randomBytes(12).toString('hex')}`;
    const bodies = await handleSecret(
      platform,
      'component:default/hello-web/leaks',
      marker,
      await outsiderToken(platform),
    );
    expect(bodies.filter((body) => body.includes(marker))).toEqual([]);
    expect(platform.logLines.length).toBeGreaterThan(0);
    expect(platform.logLines.filter((line) => line.includes(marker))).toEqual([]);

    await platform.close();
    running = false;
    try {
      expect(await filesContaining(join(platform.dir, '.pave'), marker)).toEqual([]);
      expect(await filesContaining(join(platform.dir, '.pave'), 'API_KEY')).not.toEqual([]);
    } finally {
      await rm(platform.dir, { recursive: true, force: true });
    }
  });
});

describeWithPostgres('secrets reliability through the gateway', (databaseUrl) => {
  const schema = `pave_secrets_${randomBytes(4).toString('hex')}`;
  let platform: TestPlatform;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const url = new URL(databaseUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    // Processes sharing PostgreSQL must share the master key, so the pave adapter requires one.
    process.env.PAVE_MASTER_KEY = randomBytes(32).toString('base64');
    platform = await startTestPlatform({
      modules: (defaults) => [...withoutEnvironments(defaults), secretsSubgraph],
      env: { DATABASE_URL: url.toString() },
    });
  });
  afterAll(async () => {
    delete process.env.PAVE_MASTER_KEY;
    await platform?.stop();
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  });

  it('50 clients on PostgreSQL: every acknowledged write is there, every other got CONFLICT', async () => {
    await fiftyWriters(platform, 'component:default/hello-web/busy');
  });

  it('never lets a secret value into a dump of the database', async () => {
    const marker = `pg-leak-check-${randomBytes(12).toString('hex')}`;
    const bodies = await handleSecret(
      platform,
      'component:default/hello-web/leaks',
      marker,
      await outsiderToken(platform),
    );
    expect(bodies.filter((body) => body.includes(marker))).toEqual([]);
    expect(platform.logLines.filter((line) => line.includes(marker))).toEqual([]);
    const dump = execFileSync('pg_dump', ['--data-only', '--schema', schema, databaseUrl], {
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(dump.includes('API_KEY')).toBe(true);
    expect(dump.includes(marker)).toBe(false);
  });
});
