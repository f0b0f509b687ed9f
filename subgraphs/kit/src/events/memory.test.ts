import { AsyncLocalStorage } from 'node:async_hooks';
import { describe, expect, it } from 'vitest';
import { busContract, collector } from './bus-contract.ts';
import { createMemoryBus } from './memory.ts';

describe('memory bus', () => {
  busContract(async (options) => {
    const bus = createMemoryBus(options);
    return { publisher: bus, subscriber: bus };
  });

  it('runs handlers after publish returns, in the async context of subscribe', async () => {
    const context = new AsyncLocalStorage<string>();
    const bus = createMemoryBus();
    let seen: string | undefined = 'not called';
    await context.run('subscriber', () =>
      bus.subscribe('t', () => {
        seen = context.getStore();
      }),
    );
    await context.run('publisher', () => bus.publish('t', 1));
    expect(seen).toBe('not called');
    const done = collector();
    await bus.subscribe('t', done.handler);
    await bus.publish('t', 2);
    await done.waitFor(1);
    expect(seen).toBe('subscriber');
  });

  it('refuses to publish once closed', async () => {
    const bus = createMemoryBus();
    await bus.close();
    await expect(bus.publish('t', 1)).rejects.toThrow('closed');
  });
});
