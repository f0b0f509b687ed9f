import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWithNats, describeWithPostgres } from '@pave/subgraph-kit/testing';
import { createClient } from 'graphql-sse';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freePort, type PaveProcess, query, runPave } from './processes.ts';

const repoRoot = new URL('../../', import.meta.url).pathname;

/**
 * Distributed mode: the catalog subgraph and the gateway as separate processes, sharing state in
 * PostgreSQL and events over NATS, the gateway serving the committed supergraph file.
 */
describeWithPostgres('distributed deployment', (databaseUrl) => {
  describeWithNats('over NATS', (natsUrl) => {
    const schema = `pave_dist_${randomBytes(4).toString('hex')}`;
    let dir: string;
    let subgraph: PaveProcess;
    let gateway: PaveProcess;
    let gatewayUrl: string;
    let token: string;

    beforeAll(async () => {
      const admin = new pg.Client({ connectionString: databaseUrl });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      await admin.end();

      dir = await mkdtemp(join(tmpdir(), 'pave-dist-'));
      await cp(join(repoRoot, 'examples'), join(dir, 'examples'), { recursive: true });
      const [catalogPort, gatewayPort] = [await freePort(), await freePort()];
      await writeFile(
        join(dir, 'pave.yaml'),
        [
          'subgraphs:',
          '  catalog:',
          `    port: ${catalogPort}`,
          `    url: http://127.0.0.1:${catalogPort}/graphql`,
          '    adapter: { kind: files, paths: [examples/catalog/all.yaml] }',
        ].join('\n'),
      );
      const url = new URL(databaseUrl);
      url.searchParams.set('options', `-c search_path=${schema}`);
      const env = {
        DATABASE_URL: url.toString(),
        PAVE_EVENTS: 'nats',
        NATS_URL: natsUrl,
        PAVE_IDENTITY_KEY: randomBytes(32).toString('hex'),
        PAVE_DATA_DIR: join(dir, '.pave'),
      };
      subgraph = runPave('pave-subgraph', ['catalog'], { cwd: dir, env: { ...env, PAVE_LOG_LEVEL: 'info' } });
      await subgraph.waitFor(/subgraph listening/);
      gateway = runPave('pave-gateway', ['--supergraph', join(repoRoot, 'schema/supergraph.graphql')], {
        cwd: dir,
        env: { ...env, PORT: String(gatewayPort), PAVE_LOG_LEVEL: 'info' },
      });
      await gateway.waitFor(/gateway listening/);
      gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
      token = (await readFile(join(dir, '.pave/root-token'), 'utf8')).trim();
    });

    afterAll(async () => {
      await gateway?.stop();
      await subgraph?.stop();
      await rm(dir, { recursive: true, force: true });
      const admin = new pg.Client({ connectionString: databaseUrl });
      await admin.connect();
      await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.end();
    });

    it('serves the catalog through a gateway running from the supergraph file', async () => {
      const { status, body } = await query(
        gatewayUrl,
        token,
        '{ entity(ref: "hello-web") { ref ... on Component { owner { ref } } } }',
      );
      expect(status).toBe(200);
      expect(body.data.entity).toEqual({
        ref: 'component:default/hello-web',
        owner: { ref: 'group:default/team-storefront' },
      });
    });

    it('keeps the state in PostgreSQL, not in the processes', async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      const { rows } = await client.query(`select count(*)::int as n from ${schema}.catalog_entities`);
      await client.end();
      const { body } = await query(gatewayUrl, token, '{ entities(first: 1) { totalCount } }');
      expect(body.data.entities.totalCount).toBe(rows[0].n);
    });

    it('delivers subscription events published over NATS', async () => {
      const client = createClient({
        url: `${gatewayUrl}/graphql`,
        headers: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
      });
      const events = client.iterate({ query: 'subscription { catalogChanged { changed } }' });
      const next = events.next();
      await new Promise((resolve) => setTimeout(resolve, 500));
      const file = join(dir, 'examples/hello-web/catalog-info.yaml');
      await writeFile(
        file,
        (await readFile(file, 'utf8')).replace(/description: .*/, 'description: Changed in distributed mode'),
      );
      const { value } = await next;
      await events.return?.();
      client.dispose();
      expect((value as any).data.catalogChanged.changed).toContain('component:default/hello-web');
    });
  });
});
