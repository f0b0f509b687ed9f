import { type EventBus, type RuntimeLogLine, TOPICS } from '@pave/subgraph-kit';
import type { LogLine, TailSink } from '../port.ts';
import type { EnvironmentSecrets, SecretsLookup } from '../redaction/secretsLookup.ts';

/** Publishes lines as the local runtime does: one `runtime.log` event per line. */
export async function publishLines(
  bus: EventBus,
  environmentId: string,
  lines: Array<string | Partial<RuntimeLogLine>>,
): Promise<void> {
  for (const item of lines) {
    const line: RuntimeLogLine = {
      environmentId,
      source: 'process',
      stream: 'stdout',
      time: new Date().toISOString(),
      ...(typeof item === 'string' ? { line: item } : { line: '', ...item }),
    };
    await bus.publish(TOPICS.runtimeLog, line);
  }
}

/** Polls `check` until it returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  timeoutMs = 5000,
  what = 'condition',
): Promise<Exclude<T, false | undefined>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value as Exclude<T, false | undefined>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A sink that records what a tail delivers. */
export function recordingSink(): TailSink & { received: LogLine[]; errors: Error[]; texts(): string[] } {
  const received: LogLine[] = [];
  const errors: Error[] = [];
  return {
    received,
    errors,
    lines: (batch) => received.push(...batch),
    error: (error) => errors.push(error),
    texts: () => received.map((line) => line.line),
  };
}

/** Secrets held in memory, as the secrets subgraph would answer; counts the reveals. */
export class FixedSecrets implements SecretsLookup {
  readonly sets = new Map<string, EnvironmentSecrets>();
  reveals = 0;
  failing = false;

  set(
    environmentId: string,
    values: string[],
    version = (this.sets.get(environmentId)?.version ?? 0) + 1,
  ): void {
    this.sets.set(environmentId, { version, values });
  }

  async versions(ids: readonly string[]) {
    if (this.failing) throw new Error('secrets unavailable');
    return new Map(ids.map((id) => [id, this.sets.get(id)?.version ?? null]));
  }

  async reveal(ids: readonly string[]) {
    if (this.failing) throw new Error('secrets unavailable');
    this.reveals++;
    return new Map(ids.map((id) => [id, this.sets.get(id) ?? { version: null, values: [] }]));
  }
}
