import { execFile, spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';

const GIT_TIMEOUT_MS = 60_000;

/** Runs git with arguments (never through a shell) and returns its trimmed stdout. */
export function git(cwd: string, args: string[], timeoutMs = GIT_TIMEOUT_MS): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      { cwd, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, env: gitEnv() },
      (error, stdout, stderr) => {
        if (error) {
          const detail = String(stderr).trim().split('\n').at(-1) || error.message;
          reject(new Error(`git ${args[0]} failed: ${detail}`));
        } else resolve(String(stdout).trim());
      },
    );
  });
}

/** git's environment without anything the caller's repository settings could inject. */
export function gitEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C',
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_NOSYSTEM: '1',
  };
}

/** The top of the git work tree holding `dir`, or undefined when it is not in one. */
export async function gitTopLevel(dir: string): Promise<string | undefined> {
  try {
    return await git(dir, ['rev-parse', '--show-toplevel']);
  } catch {
    return undefined;
  }
}

/** Writes the files of `treeish` (`<commit>` or `<commit>:<path>`) into `target`: `git archive | tar -x`. */
export async function extractTree(repo: string, treeish: string, target: string): Promise<void> {
  await mkdir(target, { recursive: true });
  const archive = spawn('git', ['archive', '--format=tar', treeish], { cwd: repo, env: gitEnv() });
  const tar = spawn('tar', ['-x', '-f', '-', '-C', target], { stdio: ['pipe', 'ignore', 'pipe'] });
  let errors = '';
  const collect = (chunk: Buffer) => {
    errors += chunk.toString();
  };
  archive.stderr.on('data', collect);
  tar.stderr?.on('data', collect);
  archive.stdout.pipe(tar.stdin as NodeJS.WritableStream);
  const timer = setTimeout(() => {
    archive.kill('SIGKILL');
    tar.kill('SIGKILL');
  }, GIT_TIMEOUT_MS);
  const exitCode = (child: ReturnType<typeof spawn>) =>
    new Promise<number | null>((resolve) => {
      child.once('close', (code) => resolve(code));
      child.once('error', () => resolve(-1));
    });
  const [archiveCode, tarCode] = await Promise.all([exitCode(archive), exitCode(tar)]);
  clearTimeout(timer);
  if (archiveCode !== 0 || tarCode !== 0) {
    throw new Error(`git archive ${treeish} failed: ${errors.trim().split('\n').at(-1) ?? ''}`);
  }
}
