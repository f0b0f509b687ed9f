/**
 * Child process: the Pave platform with only the catalog, on PGlite (a data directory) or
 * PostgreSQL (`databaseUrl`), serving the generated catalog with the files adapter. Reports how long
 * it took from start to serving: reading every file, ingesting, indexing.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { catalogSubgraph } from '@pave/catalog';
import { createLogger, loadConfig } from '@pave/subgraph-kit';
import { startPlatform } from '../../gateway/src/platform.ts';
import { childInput, reportReady } from './child.ts';

export interface PaveServerInput {
  workDir: string;
  catalogDir: string;
  databaseUrl?: string;
}

const input = childInput<PaveServerInput>();
await writeFile(
  join(input.workDir, 'pave.yaml'),
  [
    'mode: production',
    'gateway:',
    '  limits:',
    // 1,000 refs with a nested owner is beyond the default demand-control estimate of 5,000.
    '    cost: 100000',
    'subgraphs:',
    '  catalog:',
    `    adapter: { kind: files, paths: [${JSON.stringify(input.catalogDir)}], watch: false }`,
    '',
  ].join('\n'),
);
const env: Record<string, string> = { PAVE_DATA_DIR: join(input.workDir, '.pave') };
if (input.databaseUrl) env.DATABASE_URL = input.databaseUrl;
const config = await loadConfig({ cwd: input.workDir, env });
const log = createLogger({ level: 'warn', write: (line) => process.stdout.write(`${line}\n`) });

const started = performance.now();
const platform = await startPlatform({ config, log, port: 0, modules: [catalogSubgraph] });
const ingestMs = performance.now() - started;
reportReady(
  {
    url: `${platform.url}/graphql`,
    token: platform.rootToken,
    ingestMs,
    subgraphUrl: platform.capabilities[0]?.server.url,
  },
  () => platform.close(),
);
