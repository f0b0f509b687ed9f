import { execFile } from 'node:child_process';

/** A git command that failed, with git's own last words. */
export class GitError extends Error {
  readonly stderr: string;
  constructor(args: string[], stderr: string, message: string) {
    super(`git ${args[0]} failed: ${stderr.trim().split('\n').at(-1) || message}`);
    this.name = 'GitError';
    this.stderr = stderr;
  }
}

/** git with arguments (never a shell), in `cwd`, with only what git needs from Pave's environment. */
export function runGit(
  cwd: string,
  args: string[],
  timeoutMs: number,
  extraEnv: Record<string, string> = {},
): Promise<string> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C',
    GIT_TERMINAL_PROMPT: '0',
    ...extraEnv,
  };
  for (const name of ['SSH_AUTH_SOCK', 'GIT_SSH_COMMAND'])
    if (process.env[name]) env[name] = process.env[name];
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      { cwd, env, timeout: timeoutMs, maxBuffer: 8 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new GitError(args, String(stderr), error.message));
        else resolve(String(stdout).trim());
      },
    );
  });
}
