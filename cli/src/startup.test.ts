import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, runPave, TRACE_IMPORTS } from '../test/runPave.ts';

const UI_PACKAGES =
  /\/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(ink|react|react-reconciler|yoga-layout|chalk)\//;

/** Plain and --json output must not pay for loading Ink: these runs record every module they load. */
describe('start-up cost', () => {
  let dir: string;
  const loadedBy = async (args: string[], extra: Record<string, string> = {}) => {
    const trace = join(dir, `trace-${args.join('-').replace(/\W+/g, '_')}.txt`);
    const run = await runPave(args, {
      cwd: dir,
      env: cleanEnv({ HOME: dir, PAVE_TRACE_IMPORTS: trace, PAVE_URL: 'http://127.0.0.1:1', ...extra }),
      nodeArgs: ['--import', TRACE_IMPORTS],
    });
    const modules = [...new Set((await readFile(trace, 'utf8').catch(() => '')).split('\n').filter(Boolean))];
    return { run, modules };
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pave-cli-startup-'));
    await writeFile(join(dir, 'catalog-info.yaml'), 'kind: Component\nmetadata:\n  name: shop\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('pave --version loads none of Ink, React, urql or YAML, and only a few modules of its own', async () => {
    const { run, modules } = await loadedBy(['--version']);
    expect(run.code).toBe(0);
    expect(modules.some((url) => url.includes('/cli/src/main.ts'))).toBe(true);
    expect(modules.filter((url) => UI_PACKAGES.test(url) || /@urql|\/yaml\/|graphql-sse/.test(url))).toEqual(
      [],
    );
    expect(modules.filter((url) => url.includes('/cli/src/')).length).toBeLessThanOrEqual(8);
  });

  it('plain and --json commands never load Ink or React', async () => {
    for (const args of [
      ['info', '--json'],
      ['info'],
      ['search', 'orders'],
      ['env', 'list'],
      ['vars', '-e', 'dev', '--json'],
      ['version', '--json'],
      ['--help'],
      ['releases', '-e', 'dev', '--json'],
      ['logs', '-e', 'dev'],
      ['deploy', 'main', '-e', 'dev'],
    ]) {
      const { run, modules } = await loadedBy(args, { PAVE_TOKEN: 'pave_svc_000000000000_x' });
      expect(run.stderr, args.join(' ')).not.toContain('bug in pave');
      expect(modules.length, args.join(' ')).toBeGreaterThan(0);
      expect(
        modules.filter((url) => UI_PACKAGES.test(url)),
        args.join(' '),
      ).toEqual([]);
    }
  });

  it('loads the SSE client only in commands that subscribe', async () => {
    for (const args of [['info'], ['releases', '-e', 'dev'], ['logs', '-e', 'dev', '-n', '5']]) {
      const { modules } = await loadedBy(args, { PAVE_TOKEN: 'pave_svc_000000000000_x' });
      expect(
        modules.filter((url) => url.includes('graphql-sse')),
        args.join(' '),
      ).toEqual([]);
    }
  });
});
