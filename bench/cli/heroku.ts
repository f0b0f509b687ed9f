import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const prefix = fileURLToPath(new URL('./.heroku/', import.meta.url));
export const HEROKU_VERSION = process.env.BENCH_HEROKU_VERSION ?? '11.10.0';
export const herokuBinDir = `${prefix}node_modules/.bin`;

/**
 * The Heroku CLI (npm package `heroku`), installed with npm into bench/cli/.heroku on first use:
 * it brings ~700 packages, which have no place in the workspace's lockfile.
 */
export function ensureHeroku(): string {
  const bin = `${herokuBinDir}/heroku`;
  if (!existsSync(bin)) {
    process.stdout.write(`Installing heroku@${HEROKU_VERSION} into ${prefix} (once)…\n`);
    execFileSync(
      'npm',
      [
        'install',
        '--prefix',
        prefix,
        '--no-save',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        `heroku@${HEROKU_VERSION}`,
      ],
      { stdio: 'inherit' },
    );
  }
  return bin;
}
