/**
 * Backstage's own catalog backend on the same data: started in its own process on a database of
 * its own (created and dropped here), given at most `deadlineMs` to ingest, then asked the
 * benchmark's questions over its REST API, one request at a time.
 */
import { join } from 'node:path';
import { memoryMiB, startChild } from './child.ts';
import { type Latency, measureEach, type Probe } from './measure.ts';
import { withDatabase } from './postgres.ts';
import { backstageRequest, parametersFor, SCENARIOS, type Scenario } from './scenarios.ts';

export interface BackstageResult {
  size: number;
  /** Whether every entity was processed and stitched before the deadline. */
  done: boolean;
  ingestMs: number;
  progress: { total: number; unprocessed: number; stitching: number; final: number };
  memoryMiB: { rss: number; peak: number };
  latency?: Record<Scenario, Latency>;
}

const backstageProbe =
  (base: string, scenario: Scenario, size: number): Probe =>
  (i) => {
    const request = backstageRequest(scenario, parametersFor(size, i));
    return () => backstageGet(base, request);
  };

async function backstageGet(
  base: string,
  { path, body, status = 200 }: ReturnType<typeof backstageRequest>,
): Promise<void> {
  const response = await fetch(`${base}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (response.status !== status)
    throw new Error(`Backstage ${response.status} for ${path}: ${text.slice(0, 300)}`);
  JSON.parse(text);
}

export async function runBackstage(
  size: number,
  options: { adminUrl: string; deadlineMs: number; samples: number; warmup: number; logDir: string },
): Promise<BackstageResult> {
  return withDatabase(options.adminUrl, 'pave_bench_backstage', async (databaseUrl) => {
    console.error(`backstage: ingesting ${size} entities (at most ${options.deadlineMs / 60_000} minutes)…`);
    const child = await startChild<{
      url: string;
      ingestMs: number;
      done: boolean;
      progress: BackstageResult['progress'];
    }>(
      new URL('./backstage/backstageServer.mjs', import.meta.url),
      { size, databaseUrl, deadlineMs: options.deadlineMs },
      join(options.logDir, 'backstage.log'),
      options.deadlineMs + 5 * 60_000,
    );
    try {
      const result: BackstageResult = {
        size,
        done: child.info.done,
        ingestMs: Math.round(child.info.ingestMs),
        progress: child.info.progress,
        memoryMiB: memoryMiB(child.pid),
      };
      console.error(
        `  ${result.done ? 'ingested' : 'NOT done'} after ${result.ingestMs} ms: ${JSON.stringify(result.progress)}`,
      );
      if (!result.done) return result;
      const probes = Object.fromEntries(
        SCENARIOS.map((scenario) => [scenario, backstageProbe(child.info.url, scenario, size)]),
      ) as Record<Scenario, Probe>;
      result.latency = await measureEach(probes, options);
      result.memoryMiB = memoryMiB(child.pid);
      return result;
    } finally {
      await child.stop();
    }
  });
}
