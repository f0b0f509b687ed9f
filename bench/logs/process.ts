import { fork } from 'node:child_process';

/** The platform process (platform.ts) and the requests the benchmark makes of it over IPC. */
export async function startPlatformProcess(profileDir?: string) {
  const child = fork(new URL('./platform.ts', import.meta.url), {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // A CPU profile of the platform process, written when it exits.
    execArgv: ['--expose-gc', ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
  });
  const waiting = new Map<string, Array<(message: Record<string, unknown>) => void>>();
  const next = (kind: string) =>
    new Promise<Record<string, unknown>>((resolve) =>
      waiting.set(kind, [...(waiting.get(kind) ?? []), resolve]),
    );
  child.on('message', (message: Record<string, unknown>) =>
    waiting.get(String(message.kind))?.shift()?.(message),
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  void exited.then((code) => {
    if (code !== 0 && waiting.size > 0) {
      process.stderr.write(`the platform process exited with ${code}\n`);
      process.exit(1);
    }
  });
  const { url, token } = (await next('ready')) as { url: string; token: string };
  return {
    url,
    token,
    async publish(count: number, rate: number, bytes?: number) {
      const answer = next('published');
      child.send({ kind: 'publish', count, rate, bytes });
      return (await answer) as { seconds: number };
    },
    async memory() {
      const answer = next('memory');
      child.send({ kind: 'memory' });
      return (await answer) as unknown as NodeJS.MemoryUsage;
    },
    async stop() {
      waiting.clear();
      child.disconnect();
      await exited;
    },
  };
}
