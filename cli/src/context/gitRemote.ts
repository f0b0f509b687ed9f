import { execFile } from 'node:child_process';

export interface GitLocation {
  /** The `origin` remote (else the first remote) as configured. */
  remoteUrl: string;
  /** Where `cwd` is inside the repository, `a/b` without slashes at the ends; '' at the top. */
  pathInRepo: string;
}

const git = (cwd: string, args: string[]) =>
  new Promise<string | undefined>((resolve) => {
    execFile('git', ['-C', cwd, ...args], { timeout: 5_000 }, (error, stdout) =>
      resolve(error ? undefined : stdout.trim()),
    );
  });

/** The repository `cwd` is in and its remote; undefined outside a repository, without a remote or without git. */
export async function gitLocation(cwd: string): Promise<GitLocation | undefined> {
  const [prefix, origin] = await Promise.all([
    git(cwd, ['rev-parse', '--show-prefix']),
    git(cwd, ['remote', 'get-url', 'origin']),
  ]);
  if (prefix === undefined) return undefined;
  let remoteUrl = origin;
  if (!remoteUrl) {
    const first = (await git(cwd, ['remote']))?.split('\n')[0];
    remoteUrl = first ? await git(cwd, ['remote', 'get-url', first]) : undefined;
  }
  if (!remoteUrl) return undefined;
  return { remoteUrl, pathInRepo: prefix.replace(/^\/+|\/+$/g, '') };
}
