import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAVE_BIN } from '../../test/runPave.ts';
import { captureStreams } from '../../test/streams.ts';
import { itWithTmux, TmuxSession } from '../../test/tmux.ts';
import { main } from '../main.ts';
import { inCI } from '../output/terminal.ts';

const has = (shell: string) => spawnSync(shell, ['-c', 'true']).status === 0;

/** Under CI a missing shell fails (.ci/run installs them); elsewhere its tests say why they skip. */
function describeWithShell(shell: string, body: () => void) {
  if (has(shell) || inCI(process.env)) describe(shell, body);
  else describe.skip(`${shell} (not installed: apt-get install ${shell})`, body);
}

let dir: string;
const script = async (shell: string) => {
  const io = captureStreams();
  expect(await main(['completion', shell], { streams: io.streams, env: {}, cwd: '/' })).toBe(0);
  const file = join(dir, `pave.${shell}`);
  await writeFile(file, io.stdout());
  return file;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pave-cli-completion-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describeWithShell('bash', () => {
  const complete = (file: string, line: string) => {
    const words = line.split(' ');
    const program = `source ${file}; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _pave; printf '%s\\n' "\${COMPREPLY[@]}"`;
    return execFileSync('bash', ['--norc', '-c', program], { encoding: 'utf8' }).split('\n').filter(Boolean);
  };

  it('completes commands, subcommands, arguments and flags', async () => {
    const file = await script('bash');
    expect(complete(file, 'pave ')).toEqual([
      'info',
      'search',
      'env',
      'vars',
      'run',
      'releases',
      'deploy',
      'promote',
      'rollback',
      'logs',
      'login',
      'logout',
      'whoami',
      'version',
      'completion',
      'help',
    ]);
    expect(complete(file, 'pave se')).toEqual(['search']);
    expect(complete(file, 'pave env ')).toEqual(['use', 'list', 'create', 'clone', 'delete', 'open']);
    expect(complete(file, 'pave env use --c')).toEqual(['--clear', '--component']);
    expect(complete(file, 'pave env delete --')).toEqual(expect.arrayContaining(['--confirm', '--yes']));
    expect(complete(file, 'pave vars ')).toEqual([
      'list',
      'get',
      'set',
      'unset',
      'import',
      'export',
      'diff',
      'history',
      'rollback',
    ]);
    // `pave vars` is a command as well as a group: its own flags, and each subcommand's.
    expect(complete(file, 'pave vars --r')).toEqual(['--reveal']);
    expect(complete(file, 'pave vars set --')).toEqual(expect.arrayContaining(['--secret', '--plain']));
    expect(complete(file, 'pave vars set --')).not.toContain('--reveal');
    expect(complete(file, 'pave completion ')).toEqual(['bash', 'zsh', 'fish']);
    expect(complete(file, 'pave -c orders search --k')).toEqual(['--kind']);
    expect(complete(file, 'pave search --kind ')).toEqual([]);
  });

  it('completes the release and log commands: a command that is also a group gets both', async () => {
    const file = await script('bash');
    expect(complete(file, 'pave releases ')).toEqual(['list', 'info']);
    expect(complete(file, 'pave releases --l')).toEqual(['--limit']);
    expect(complete(file, 'pave releases info --')).toEqual([
      '--component',
      '--env',
      '--json',
      '--help',
      '--version',
    ]);
    expect(complete(file, 'pave rollback --y')).toEqual(['--yes']);
    expect(complete(file, 'pave promote --')).toEqual(
      expect.arrayContaining(['--from', '--to', '--yes', '--no-wait']),
    );
    expect(complete(file, 'pave logs --')).toEqual(
      expect.arrayContaining(['--num', '--since', '--grep', '--follow', '--env']),
    );
    expect(complete(file, 'pave logs --since ')).toEqual([]);
  });
});

describeWithShell('zsh', () => {
  it('loads without errors and registers _pave for pave', async () => {
    const file = await script('zsh');
    execFileSync('zsh', ['-n', file]);
    const registered = execFileSync(
      'zsh',
      [
        '-f',
        '-c',
        `autoload -Uz compinit && compinit -u -d ${dir}/zcompdump && source ${file} && print -r -- $_comps[pave]`,
      ],
      { encoding: 'utf8' },
    );
    expect(registered.trim()).toBe('_pave');
  });

  // zsh completes only in an interactive shell on a terminal: tmux provides one.
  itWithTmux('completes commands, subcommands and flags as you press Tab', async () => {
    const file = await script('zsh');
    await mkdir(join(dir, 'bin'), { recursive: true });
    await symlink(PAVE_BIN, join(dir, 'bin/pave')).catch(() => {});
    const shell = TmuxSession.start('zsh -f', {
      cwd: dir,
      env: { HOME: dir, PATH: `${join(dir, 'bin')}:${process.env.PATH}` },
      width: 150,
    });
    try {
      shell.send(`autoload -Uz compinit && compinit -u -d ${dir}/zcompdump && source ${file} && clear`, {
        literal: true,
      });
      shell.send('Enter');
      shell.send('pave se', { literal: true });
      shell.send('Tab');
      await shell.waitFor('pave search');
      shell.send(' --', { literal: true });
      shell.send('Tab');
      const flags = await shell.waitFor('--limit');
      expect(flags).toMatch(/--kind +-- Only this kind/);
      expect(flags).toContain('--component');
      shell.send('C-u');
      shell.send('pave vars se', { literal: true });
      shell.send('Tab');
      await shell.waitFor('pave vars set');
      shell.send(' --', { literal: true });
      shell.send('Tab');
      const varsFlags = await shell.waitFor('--plain');
      expect(varsFlags).toMatch(/--secret +-- Mark them as secrets/);
      expect(varsFlags).not.toContain('--reveal');
      shell.send('C-u');
      shell.send('clear', { literal: true });
      shell.send('Enter');
      shell.send('pave releases ', { literal: true });
      shell.send('Tab');
      expect(await shell.waitFor(/info +-- Show one release in full/)).toMatch(
        /list +-- List the environment/,
      );
      shell.send('C-u');
      shell.send('pave completion ', { literal: true });
      shell.send('Tab');
      expect(await shell.waitFor(/bash +fish +zsh/)).toBeTruthy();
    } finally {
      shell.kill();
    }
  });
});

describeWithShell('fish', () => {
  const complete = (file: string, line: string) =>
    execFileSync('fish', ['--no-config', '-c', `source ${file}; complete -C '${line}'`], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((entry) => entry.split('\t')[0]);

  it('completes commands, subcommands, arguments and flags', async () => {
    const file = await script('fish');
    expect(complete(file, 'pave ')).toEqual(
      expect.arrayContaining(['info', 'search', 'env', 'login', 'logout', 'whoami', 'version', 'completion']),
    );
    expect(complete(file, 'pave env ')).toEqual(['clone', 'create', 'delete', 'list', 'open', 'use']);
    expect(complete(file, 'pave vars ')).toEqual(
      expect.arrayContaining([
        'list',
        'get',
        'set',
        'unset',
        'import',
        'export',
        'diff',
        'history',
        'rollback',
      ]),
    );
    expect(complete(file, 'pave vars --')).toContain('--reveal');
    expect(complete(file, 'pave vars set --')).toEqual(expect.arrayContaining(['--secret', '--plain']));
    expect(complete(file, 'pave vars set --')).not.toContain('--reveal');
    expect(complete(file, 'pave completion ')).toEqual(['bash', 'fish', 'zsh']);
    expect(complete(file, 'pave search --')).toEqual(
      expect.arrayContaining(['--kind', '--limit', '--json', '--component']),
    );
    expect(complete(file, 'pave info --')).not.toContain('--kind');
    expect(complete(file, 'pave releases ')).toEqual(expect.arrayContaining(['list', 'info']));
    expect(complete(file, 'pave logs --')).toEqual(
      expect.arrayContaining(['--num', '--since', '--grep', '--follow']),
    );
    expect(complete(file, 'pave rollback --')).toEqual(expect.arrayContaining(['--yes', '--no-wait']));
  });
});
