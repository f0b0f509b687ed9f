/** Sequential latency measurement: one client, one request at a time, as a user waits for a page. */

export interface Latency {
  p50: number;
  p95: number;
  mean: number;
  samples: number;
}

/**
 * Prepares request number `i` (its parameters, outside the timed part) and returns what sends it,
 * resolving when the answer is complete and throwing on a wrong answer.
 */
export type Probe = (i: number) => () => Promise<void>;

const percentile = (sorted: number[], q: number) =>
  sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
const round = (ms: number) => Math.round(ms * 100) / 100;

async function warmUp(probe: Probe, requests: number): Promise<void> {
  for (let i = 0; i < requests; i++) await probe(i)();
}

async function measureLatency(probe: Probe, options: { warmup: number; samples: number }): Promise<Latency> {
  await warmUp(probe, options.warmup);
  const times: number[] = [];
  for (let i = 0; i < options.samples; i++) {
    const send = probe(options.warmup + i);
    const started = performance.now();
    await send();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    p50: round(percentile(times, 0.5)),
    p95: round(percentile(times, 0.95)),
    mean: round(times.reduce((sum, t) => sum + t, 0) / times.length),
    samples: times.length,
  };
}

/** POSTs a GraphQL request and checks it answered without errors. */
export async function graphqlRequest(
  url: string,
  token: string,
  query: string,
  variables: object,
): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
  if (!response.ok || body.errors) {
    throw new Error(`GraphQL ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  return body.data;
}

/**
 * Measures each probe in turn, after asking every one of them `warmup` times first: the first one
 * measured then does not also pay for the process warming up (JIT, PostgreSQL's caches).
 */
export async function measureEach<Key extends string>(
  probes: Record<Key, Probe>,
  options: { warmup: number; samples: number },
  onMeasured = (key: Key, latency: Latency) =>
    console.error(`  ${key}: p50 ${latency.p50} ms, p95 ${latency.p95} ms`),
): Promise<Record<Key, Latency>> {
  const keys = Object.keys(probes) as Key[];
  for (const key of keys) await warmUp(probes[key], options.warmup);
  const latency = {} as Record<Key, Latency>;
  for (const key of keys) {
    latency[key] = await measureLatency(probes[key], options);
    onMeasured(key, latency[key]);
  }
  return latency;
}
