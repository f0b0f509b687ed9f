import { type ChildProcess, spawn } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * `pave-platform` as a user runs it (`pnpm start`), in its own process with the demo catalog, so
 * that the CLI's time includes a real gateway and subgraph answering over loopback.
 */
export async function startPlatform(
  dir: string,
): Promise<{ url: string; token: string; child: ChildProcess }> {
  await cp(join(repoRoot, 'examples'), join(dir, 'examples'), { recursive: true });
  await writeFile(
    join(dir, 'pave.yaml'),
    'subgraphs:\n  catalog:\n    adapter:\n      kind: files\n      paths: [examples/catalog/all.yaml]\n      watch: false\n',
  );
  const port = await freePort();
  const child = spawn(process.execPath, [join(repoRoot, 'gateway/src/bin/pave-platform.ts')], {
    cwd: dir,
    env: { ...process.env, PORT: String(port), PAVE_DATA_DIR: join(dir, '.pave'), PAVE_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Pave is running')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`pave-platform exited (${code}) before it was ready`)));
  });
  const token = (await readFile(join(dir, '.pave/root-token'), 'utf8')).trim();
  return { url, token, child };
}
