import { spawnSync } from 'node:child_process';

export interface Subject {
  name: string;
  command: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Fails the benchmark when a run printed something else: timing a broken command proves nothing. */
  check(stdout: string): boolean;
}

export interface Timing {
  name: string;
  runs: number;
  meanMs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  stddevMs: number;
}

/** Wall-clock time of one run of the command, from spawn to exit, with its output checked. */
function runOnce(subject: Subject): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(subject.command[0] as string, subject.command.slice(1), {
    cwd: subject.cwd,
    env: subject.env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0 || !subject.check(result.stdout)) {
    throw new Error(`${subject.name} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return ms;
}

/**
 * Times every subject `runs` times after `warmup` runs each, in rounds (a, b, c, a, b, c…) so that
 * a slow moment of the machine falls on all of them alike rather than on one.
 */
export function measure(subjects: readonly Subject[], options: { runs: number; warmup: number }): Timing[] {
  for (let i = 0; i < options.warmup; i++) for (const subject of subjects) runOnce(subject);
  const samples = subjects.map(() => [] as number[]);
  for (let i = 0; i < options.runs; i++) {
    for (const [s, subject] of subjects.entries()) samples[s]?.push(runOnce(subject));
  }
  return subjects.map((subject, s) => summarize(subject.name, samples[s] ?? []));
}

function summarize(name: string, values: number[]): Timing {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / Math.max(1, values.length - 1);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    name,
    runs: values.length,
    meanMs: round(mean),
    medianMs: round(median),
    minMs: round(sorted[0] ?? 0),
    maxMs: round(sorted[sorted.length - 1] ?? 0),
    stddevMs: round(Math.sqrt(variance)),
  };
}
