import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ComponentSource } from '../build/source.ts';

export const helloWebDir = path.resolve(import.meta.dirname, '../../../../../examples/hello-web');

/** A temporary directory removed by the returned function. */
export async function tempDir(prefix = 'pave-runtime-'): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A copy of examples/hello-web at `dir/name`, and the catalog's view of it. */
export async function copyHelloWeb(
  dir: string,
  name = 'hello-web',
): Promise<{ appDir: string; component: ComponentSource }> {
  const appDir = path.join(dir, name);
  await cp(helloWebDir, appDir, { recursive: true, filter: (file) => !file.endsWith('.test.ts') });
  return {
    appDir,
    component: {
      ref: 'component:default/hello-web',
      location: `file:${path.join(appDir, 'catalog-info.yaml')}`,
      annotations: { 'backstage.io/source-location': 'url:https://github.com/acme/hello-web/tree/main/' },
    },
  };
}

export function gitIn(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Pave Test', '-c', 'user.email=test@pave.invalid', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: dir, GIT_CONFIG_NOSYSTEM: '1' },
  }).trim();
}

/** Makes `dir` a git repository with everything in it committed on `main`; returns the commit. */
export function initRepo(dir: string): string {
  gitIn(dir, 'init', '-q', '-b', 'main');
  return commitAll(dir, 'initial');
}

export function commitAll(dir: string, message: string): string {
  gitIn(dir, 'add', '-A');
  gitIn(dir, 'commit', '-q', '--allow-empty', '-m', message);
  return gitIn(dir, 'rev-parse', 'HEAD');
}

export async function writeText(file: string, text: string): Promise<void> {
  await writeFile(file, text);
}

export const fileUrl = (dir: string) => pathToFileURL(dir).href;
