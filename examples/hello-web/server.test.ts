import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const SERVER = path.join(import.meta.dirname, 'server.js');

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
}

const running: ChildProcess[] = [];

/** Starts server.js on a free port (PORT=0) and waits for its "listening on port N" line. */
async function start(env: Record<string, string> = {}): Promise<Running> {
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, GREETING: '', PAVE_RELEASE: '', ...env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  child.stdout?.setEncoding('utf8');
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    output += chunk;
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (chunk: string) => {
      output += chunk;
      const match = /listening on port (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`server.js exited with ${code}: ${output}`)));
  });
  return { child, url: `http://127.0.0.1:${port}`, output: () => output };
}

afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

describe('hello-web', () => {
  it('greets with the default greeting and answers /healthz', async () => {
    const { url } = await start();

    const home = await fetch(`${url}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toContain('text/html');
    const html = await home.text();
    expect(html).toContain('Hello from Pave');
    expect(html).not.toContain('Release');

    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.text()).toBe('ok');

    expect((await fetch(`${url}/nope`)).status).toBe(404);
  });

  it('shows GREETING (escaped) and PAVE_RELEASE, and logs one line per request', async () => {
    const { url, output } = await start({ GREETING: 'Bonjour <Acme>', PAVE_RELEASE: 'v42' });

    const html = await (await fetch(`${url}/`)).text();
    expect(html).toContain('Bonjour &lt;Acme&gt;');
    expect(html).toContain('v42');
    await fetch(`${url}/healthz`);

    await expect.poll(() => output()).toMatch(/GET \/healthz 200/);
    expect(output()).toMatch(/GET \/ 200/);
  });

  it('exits cleanly on SIGTERM', async () => {
    const { child, output } = await start();
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
    expect(output()).toContain('closed');
  });
});
