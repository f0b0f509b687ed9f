// `node bench/logs/run.ts`: the live tail through the gateway — throughput to one client, latency
// at 1,000 lines/s, and the platform's memory with 100 tailing clients of which one is stalled.
// Prints the results and writes them to bench/logs/results.json. See README.md.
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { stalledTail, type TailStats, tail } from './clients.ts';
import { startPlatformProcess } from './process.ts';

const settings = {
  throughputLines: Number(process.env.BENCH_THROUGHPUT_LINES ?? 200_000),
  latencySeconds: Number(process.env.BENCH_LATENCY_SECONDS ?? 20),
  memoryClients: Number(process.env.BENCH_MEMORY_CLIENTS ?? 100),
  memorySeconds: Number(process.env.BENCH_MEMORY_SECONDS ?? 30),
  memoryRate: Number(process.env.BENCH_MEMORY_RATE ?? 1000),
  stallSeconds: Number(process.env.BENCH_STALL_SECONDS ?? 30),
  stallRate: Number(process.env.BENCH_STALL_RATE ?? 2000),
  /** Long lines, so that what a stalled client misses outgrows the kernel's socket buffers (tens of MB). */
  stallLineBytes: Number(process.env.BENCH_STALL_LINE_BYTES ?? 2000),
};
/** BENCH_ONLY=throughput,latency,memory runs only those. */
const only = process.env.BENCH_ONLY?.split(',');
const ENVIRONMENT = 'component:default/hello-web/dev';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const value = sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return Math.round((value ?? Number.NaN) * 10) / 10;
}

async function waitUntil(check: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) await sleep(20);
}

const platform = await startPlatformProcess(process.env.BENCH_PROFILE);
const endpoint = `${platform.url}/graphql`;
const auth = { authorization: `Bearer ${platform.token}` };
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version },
  settings,
};

/** Lines published as fast as the bus takes them (in the platform's process), read by one client. */
async function throughput() {
  const client = await tail(endpoint, auth, ENVIRONMENT);
  await client.subscribed;
  await sleep(200);
  const published = await platform.publish(settings.throughputLines, 0);
  await waitUntil(() => client.stats.lines + client.stats.dropped >= settings.throughputLines, 120_000);
  await sleep(500);
  await client.stop();
  const stats: TailStats = client.stats;
  const seconds = ((stats.lastAt ?? 0) - (stats.firstAt ?? 0)) / 1000;
  return {
    published: settings.throughputLines,
    publishedPerSecond: Math.round(settings.throughputLines / published.seconds),
    delivered: stats.lines,
    droppedForSlowClient: stats.dropped,
    lost: settings.throughputLines - stats.lines - stats.dropped,
    masked: stats.masked,
    deliveredPerSecond: Math.round(stats.lines / seconds),
  };
}

/** From a line's publication to its arrival at the client, at a steady 1,000 lines/s. */
async function latency() {
  const client = await tail(endpoint, auth, ENVIRONMENT, { latencies: true });
  await client.subscribed;
  await sleep(200);
  const count = settings.latencySeconds * 1000;
  await platform.publish(count, 1000);
  await waitUntil(() => client.stats.lines + client.stats.dropped >= count, 10_000);
  await client.stop();
  const latencies = client.stats.latencies.slice(1000); // the first second warms up
  return {
    lines: client.stats.lines,
    dropped: client.stats.dropped,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
    max: percentile(latencies, 100),
  };
}

/** The platform process's memory while N clients tail at `memoryRate`, one of them stalled. */
async function memory() {
  const clients = await Promise.all(
    Array.from({ length: settings.memoryClients - 1 }, () => tail(endpoint, auth, ENVIRONMENT)),
  );
  await Promise.all(clients.map((c) => c.subscribed));
  const unstall = await stalledTail(endpoint, auth, ENVIRONMENT);
  await sleep(1000);
  const before = await platform.memory();
  const samples: Array<{ rssMiB: number; heapMiB: number }> = [];
  const publishing = platform.publish(settings.memoryRate * settings.memorySeconds, settings.memoryRate);
  for (let second = 1; second <= settings.memorySeconds; second++) {
    await sleep(1000);
    const m = await platform.memory();
    samples.push({ rssMiB: mib(m.rss), heapMiB: mib(m.heapUsed) });
  }
  await publishing;
  const expected = settings.memoryRate * settings.memorySeconds;
  await waitUntil(() => clients.every((c) => c.stats.lines + c.stats.dropped >= expected), 30_000);
  const after = await platform.memory();
  const delivered = clients.map((c) => c.stats.lines);
  unstall();
  await Promise.all(clients.map((c) => c.stop()));
  return {
    clients: settings.memoryClients,
    ratePerSecond: settings.memoryRate,
    seconds: settings.memorySeconds,
    before: { rssMiB: mib(before.rss), heapMiB: mib(before.heapUsed) },
    after: { rssMiB: mib(after.rss), heapMiB: mib(after.heapUsed) },
    peakRssMiB: Math.max(...samples.map((s) => s.rssMiB)),
    rssBySecond: samples.map((s) => s.rssMiB),
    heapBySecond: samples.map((s) => s.heapMiB),
    linesPerHealthyClient: { expected, min: Math.min(...delivered), max: Math.max(...delivered) },
    droppedForHealthyClients: clients.reduce((sum, c) => sum + c.stats.dropped, 0),
  };
}

/** One healthy and one stalled client at a high rate: does what the stalled one misses pile up? */
async function stall() {
  const healthy = await tail(endpoint, auth, ENVIRONMENT);
  await healthy.subscribed;
  const unstall = await stalledTail(endpoint, auth, ENVIRONMENT);
  await sleep(1000);
  const before = await platform.memory();
  const heap: number[] = [];
  const count = settings.stallRate * settings.stallSeconds;
  const publishing = platform.publish(count, settings.stallRate, settings.stallLineBytes);
  for (let second = 1; second <= settings.stallSeconds; second++) {
    await sleep(1000);
    heap.push(mib((await platform.memory()).heapUsed));
  }
  await publishing;
  await waitUntil(() => healthy.stats.lines + healthy.stats.dropped >= count, 30_000);
  const after = await platform.memory();
  unstall();
  await healthy.stop();
  return {
    ratePerSecond: settings.stallRate,
    seconds: settings.stallSeconds,
    lineBytes: settings.stallLineBytes,
    heapMiB: { before: mib(before.heapUsed), after: mib(after.heapUsed), bySecond: heap },
    rssMiB: { before: mib(before.rss), after: mib(after.rss) },
    healthyClient: { expected: count, delivered: healthy.stats.lines, dropped: healthy.stats.dropped },
  };
}

try {
  for (const [name, scenario] of Object.entries({ throughput, latency, memory, stall })) {
    if (only && !only.includes(name)) continue;
    results[name] = await scenario();
    process.stdout.write(`${name}: ${JSON.stringify(results[name])}\n`);
  }
  if (!only)
    await writeFile(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
} finally {
  await platform.stop();
}
