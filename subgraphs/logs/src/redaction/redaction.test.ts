import { createMemoryBus } from '@pave/subgraph-kit';
import { describe, expect, it } from 'vitest';
import type { LogLine, LogPageRequest, LogsBackend, TailSink } from '../port.ts';
import { FixedSecrets, recordingSink, waitFor } from '../testing/helpers.ts';
import { withRedaction } from './redactingBackend.ts';
import { SecretRedactors } from './secretRedactors.ts';

const DEV = 'component:default/web/dev';
const PROD = 'component:default/web/prod';
const line = (n: number, text: string, environmentId = DEV): LogLine => ({
  cursor: String(n).padStart(4, '0'),
  environmentId,
  time: new Date(0),
  source: 'process',
  line: text,
});

/** A backend over a fixed list of lines, in cursor order, grepping the raw text as a store would. */
function listBackend(lines: LogLine[]): LogsBackend & { sink?: TailSink } {
  const backend: LogsBackend & { sink?: TailSink } = {
    kind: 'list',
    async page(request: LogPageRequest) {
      const matching = lines.filter(
        (l) =>
          (!request.after || l.cursor > request.after) &&
          (request.filter.grep === undefined || l.line.includes(request.filter.grep)),
      );
      return { lines: matching.slice(0, request.first), hasNextPage: matching.length > request.first };
    },
    count: async () => lines.length,
    async tail(_request, sink) {
      backend.sink = sink;
      return async () => {};
    },
    close: async () => {},
  };
  return backend;
}

describe('redaction around any backend', () => {
  it("masks each environment's own secrets in pages", async () => {
    const secrets = new FixedSecrets();
    secrets.set(DEV, ['dev-secret-1']);
    secrets.set(PROD, ['prod-secret-2']);
    const backend = withRedaction(
      listBackend([line(1, 'a dev-secret-1'), line(2, 'b prod-secret-2 dev-secret-1', PROD)]),
      new SecretRedactors(secrets),
    );
    const page = await backend.page({
      scope: { componentRef: 'component:default/web' },
      filter: {},
      order: 'oldest',
      first: 10,
    });
    expect(page.lines.map((l) => l.line)).toEqual(['a [REDACTED]', 'b [REDACTED] dev-secret-1']);
    expect(secrets.reveals).toBe(1); // both environments in one call
  });

  it("masks pages read together, each with its environment's values", async () => {
    const secrets = new FixedSecrets();
    secrets.set(DEV, ['dev-secret-1']);
    const backend = withRedaction(
      listBackend([line(1, 'dev-secret-1 here'), line(2, 'prod-secret-2', PROD)]),
      new SecretRedactors(secrets),
    );
    const request = { scope: { environmentId: DEV }, filter: {}, order: 'oldest' as const, first: 1 };
    const pages = await backend.pageMany?.([request, { ...request, first: 5 }]);
    expect(pages?.map((page) => page.lines.map((l) => l.line))).toEqual([
      ['[REDACTED] here'],
      ['[REDACTED] here', 'prod-secret-2'],
    ]);
  });

  it('matches grep on the masked text, refilling the page and keeping the cursor moving', async () => {
    const secrets = new FixedSecrets();
    secrets.set(DEV, ['hunter22']);
    const lines = [
      line(1, 'pw hunter22'),
      line(2, 'pw hunter22'),
      line(3, 'hunting season'),
      line(4, 'hunter22 again'),
      line(5, 'hunt'),
    ];
    const backend = withRedaction(listBackend(lines), new SecretRedactors(secrets));
    const page = await backend.page({
      scope: { environmentId: DEV },
      filter: { grep: 'hunt' },
      order: 'oldest',
      first: 2,
    });
    expect(page.lines.map((l) => l.line)).toEqual(['hunting season', 'hunt']);
    expect(page.hasNextPage).toBe(false);
    const none = await backend.page({
      scope: { environmentId: DEV },
      filter: { grep: 'hunter2' },
      order: 'oldest',
      first: 1,
    });
    expect(none.lines).toEqual([]);
    expect(none.endCursor).toBe('0004');
    expect(await backend.count?.({ environmentId: DEV }, { grep: 'hunt' })).toBeUndefined();
  });

  it('masks a live tail, in order, with values refreshed when config.changed arrives', async () => {
    const secrets = new FixedSecrets();
    secrets.set(DEV, ['first-secret']);
    const bus = createMemoryBus();
    const redactors = new SecretRedactors(secrets);
    await redactors.subscribe(bus);
    const inner = listBackend([]);
    const backend = withRedaction(inner, redactors);
    const sink = recordingSink();
    await backend.tail({ environmentId: DEV, filter: {} }, sink);
    inner.sink?.lines([line(1, 'first-secret here')]);
    await waitFor(() => sink.received.length === 1);
    secrets.set(DEV, ['first-secret', 'second-secret']);
    await bus.publish('config.changed', {
      environmentId: DEV,
      componentRef: 'component:default/web',
      version: 2,
      changedKeys: ['B'],
      actor: 't',
    });
    await waitFor(async () => (await redactors.forEnvironment(DEV)).size > 1);
    inner.sink?.lines([line(2, 'second-secret there'), line(3, 'plain')]);
    await waitFor(() => sink.received.length === 3);
    expect(sink.texts()).toEqual(['[REDACTED] here', '[REDACTED] there', 'plain']);
    await bus.close();
  });

  it('fails closed: no lines when the secrets cannot be read', async () => {
    const secrets = new FixedSecrets();
    secrets.failing = true;
    const backend = withRedaction(listBackend([line(1, 'x')]), new SecretRedactors(secrets));
    await expect(
      backend.page({ scope: { environmentId: DEV }, filter: {}, order: 'oldest', first: 1 }),
    ).rejects.toThrow('secrets unavailable');
    await expect(backend.tail({ environmentId: DEV, filter: {} }, recordingSink())).rejects.toThrow(
      'secrets unavailable',
    );
  });
});

describe('SecretRedactors', () => {
  it('checks versions after recheckMs and reveals again only when the version changed', async () => {
    let now = 0;
    const secrets = new FixedSecrets();
    secrets.set(DEV, ['aaaa-1111']);
    const redactors = new SecretRedactors(secrets, { recheckMs: 1000, now: () => now });
    await redactors.forEnvironment(DEV);
    await redactors.forEnvironment(DEV);
    expect(secrets.reveals).toBe(1);
    now = 2000;
    await redactors.forEnvironment(DEV);
    expect(secrets.reveals).toBe(1); // same version: no reveal
    secrets.set(DEV, ['bbbb-2222']);
    now = 4000;
    expect((await redactors.forEnvironment(DEV)).redact('bbbb-2222')).toBe('[REDACTED]');
    expect(secrets.reveals).toBe(2);
  });

  it('does not cache values read before an invalidation that happened meanwhile', async () => {
    const secrets = new FixedSecrets();
    secrets.set(DEV, ['old-value']);
    const redactors = new SecretRedactors(secrets);
    const loading = redactors.forEnvironment(DEV);
    redactors.invalidate(DEV);
    secrets.set(DEV, ['new-value']);
    await loading;
    expect((await redactors.forEnvironment(DEV)).redact('new-value')).toBe('[REDACTED]');
  });
});
