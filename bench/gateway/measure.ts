import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import autocannon from 'autocannon';

export interface Load {
  url: string;
  headers: Record<string, string>;
  body: string;
  connections: number;
  /** The gateway's (or, direct, the subgraph's) process, and the subgraphs' process. */
  pids: { server: number; subgraphs: number };
}

/** One timed run: raw figures, to be merged over the rounds of a scenario by `summarize`. */
export interface Sample {
  latencies: number[];
  seconds: number;
  failures: number;
  /** CPU milliseconds used by the server, the subgraphs, the load generator and the whole machine. */
  cpuMs: { server: number; subgraphs: number; loadGenerator: number; machine: number };
  rss: { before: number; after: number; peak: number };
}

export interface Measurement {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Requests that failed or answered non-2xx; they are left out of the latencies. */
  failures: number;
  /** CPU milliseconds per request spent in each process. */
  cpuMsPerRequest: { server: number; subgraphs: number; loadGenerator: number };
  /** CPU used by anything else on the machine meanwhile, as a share of all its cores: noise. */
  otherCpuPercent: number;
  /** Resident set size of the server process, MiB: before the first round, after the last, peak so far. */
  rssMiB: { before: number; after: number; peak: number };
}

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
const ticksToMs = (ticks: number) => (ticks * 1000) / CLOCK_TICKS;

/** User + system CPU time of a process so far (from /proc/<pid>/stat). */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ticksToMs(Number(fields[11]) + Number(fields[12]));
}

/** Busy CPU time of the whole machine so far, all cores (from /proc/stat). */
function machineCpuMs(): number {
  const [, ...fields] = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields.map(Number);
  return ticksToMs(user + nice + system + irq + softirq + steal);
}

/** Current and peak resident set size, MiB (VmRSS and VmHWM from /proc/<pid>/status). */
export function rssMiB(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

function run(load: Load, seconds: number, onLatency?: (ms: number) => void) {
  const options = {
    url: load.url,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', ...load.headers },
    body: load.body,
    connections: load.connections,
    duration: seconds,
  };
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) onLatency?.(responseTime);
    });
  });
}

export const warmUp = (load: Load, seconds: number) => run(load, seconds);

/**
 * Loads the server with `connections` concurrent keep-alive connections for `seconds`. Latencies
 * are kept per response at full resolution (autocannon's histogram counts whole milliseconds).
 */
export async function sample(load: Load, seconds: number): Promise<Sample> {
  const { server, subgraphs } = load.pids;
  const latencies: number[] = [];
  const before = rssMiB(server);
  const start = { server: processCpuMs(server), subgraphs: processCpuMs(subgraphs), machine: machineCpuMs() };
  const own = process.cpuUsage();
  const result = await run(load, seconds, (ms) => latencies.push(ms));
  const ownUsed = process.cpuUsage(own);
  const after = rssMiB(server);
  return {
    latencies,
    seconds: result.duration || seconds,
    failures: result.errors + result.non2xx,
    cpuMs: {
      server: processCpuMs(server) - start.server,
      // Direct to a subgraph, or embedded, the server is the subgraphs' process: count it once.
      subgraphs: server === subgraphs ? 0 : processCpuMs(subgraphs) - start.subgraphs,
      loadGenerator: (ownUsed.user + ownUsed.system) / 1000,
      machine: machineCpuMs() - start.machine,
    },
    rss: { before: before.rss, after: after.rss, peak: after.peak },
  };
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

export function summarize(samples: Sample[]): Measurement {
  const latencies = samples.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const at = (q: number) => round(latencies[Math.max(0, Math.ceil(q * latencies.length) - 1)] ?? Number.NaN);
  const total = (pick: (s: Sample) => number) => samples.reduce((sum, s) => sum + pick(s), 0);
  const requests = latencies.length;
  const seconds = total((s) => s.seconds);
  const cpu = {
    server: total((s) => s.cpuMs.server),
    subgraphs: total((s) => s.cpuMs.subgraphs),
    loadGenerator: total((s) => s.cpuMs.loadGenerator),
  };
  const other = total((s) => s.cpuMs.machine) - cpu.server - cpu.subgraphs - cpu.loadGenerator;
  const perRequest = (ms: number) => round(ms / Math.max(requests, 1), 3);
  return {
    requests,
    rps: round(requests / seconds, 1),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    failures: total((s) => s.failures),
    cpuMsPerRequest: {
      server: perRequest(cpu.server),
      subgraphs: perRequest(cpu.subgraphs),
      loadGenerator: perRequest(cpu.loadGenerator),
    },
    otherCpuPercent: round((100 * Math.max(0, other)) / (seconds * 1000 * os.availableParallelism()), 1),
    rssMiB: {
      before: round(samples[0]?.rss.before ?? 0, 1),
      after: round(samples.at(-1)?.rss.after ?? 0, 1),
      peak: round(Math.max(...samples.map((s) => s.rss.peak)), 1),
    },
  };
}
