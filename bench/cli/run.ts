// `node bench/cli/run.ts`: how long `pave` takes to start and answer, beside the Heroku CLI's
// `heroku --version`, in one run on one machine. Results: README.md beside this file.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureHeroku, HEROKU_VERSION, herokuBinDir } from './heroku.ts';
import { startPlatform } from './platform.ts';
import { measure, type Subject } from './timer.ts';

const runs = Number(process.env.BENCH_CLI_RUNS ?? 30);
const warmup = Number(process.env.BENCH_CLI_WARMUP ?? 3);
const pave = fileURLToPath(new URL('../../cli/src/bin/pave.ts', import.meta.url));

const heroku = ensureHeroku();
const dir = await mkdtemp(join(tmpdir(), 'pave-bench-cli-'));
const platform = await startPlatform(join(dir, 'platform'));
try {
  const project = join(dir, 'hello-web');
  const home = join(dir, 'home');
  await mkdir(project, { recursive: true });
  await mkdir(home, { recursive: true });
  await copyFile(
    join(dir, 'platform/examples/hello-web/catalog-info.yaml'),
    join(project, 'catalog-info.yaml'),
  );
  // Both CLIs as a user has them: on PATH, with a home folder of their own (caches stay warm).
  const env = { PATH: `${herokuBinDir}:${process.env.PATH}`, HOME: home, LANG: 'C.UTF-8' };
  const paveEnv = { ...env, PAVE_URL: platform.url, PAVE_TOKEN: platform.token };
  // `pave vars` needs an environment with variables: made once, with pave itself.
  for (const args of [
    ['env', 'create', 'dev'],
    ['vars', 'set', '-e', 'dev', '--plain', 'LOG_LEVEL=info', 'GREETING=hello', 'FEATURE_X=on'],
    ['vars', 'set', '-e', 'dev', '--secret', `DATABASE_URL=postgres://app:${Date.now()}@db/app`],
  ]) {
    execFileSync(process.execPath, [pave, ...args], {
      cwd: project,
      env: { ...paveEnv, CI: 'true' },
      stdio: 'ignore',
    });
  }
  const subjects: Subject[] = [
    {
      name: 'node -e 0 (floor)',
      command: [process.execPath, '-e', '0'],
      cwd: project,
      env,
      check: () => true,
    },
    {
      name: 'pave --version',
      command: [process.execPath, pave, '--version'],
      cwd: project,
      env,
      check: (out) => out.startsWith('pave/'),
    },
    {
      name: 'pave info --json',
      command: [process.execPath, pave, 'info', '--json'],
      cwd: project,
      env: paveEnv,
      check: (out) => JSON.parse(out).component.ref === 'component:default/hello-web',
    },
    {
      name: 'pave vars --json',
      command: [process.execPath, pave, 'vars', '--json', '-e', 'dev'],
      cwd: project,
      env: paveEnv,
      check: (out) => JSON.stringify(JSON.parse(out)).includes('GREETING'),
    },
    {
      name: 'heroku --version',
      command: [process.execPath, heroku, '--version'],
      cwd: project,
      // Its background update check and analytics would load the machine during the other runs.
      env: { ...env, HEROKU_DISABLE_AUTOUPDATE: '1', HEROKU_SKIP_ANALYTICS: '1' },
      check: (out) => out.startsWith(`heroku/${HEROKU_VERSION}`),
    },
  ];
  process.stdout.write(
    `Timing ${subjects.length} commands, ${runs} runs each after ${warmup} warm-up runs…\n`,
  );
  // On a shared machine other work competes: the load before and after says how much.
  const loadBefore = loadavg()[0]?.toFixed(2);
  const timings = measure(subjects, { runs, warmup });
  const load = `load average ${loadBefore} before, ${loadavg()[0]?.toFixed(2)} after`;
  const herokuMean = timings.find((t) => t.name === 'heroku --version')?.meanMs ?? Number.NaN;
  const lines = [
    '| command | mean ms | median ms | min ms | max ms | σ ms | vs heroku --version |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...timings.map(
      (t) =>
        `| \`${t.name}\` | ${t.meanMs} | ${t.medianMs} | ${t.minMs} | ${t.maxMs} | ${t.stddevMs} | ${(t.meanMs / herokuMean).toFixed(2)}× |`,
    ),
  ];
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.versions.node}, heroku ${HEROKU_VERSION}, ${load}`;
  process.stdout.write(`\n${machine}\n\n${lines.join('\n')}\n`);
  const results = fileURLToPath(new URL('./results/', import.meta.url));
  await mkdir(results, { recursive: true });
  // One file per run (cli-2026-11-22T0336.json): a second run the same day keeps the first.
  const stamp = new Date().toISOString().slice(0, 16).replace(':', '');
  const file = join(results, `cli-${stamp}.json`);
  await writeFile(file, `${JSON.stringify({ machine, runs, warmup, timings }, null, 2)}\n`);
  process.stdout.write(`\nWrote ${file}\n`);
} finally {
  platform.child.kill('SIGTERM');
  await new Promise((resolve) => platform.child.once('exit', resolve));
  await rm(dir, { recursive: true, force: true });
}
