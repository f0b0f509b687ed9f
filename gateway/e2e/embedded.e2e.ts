import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, query, runPave } from './processes.ts';

const repoRoot = new URL('../../', import.meta.url).pathname;
const COMPONENTS = '{ entities(filter: { kind: "component" }) { totalCount nodes { ref } } }';

describe('the embedded platform as a user runs it (pnpm start)', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pave-start-'));
    await cp(join(repoRoot, 'examples'), join(dir, 'examples'), { recursive: true });
    await cp(join(repoRoot, 'pave.yaml'), join(dir, 'pave.yaml'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('starts, prints the root token once, serves the demo, stops on Ctrl-C and restarts on the same data', async () => {
    const port = await freePort();
    const first = runPave('pave-platform', [], { cwd: dir, env: { PORT: String(port) } });
    const [, token] = await first.waitFor(/Root token\s+(pave_root_\S+)/);
    await first.waitFor(/Press Ctrl-C to stop/);
    expect((await stat(join(dir, '.pave/root-token'))).mode & 0o777).toBe(0o600);
    expect((await readFile(join(dir, '.pave/root-token'), 'utf8')).trim()).toBe(token);

    const answer = await query(`http://127.0.0.1:${port}`, token as string, COMPONENTS);
    expect(answer.status).toBe(200);
    expect(answer.body.data.entities.nodes.map((n: { ref: string }) => n.ref)).toContain(
      'component:default/hello-web',
    );
    expect(await first.stop('SIGINT')).toBe(0);

    const second = runPave('pave-platform', [], { cwd: dir, env: { PORT: String(port) } });
    await second.waitFor(/Press Ctrl-C to stop/);
    expect(second.output()).not.toContain(token);
    expect(second.output()).toMatch(/Root token\s+in \.pave\/root-token/);
    const again = await query(`http://127.0.0.1:${port}`, token as string, COMPONENTS);
    expect(again.body.data.entities.totalCount).toBe(answer.body.data.entities.totalCount);
    expect(await second.stop('SIGTERM')).toBe(0);
  });

  it('refuses an invalid pave.yaml with one clear message naming the path, the value and what was expected', async () => {
    const bad = join(dir, 'bad.yaml');
    await writeFile(bad, 'gateway:\n  port: lots\nsubgraphs:\n  catalg: {}\n');
    const run = runPave('pave-platform', ['--config', bad], { cwd: dir });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('gateway.port: got "lots", expected an integer from 1 to 65535');
    expect(run.output()).toContain(
      'subgraphs.catalg: unknown key, expected one of catalog, environments, secrets, releases, logs',
    );
    expect(run.output()).not.toMatch(/\n\s+at /); // no stack trace
  });
});
