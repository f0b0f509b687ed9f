/**
 * The concurrency scenario of the issue, over any transport: `clients` writers change the same
 * environment at once, each reading the version, writing with it as expected version, and trying
 * again on CONFLICT up to `attempts` times. Each writer sets its own key and LAST_WRITER.
 */
export interface WriterOutcome {
  writer: number;
  attempt: number;
  /** The version made, for an acknowledged write. */
  version?: number;
  /** The error code, for a rejected one. */
  code?: string;
}

export interface WriterTransport {
  currentVersion(): Promise<number>;
  /** Resolves with the new version, or rejects with an error carrying `extensions.code`. */
  set(expectedVersion: number, variables: Array<{ key: string; value: string }>): Promise<number>;
}

export async function runConcurrentWriters(
  transport: WriterTransport,
  options: { clients: number; attempts: number },
): Promise<WriterOutcome[]> {
  const outcomes: WriterOutcome[] = [];
  await Promise.all(
    Array.from({ length: options.clients }, async (_, writer) => {
      for (let attempt = 0; attempt < options.attempts; attempt++) {
        const expected = await transport.currentVersion();
        try {
          const version = await transport.set(expected, [
            { key: `WRITER_${writer}`, value: `value-${writer}-${attempt}` },
            { key: 'LAST_WRITER', value: `${writer}-${attempt}` },
          ]);
          outcomes.push({ writer, attempt, version });
          return;
        } catch (error) {
          const code = (error as { extensions?: { code?: string } }).extensions?.code ?? String(error);
          outcomes.push({ writer, attempt, code });
          if (code !== 'CONFLICT') return;
        }
      }
    }),
  );
  return outcomes;
}

/**
 * What must hold afterwards: every outcome is an acknowledgement or a CONFLICT; acknowledged writes
 * made distinct, consecutive versions; the final set holds exactly the acknowledged writers' values,
 * and LAST_WRITER is the write with the highest version. Returns the problems found.
 */
export function checkWriterOutcomes(
  outcomes: readonly WriterOutcome[],
  final: { version: number; values: Record<string, string> },
  startVersion: number,
): string[] {
  const problems: string[] = [];
  const acks = outcomes.filter((o) => o.version !== undefined);
  for (const o of outcomes) {
    if (o.version === undefined && o.code !== 'CONFLICT') problems.push(`writer ${o.writer} got ${o.code}`);
  }
  const versions = acks.map((o) => o.version as number).sort((a, b) => a - b);
  const expected = acks.map((_, i) => startVersion + i + 1);
  if (JSON.stringify(versions) !== JSON.stringify(expected)) {
    problems.push(`acknowledged versions ${versions.join(',')} are not ${expected.join(',')}`);
  }
  if (final.version !== startVersion + acks.length) {
    problems.push(`final version ${final.version}, expected ${startVersion + acks.length}`);
  }
  const acked = new Map(acks.map((o) => [o.writer, o]));
  const writers = new Set(outcomes.map((o) => o.writer));
  for (const writer of writers) {
    const ack = acked.get(writer);
    const value = final.values[`WRITER_${writer}`];
    if (ack && value !== `value-${writer}-${ack.attempt}`)
      problems.push(`writer ${writer}'s write is missing`);
    if (!ack && value !== undefined) problems.push(`writer ${writer} was rejected but its value is there`);
  }
  const last = acks.reduce<WriterOutcome | undefined>(
    (a, b) => (!a || (b.version ?? 0) > (a.version ?? 0) ? b : a),
    undefined,
  );
  if (last && final.values.LAST_WRITER !== `${last.writer}-${last.attempt}`) {
    problems.push(`LAST_WRITER is ${final.values.LAST_WRITER}, expected ${last.writer}-${last.attempt}`);
  }
  return problems;
}
