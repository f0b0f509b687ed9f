/** Real git repositories for the adapter's tests: a work tree to commit in, and bare "remotes". */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Pave Test',
  GIT_AUTHOR_EMAIL: 'test@pave.invalid',
  GIT_COMMITTER_NAME: 'Pave Test',
  GIT_COMMITTER_EMAIL: 'test@pave.invalid',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** A fresh repository on branch `main` in `dir`. */
export async function initRepository(dir: string, branch = 'main'): Promise<void> {
  await mkdir(dir, { recursive: true });
  git(dir, 'init', '--quiet', '--initial-branch', branch);
}

/** Writes (or, for `null`, deletes) files and commits them; returns the commit id. */
export async function commit(
  dir: string,
  files: Record<string, string | null>,
  message = 'change',
): Promise<string> {
  for (const [file, content] of Object.entries(files)) {
    if (content === null) {
      git(dir, 'rm', '--quiet', file);
      continue;
    }
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
    git(dir, 'add', file);
  }
  git(dir, 'commit', '--quiet', '--allow-empty', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

export const component = (name: string, owner = 'team-a') =>
  `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\nspec:\n  type: service\n  lifecycle: production\n  owner: ${owner}\n`;
