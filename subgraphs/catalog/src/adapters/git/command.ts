/**
 * Runs the system `git`, never interactively and never for longer than its timeout. Messages drop
 * credentials written into URLs (`https://user:token@host/…`), wherever git echoes them.
 */
import { spawn } from 'node:child_process';

export class GitCommandError extends Error {}

/** `scheme://user:password@host` → `scheme://host`, everywhere in `text`. */
export const withoutCredentials = (text: string): string =>
  text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1');

const GIT_ENV = {
  ...process.env,
  GIT_TERMINAL_PROMPT: '0', // fail instead of asking for a password nobody will type
  GCM_INTERACTIVE: 'never',
  LC_ALL: 'C', // messages in one language, as reported in catalog problems
};

export interface GitRun {
  /** Directory git runs in (`git -C`). */
  cwd?: string;
  timeoutMs: number;
  /** Written to git's standard input, then closed. */
  input?: string;
}

/** git's standard output; rejects with a GitCommandError holding git's own message. */
export function runGit(args: readonly string[], run: GitRun): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', run.cwd === undefined ? args : ['-C', run.cwd, ...args], {
      env: GIT_ENV,
      stdio: [run.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, run.timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new GitCommandError(`git ${args[0]} could not run: ${error.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) {
        reject(new GitCommandError(`git ${args[0]} took longer than ${run.timeoutMs} ms and was stopped`));
      } else if (code !== 0) {
        const message = gitMessage(Buffer.concat(stderr).toString('utf8')) || `exit code ${code}`;
        reject(new GitCommandError(`git ${args[0]} failed: ${message}`));
      } else {
        resolve(Buffer.concat(stdout));
      }
    });
    if (run.input !== undefined && child.stdin) {
      child.stdin.on('error', () => {}); // git exiting early is reported by 'close'
      child.stdin.end(run.input);
    }
  });
}

/** The lines of git's stderr that say what went wrong, without hints and progress. */
function gitMessage(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('hint:'));
  return withoutCredentials(lines.slice(0, 3).join(' '));
}
