import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import os from 'node:os';

const loadAverage = () => os.loadavg().map((n) => Math.round(n * 100) / 100);
const loadAverageAtStart = loadAverage();

/** The machine, and how busy it was: other work on it skews the numbers. */
export function machine() {
  return {
    cpu: os.cpus()[0]?.model,
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    loadAverageAtStart,
    loadAverageAtEnd: loadAverage(),
  };
}

const version = async (path: string) =>
  JSON.parse(await readFile(new URL(`${path}/package.json`, import.meta.url), 'utf8')).version as string;

/** The commit measured, and how many files of the working tree differed from it. */
export function source() {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  return {
    commit: git('rev-parse', 'HEAD'),
    changedFiles: git('status', '--porcelain').split('\n').filter(Boolean).length,
  };
}

/** The versions of what is compared, as installed. */
export async function versions() {
  return {
    '@graphql-hive/gateway-runtime': await version(
      '../../gateway/node_modules/@graphql-hive/gateway-runtime',
    ),
    '@graphql-hive/router-runtime': await version('../../gateway/node_modules/@graphql-hive/router-runtime'),
    '@apollo/gateway': await version('../node_modules/@apollo/gateway'),
    '@apollo/server': await version('../node_modules/@apollo/server'),
    autocannon: await version('../node_modules/autocannon'),
  };
}
