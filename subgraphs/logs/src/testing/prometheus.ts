import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestService } from '@pave/subgraph-kit/testing';

/** The Prometheus binary the tests run: `PAVE_TEST_PROMETHEUS_BIN`, else `prometheus` on the PATH. */
export function prometheusTestService(): TestService {
  const bin = process.env.PAVE_TEST_PROMETHEUS_BIN || 'prometheus';
  return {
    name: 'Prometheus',
    url: bin,
    envVar: 'PAVE_TEST_PROMETHEUS_BIN (Debian: apt-get install prometheus)',
    async probe(path) {
      const result = spawnSync(path, ['--version'], { timeout: 10_000 });
      if (result.error || result.status !== 0)
        throw new Error(`cannot run ${path}: ${result.error?.message ?? result.status}`);
    },
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface RunningPrometheus {
  url: string;
  stop(): Promise<void>;
}

/** Starts a real Prometheus on a free port with `scrapeConfigs` (YAML list items) and waits until it is ready. */
export async function startPrometheus(bin: string, scrapeConfigs: string): Promise<RunningPrometheus> {
  const dir = await mkdtemp(join(tmpdir(), 'pave-prometheus-'));
  const config = join(dir, 'prometheus.yml');
  await writeFile(
    config,
    `global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nscrape_configs:\n${scrapeConfigs}`,
  );
  const port = await freePort();
  const child: ChildProcess = spawn(
    bin,
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`prometheus exited with ${child.exitCode}: ${stderr}`);
    }
    const ready = await fetch(`${url}/-/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { url, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`prometheus was not ready within 30 s: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
