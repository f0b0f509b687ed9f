import type { LogLine, LogPage, LogPageRequest, LogsBackend, TailSink } from '../port.ts';
import type { Redactor } from './redactor.ts';
import type { SecretRedactors } from './secretRedactors.ts';

/** Pages read to fill one page when masking dropped grep matches. */
const MAX_REFILLS = 5;

/**
 * Wraps a backend so that no line leaves it with a secret value of its environment in it,
 * whatever the backend. `grep` is matched again on the masked text: otherwise grepping for a
 * guess would tell whether a secret contains it.
 */
export function withRedaction(backend: LogsBackend, redactors: SecretRedactors): LogsBackend {
  const mask = (line: LogLine, redactor: Redactor | undefined): LogLine =>
    redactor && redactor.size > 0 ? { ...line, line: redactor.redact(line.line) } : line;

  async function maskPage(lines: LogLine[], grep: string | undefined): Promise<LogLine[]> {
    const redactors = await redactorsFor(lines);
    const masked = lines.map((line) => mask(line, redactors.get(line.environmentId)));
    return grep === undefined ? masked : masked.filter((line) => line.line.includes(grep));
  }

  const redactorsFor = (lines: LogLine[]) =>
    redactors.forEnvironments([...new Set(lines.map((line) => line.environmentId))]);

  /** The first page masked; while grep matches fell to the mask, more pages read to fill it. */
  async function maskedPage(request: LogPageRequest, first: () => Promise<LogPage>): Promise<LogPage> {
    const lines: LogLine[] = [];
    let after = request.after;
    for (let round = 0; ; round++) {
      const page =
        round === 0
          ? await first()
          : await backend.page({ ...request, after, first: request.first - lines.length });
      lines.push(...(await maskPage(page.lines, request.filter.grep)));
      after = page.endCursor ?? page.lines.at(-1)?.cursor ?? after;
      const full = lines.length >= request.first;
      if (full || !page.hasNextPage || round >= MAX_REFILLS) {
        return { lines, hasNextPage: page.hasNextPage, endCursor: after };
      }
    }
  }

  return {
    kind: backend.kind,
    page: (request) => maskedPage(request, () => backend.page(request)),
    async pageMany(requests) {
      const pages = backend.pageMany ? await backend.pageMany(requests) : undefined;
      return Promise.all(
        requests.map((request, i) => maskedPage(request, async () => pages?.[i] ?? backend.page(request))),
      );
    },
    async count(scope, filter) {
      // A count of raw grep matches would tell what the masked lines hide.
      if (filter.grep !== undefined || !backend.count) return undefined;
      return backend.count(scope, filter);
    },
    async tail(request, sink) {
      // Fail before the tail starts when the values cannot be read, rather than serve unmasked lines.
      await redactors.forEnvironment(request.environmentId);
      let chain = Promise.resolve();
      let failed = false;
      const masked: TailSink = {
        lines(batch) {
          chain = chain.then(async () => {
            if (failed) return;
            try {
              const lines = await maskPage(batch, request.filter.grep);
              if (lines.length > 0) sink.lines(lines);
            } catch (error) {
              failed = true;
              sink.error(error as Error);
            }
          });
        },
        error(error) {
          chain = chain.then(() => {
            if (!failed) sink.error(error);
            failed = true;
          });
        },
      };
      return backend.tail(request, masked);
    },
    close: () => backend.close(),
  };
}
