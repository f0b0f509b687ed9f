import { describe, expect, it } from 'vitest';
import { sleep } from './bus-contract.ts';
import { subscribeIterator } from './iterate.ts';
import { createMemoryBus } from './memory.ts';
import type { EventBus } from './types.ts';

/** A memory bus that counts live subscriptions. */
function countingBus(): EventBus & { readonly live: number } {
  const bus = createMemoryBus();
  let live = 0;
  return {
    kind: bus.kind,
    publish: (topic, data) => bus.publish(topic, data),
    async subscribe(topic, handler) {
      const unsubscribe = await bus.subscribe(topic, handler);
      live++;
      return async () => {
        live--;
        await unsubscribe();
      };
    },
    close: () => bus.close(),
    get live() {
      return live;
    },
  };
}

describe('subscribeIterator', () => {
  it('yields matching events in order and unsubscribes when the consumer stops', async () => {
    const bus = countingBus();
    const events = await subscribeIterator<number>(bus, 'numbers', (event) => event.data % 2 === 0);
    expect(bus.live).toBe(1);
    for (let i = 1; i <= 6; i++) await bus.publish('numbers', i);

    const seen: number[] = [];
    for await (const event of events) {
      seen.push(event.data);
      if (seen.length === 3) break; // calls return()
    }
    expect(seen).toEqual([2, 4, 6]);
    expect(bus.live).toBe(0);
    expect(await events.next()).toEqual({ value: undefined, done: true });
  });

  it('wakes a waiting consumer, and ends it on return()', async () => {
    const bus = countingBus();
    const events = await subscribeIterator(bus, 'wake');
    const first = events.next();
    await bus.publish('wake', 'hello');
    expect((await first).value?.data).toBe('hello');

    const pending = events.next();
    await events.return?.();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(bus.live).toBe(0);
  });

  it('keeps the newest events when the consumer falls behind, counting the dropped ones', async () => {
    const bus = createMemoryBus();
    const events = await subscribeIterator<number>(bus, 'burst', undefined, { maxQueue: 3 });
    for (let i = 1; i <= 5; i++) await bus.publish('burst', i);
    await sleep(10); // let the memory bus deliver
    expect(events.dropped).toBe(2);
    const kept = [
      (await events.next()).value?.data,
      (await events.next()).value?.data,
      (await events.next()).value?.data,
    ];
    expect(kept).toEqual([3, 4, 5]);
    await events.return?.();
  });
});
