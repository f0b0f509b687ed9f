// `node bench/catalog/run.ts`: the catalog at 200,000 entities through the Pave gateway, on PGlite
// and PostgreSQL, and Backstage's catalog backend on the same data. See README.md.
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { type BackstageResult, runBackstage } from './backstage.ts';
import { type Child, memoryMiB, startChild } from './child.ts';
import { writeCatalogFiles } from './files.ts';
import { graphqlRequest, type Latency, measureEach, type Probe } from './measure.ts';
import type { RefreshInput } from './paveRefresh.ts';
import type { PaveServerInput } from './paveServer.ts';
import { withDatabase } from './postgres.ts';
import { renderReport } from './report.ts';
import { parametersFor, paveQueries, SCENARIOS, type Scenario } from './scenarios.ts';

const settings = {
  size: Number(process.env.BENCH_SIZE ?? 200_000),
  stores: (process.env.BENCH_STORES ?? 'postgres,pglite').split(',').filter(Boolean),
  samples: Number(process.env.BENCH_SAMPLES ?? 200),
  warmup: Number(process.env.BENCH_WARMUP ?? 20),
  postgresUrl: process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  /**
   * Sizes tried with Backstage's catalog backend, smallest first, until one does not finish in time;
   * the largest that finished is compared with Pave on equal data. Empty skips Backstage.
   */
  backstageSizes: (process.env.BENCH_BACKSTAGE_SIZES ?? '10000,25000,50000')
    .split(',')
    .filter(Boolean)
    .map(Number),
  backstageDeadlineMinutes: Number(process.env.BENCH_BACKSTAGE_MINUTES ?? 10),
  out: process.env.BENCH_OUT ?? join(import.meta.dirname, 'results'),
};

export interface PaveResult {
  store: string;
  size: number;
  ingestMs: number;
  memoryMiB: { rss: number; peak: number };
  latency: Record<Scenario, Latency>;
  refresh: unknown;
  loadAverage: number[];
}

/** The generated catalog for `size`, written once and kept under the OS temp directory. */
export async function catalogFiles(size: number): Promise<string> {
  const dir = join(os.tmpdir(), `pave-bench-catalog-${size}`);
  const done = join(dir, '.complete');
  if (await stat(done).catch(() => undefined)) return dir;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const started = performance.now();
  const files = await writeCatalogFiles(dir, size);
  console.error(`wrote ${size} entities in ${files} files in ${Math.round(performance.now() - started)} ms`);
  await writeFile(done, '');
  return dir;
}

function measurePave(child: Child<{ url: string; token: string }>, size: number) {
  const probe =
    (scenario: Scenario): Probe =>
    (i) => {
      const { query, variables } = paveQueries[scenario];
      const values = variables(parametersFor(size, i));
      return () => graphqlRequest(child.info.url, child.info.token, query, values).then(() => {});
    };
  return measureEach(
    Object.fromEntries(SCENARIOS.map((scenario) => [scenario, probe(scenario)])) as Record<Scenario, Probe>,
    { warmup: settings.warmup, samples: settings.samples },
  );
}

export async function runPave(store: string, size: number, catalogDir: string): Promise<PaveResult> {
  const workDir = await mkdtemp(join(os.tmpdir(), `pave-bench-${store}-`));
  const log = join(workDir, 'pave.log');
  const run = async (databaseUrl?: string): Promise<PaveResult> => {
    const input: PaveServerInput = { workDir, catalogDir, databaseUrl };
    console.error(`pave on ${store}: ingesting ${size} entities…`);
    const server = await startChild<{ url: string; token: string; ingestMs: number }>(
      new URL('./paveServer.ts', import.meta.url),
      input,
      log,
      30 * 60_000,
    );
    let result: Omit<PaveResult, 'refresh'>;
    try {
      const afterIngest = memoryMiB(server.pid);
      console.error(
        `  ingested in ${Math.round(server.info.ingestMs)} ms, rss ${afterIngest.rss} MiB, peak ${afterIngest.peak} MiB`,
      );
      const latency = await measurePave(server, size);
      result = {
        store,
        size,
        ingestMs: Math.round(server.info.ingestMs),
        memoryMiB: memoryMiB(server.pid),
        latency,
        loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
      };
    } finally {
      await server.stop();
    }
    const refreshInput: RefreshInput = { workDir, catalogDir, databaseUrl };
    const refresh = await startChild<{ unchanged: unknown; changed: unknown }>(
      new URL('./paveRefresh.ts', import.meta.url),
      refreshInput,
      log,
      30 * 60_000,
    );
    await refresh.stop();
    console.error(`  refresh: ${JSON.stringify(refresh.info)}`);
    return { ...result, refresh: { unchanged: refresh.info.unchanged, changed: refresh.info.changed } };
  };
  try {
    if (store === 'postgres') return await withDatabase(settings.postgresUrl, 'pave_bench_catalog', run);
    return await run();
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const started = new Date();
  const loadBefore = os.loadavg();
  const catalogDir = await catalogFiles(settings.size);
  const pave: PaveResult[] = [];
  for (const store of settings.stores) pave.push(await runPave(store, settings.size, catalogDir));

  let backstage: { backstage: BackstageResult; pave?: PaveResult; attempts: BackstageResult[] } | undefined;
  if (settings.backstageSizes.length > 0) {
    const attempts: BackstageResult[] = [];
    for (const size of settings.backstageSizes) {
      const logDir = await mkdtemp(join(os.tmpdir(), 'pave-bench-backstage-'));
      const result = await runBackstage(size, {
        adminUrl: settings.postgresUrl,
        deadlineMs: settings.backstageDeadlineMinutes * 60_000,
        samples: settings.samples,
        warmup: settings.warmup,
        logDir,
      });
      attempts.push(result);
      if (!result.done) break;
    }
    const largest = attempts.filter((a) => a.done).at(-1);
    backstage = { backstage: largest ?? (attempts.at(-1) as BackstageResult), attempts };
    if (largest) backstage.pave = await runPave('postgres', largest.size, await catalogFiles(largest.size));
  }

  const report = {
    started: started.toISOString(),
    finished: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    },
    loadAverage: { before: loadBefore, after: os.loadavg() },
    settings,
    pave,
    backstage,
  };
  await mkdir(settings.out, { recursive: true });
  const file = join(settings.out, `catalog-${started.toISOString().slice(0, 16).replace(':', '')}.json`);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(renderReport(report));
  console.error(`results in ${file}`);
}
