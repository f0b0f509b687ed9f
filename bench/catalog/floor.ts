// `node bench/catalog/floor.ts`: what the cheapest request costs, layer by layer. The platform runs
// in its own process on the generated catalog (BENCH_SIZE, default 25,000; PostgreSQL at
// BENCH_POSTGRES_URL); this process asks the gateway and, with a signed identity, the catalog
// subgraph directly. See README.md.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { IdentitySigner, loadIdentityKey } from '@pave/subgraph-kit';
import { startChild } from './child.ts';
import { graphqlRequest, measureEach, type Probe } from './measure.ts';
import type { PaveServerInput } from './paveServer.ts';
import { withDatabase } from './postgres.ts';
import { catalogFiles } from './run.ts';

const size = Number(process.env.BENCH_SIZE ?? 25_000);
const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const options = { warmup: 100, samples: 300 };

const MISSING = 'query($ref: String!) { entity(ref: $ref) { ref } }';
const missing = (i: number) =>
  JSON.stringify({ query: MISSING, variables: { ref: `component:default/nope-${i}` } });

const catalogDir = await catalogFiles(size);
const workDir = await mkdtemp(join(os.tmpdir(), 'pave-bench-floor-'));
await withDatabase(adminUrl, 'pave_bench_floor', async (databaseUrl) => {
  const input: PaveServerInput = { workDir, catalogDir, databaseUrl };
  const server = await startChild<{ url: string; token: string; subgraphUrl: string }>(
    new URL('./paveServer.ts', import.meta.url),
    input,
    join(workDir, 'pave.log'),
    10 * 60_000,
  );
  try {
    const { url, token, subgraphUrl } = server.info;
    const signer = new IdentitySigner(await loadIdentityKey({ dataDir: join(workDir, '.pave') }));
    const subgraphHeaders = () => ({
      'content-type': 'application/json',
      'x-pave-identity': signer.sign({ subject: 'root', kind: 'root', groups: [], admin: true }),
    });
    const probes: Record<string, Probe> = {
      'GET /healthz (HTTP alone)': () => () =>
        fetch(url.replace(/\/graphql$/, '/healthz'))
          .then((r) => r.text())
          .then(() => {}),
      '{ __typename } (the gateway alone)': () => () =>
        graphqlRequest(url, token, '{ __typename }', {}).then(() => {}),
      'viewer (the gateway and its own subgraph)': () => () =>
        graphqlRequest(url, token, '{ viewer { subject } }', {}).then(() => {}),
      'missing entity, catalog subgraph directly': (i) => {
        const body = missing(i);
        return async () => {
          const response = await fetch(subgraphUrl, { method: 'POST', headers: subgraphHeaders(), body });
          const answer = (await response.json()) as { data?: { entity: unknown } };
          if (answer.data?.entity !== null) throw new Error(`subgraph: ${JSON.stringify(answer)}`);
        };
      },
      'missing entity, through the gateway': (i) => {
        const variables = { ref: `component:default/nope-${i}` };
        return () => graphqlRequest(url, token, MISSING, variables).then(() => {});
      },
    };
    console.log(
      `p50 / p95 in ms at ${size.toLocaleString('en')} entities, ${options.samples} requests each:\n`,
    );
    console.log('| request | p50 / p95 |\n| --- | --- |');
    await measureEach(probes, options, (label, latency) =>
      console.log(`| ${label} | ${latency.p50} / ${latency.p95} |`),
    );
  } finally {
    await server.stop();
  }
});
await rm(workDir, { recursive: true, force: true });
