// The platform under test, in a process of its own so its memory is measured alone: the embedded
// gateway with the logs subgraph (local adapter, memory bus, PGlite), a stand-in environments
// subgraph whose bus stands for the local runtime, and a stand-in secrets subgraph with one secret.
// The parent drives it over IPC: `publish` lines at a rate, report `memory`.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type AnySubgraphModule,
  createLogger,
  loadConfig,
  type RuntimeLogLine,
  TOPICS,
} from '@pave/subgraph-kit';
import { defaultModules, startPlatform } from '../../gateway/src/platform.ts';
import { logsSubgraph } from '../../subgraphs/logs/src/index.ts';
import {
  createEnvironmentsStub,
  createFakeSecretsSubgraph,
} from '../../subgraphs/logs/src/testing/peerSubgraphs.ts';

export const ENVIRONMENT = 'component:default/hello-web/dev';
export const SECRET = 'bench-secret-value-0123';

const dir = await mkdtemp(join(tmpdir(), 'pave-bench-logs-'));
const catalog = new URL('../../examples/catalog/all.yaml', import.meta.url).pathname;
// The gateway's upstream timeout also ends subscriptions (see README.md): an hour, for runs longer than 10 s.
await writeFile(
  join(dir, 'pave.yaml'),
  `gateway:\n  limits: { upstreamTimeoutMs: 3600000 }\n` +
    `subgraphs:\n  catalog:\n    adapter: { kind: files, paths: [${catalog}], watch: false }\n`,
);
const config = await loadConfig({ cwd: dir, env: { PAVE_DATA_DIR: join(dir, '.pave') } });
const environments = createEnvironmentsStub();
const secrets = createFakeSecretsSubgraph();
const replaced = new Set(['logs', 'secrets', 'environments']);
const modules: AnySubgraphModule[] = [
  ...(await defaultModules()).filter((module) => !replaced.has(module.name)),
  environments.module,
  secrets.module,
  logsSubgraph,
];
const platform = await startPlatform({ config, modules, port: 0, log: createLogger({ level: 'warn' }) });
await secrets.set(ENVIRONMENT, { DATABASE_PASSWORD: SECRET });

/**
 * Publishes `count` lines at `rate` per second (0: as fast as the bus takes them), each stamped
 * with its time and padded to `bytes` characters.
 */
async function publish(count: number, rate: number, bytes = 0): Promise<{ seconds: number }> {
  const padding = ' '.repeat(Math.max(0, bytes - 60));
  const started = performance.now();
  const bus = environments.bus;
  for (let i = 0; i < count; i++) {
    if (rate > 0) {
      const due = started + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    } else if (i % 500 === 0) {
      await new Promise((resolve) => setImmediate(resolve)); // let the pipeline run meanwhile
    }
    const sent = performance.timeOrigin + performance.now();
    const line: RuntimeLogLine = {
      environmentId: ENVIRONMENT,
      source: 'process',
      stream: 'stdout',
      level: 'info',
      time: new Date().toISOString(),
      line: `${sent.toFixed(3)} GET /items/${i} 200 password=${SECRET}${padding}`,
    };
    void bus.publish(TOPICS.runtimeLog, line);
  }
  return { seconds: (performance.now() - started) / 1000 };
}

process.on('message', async (message: { kind: string; count?: number; rate?: number; bytes?: number }) => {
  if (message.kind === 'memory') {
    globalThis.gc?.(); // what is still held, not what is waiting for a collection
    process.send?.({ kind: 'memory', ...process.memoryUsage() });
  }
  if (message.kind === 'publish') {
    const result = await publish(message.count ?? 0, message.rate ?? 0, message.bytes);
    process.send?.({ kind: 'published', ...result });
  }
});
process.on('disconnect', async () => {
  await platform.close();
  await rm(dir, { recursive: true, force: true });
  process.exit(0);
});
process.send?.({ kind: 'ready', url: platform.url, token: platform.rootToken });
