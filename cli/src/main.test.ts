import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureStreams } from '../test/streams.ts';
import { CLI_VERSION, main } from './main.ts';

describe('pave’s command line', () => {
  let home: string;
  /** A port nothing listens on: the gateway is down. */
  let downUrl: string;
  const run = async (argv: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) => {
    const io = captureStreams();
    const code = await main(argv, {
      streams: io.streams,
      env: {
        XDG_CONFIG_HOME: join(home, 'config'),
        CI: 'true',
        PAVE_URL: downUrl,
        ...options.env,
      },
      cwd: options.cwd ?? home,
    });
    return { code, stdout: io.stdout(), stderr: io.stderr() };
  };

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'pave-cli-main-'));
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    downUrl = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
    await new Promise((resolve) => probe.close(resolve));
  });
  afterAll(() => rm(home, { recursive: true, force: true }));

  it('prints its version alone with --version, and help with exit codes with --help', async () => {
    expect(await run(['--version'])).toEqual({
      code: 0,
      stdout: `pave/${CLI_VERSION} node-${process.version} ${process.platform}-${process.arch}\n`,
      stderr: '',
    });
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes:');
    expect(help.stdout).toMatch(/ {2}2 {4}usage:/);
    expect(help.stdout).toMatch(/-c, --component REF/);
  });

  it('shows a command’s own help with --help or pave help NAME', async () => {
    const viaFlag = await run(['search', '--help']);
    const viaHelp = await run(['help', 'search']);
    expect(viaFlag.code).toBe(0);
    expect(viaFlag.stdout).toBe(viaHelp.stdout);
    expect(viaFlag.stdout).toMatch(/^Usage: pave search TERM… \[options\]/);
    expect(viaFlag.stdout).toContain('--kind KIND');
  });

  it('names the subcommands in the help of a command that is a group too', async () => {
    const help = await run(['vars', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: pave vars \[options\]/);
    expect(help.stdout).toMatch(/^Commands:\n {2}vars list +The same as pave vars\n {2}vars get /m);
    expect((await run(['search', '--help'])).stdout).not.toContain('Commands:');
  });

  it('exits 2 naming what is wrong on a usage error', async () => {
    expect(await run(['frobnicate'])).toMatchObject({
      code: 2,
      stderr: 'Error: Unknown command "frobnicate".\nRun pave --help for the list of commands.\n',
    });
    expect(await run(['search'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Error: Missing TERM.'),
    });
    expect(await run(['info', '--bogus'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Unknown option --bogus for pave info.'),
    });
    expect(await run(['whoami', 'extra'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Unexpected argument "extra".'),
    });
    expect(await run(['completion', 'powershell'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('SHELL must be one of bash, zsh, fish'),
    });
    expect(await run(['search', 'x', '--limit', 'lots'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--limit must be a whole number'),
    });
  });

  it('lists a group’s commands when only the group is given', async () => {
    const result = await run(['env']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('env use');
  });

  it('exits 1 with the URL when the gateway is not there, and sends to pave login without a token', async () => {
    const down = await run(['whoami'], { env: { PAVE_TOKEN: 'pave_svc_000000000000_x' } });
    expect(down).toEqual({
      code: 1,
      stdout: '',
      stderr:
        `Error: Cannot reach the Pave gateway at ${downUrl}/graphql: ECONNREFUSED.\n` +
        `Is it running? PAVE_URL picks another gateway (now ${downUrl}).\n`,
    });
    const anonymous = await run(['whoami']);
    expect(anonymous.code).toBe(1);
    expect(anonymous.stderr).toBe(
      `Error: You are not logged in to ${downUrl} (or your token was revoked).\nRun pave login.\n`,
    );
  });

  it('keeps a per-project default environment that --env and PAVE_ENV override', async () => {
    const project = join(home, 'shop');
    await mkdir(join(project, 'src'), { recursive: true });
    await writeFile(join(project, 'catalog-info.yaml'), 'kind: Component\nmetadata:\n  name: shop\n');
    expect(await run(['env', 'use', 'staging'], { cwd: join(project, 'src') })).toMatchObject({
      code: 0,
      stdout: `pave now uses staging in ${project} and below.\n`,
    });
    const shown = await run(['env', 'use', '--json'], { cwd: join(project, 'src') });
    expect(JSON.parse(shown.stdout)).toEqual({
      environment: { name: 'staging', source: 'pave env use', directory: project },
    });
    const overridden = await run(['env', 'use', '--json', '-e', 'dev'], {
      cwd: project,
      env: { PAVE_ENV: 'prod' },
    });
    expect(JSON.parse(overridden.stdout).environment).toEqual({
      name: 'dev',
      source: '--env',
      directory: null,
    });
    expect(
      JSON.parse((await run(['env', 'use', '--json'], { cwd: project, env: { PAVE_ENV: 'prod' } })).stdout)
        .environment.source,
    ).toBe('PAVE_ENV');
    expect(await run(['env', 'use', 'bad name!'], { cwd: project })).toMatchObject({ code: 2 });
    await run(['env', 'use', '--clear'], { cwd: project });
    expect((await run(['env', 'use'], { cwd: project })).stdout).toContain('No environment chosen here');
  });
});
