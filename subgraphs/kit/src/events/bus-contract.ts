import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { EventBusOptions } from './event.ts';
import type { EventBus, PaveEvent } from './types.ts';

/** Publisher and subscriber: two connections (like two processes) for remote buses, one bus in memory. */
export interface BusPair {
  publisher: EventBus;
  subscriber: EventBus;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A unique topic per test, as test files share the NATS server and the database. */
export const uniqueTopic = (name: string) => `test.${randomBytes(4).toString('hex')}.${name}`;

/** Collects events and lets a test wait until `count` have arrived. */
export function collector<Data = unknown>() {
  const events: PaveEvent<Data>[] = [];
  let wake = () => {};
  return {
    events,
    handler: (event: PaveEvent<Data>) => {
      events.push(event);
      wake();
    },
    async waitFor(count: number, timeoutMs = 5000): Promise<PaveEvent<Data>[]> {
      const deadline = Date.now() + timeoutMs;
      while (events.length < count) {
        if (Date.now() > deadline) throw new Error(`Expected ${count} events, got ${events.length}`);
        await Promise.race([new Promise<void>((resolve) => (wake = resolve)), sleep(50)]);
      }
      return events;
    },
  };
}

/** The behaviour every EventBus must show; registers its tests in the current describe. */
export function busContract(open: (options: EventBusOptions) => Promise<BusPair>): void {
  const errors: unknown[] = [];
  let pair: BusPair;
  beforeAll(async () => {
    pair = await open({ onError: (error) => errors.push(error) });
  });
  afterAll(async () => {
    await pair?.publisher.close();
    await pair?.subscriber.close();
  });

  it('delivers each event to every subscriber of its topic, and only of its topic', async () => {
    const topic = uniqueTopic('entity.changed');
    const [first, second, other] = [collector(), collector(), collector()];
    await pair.subscriber.subscribe(topic, first.handler);
    await pair.subscriber.subscribe(topic, second.handler);
    await pair.subscriber.subscribe(`${topic}.other`, other.handler);

    const published = await pair.publisher.publish(topic, { ref: 'component:default/api', at: new Date(0) });
    expect(published).toMatchObject({ topic, data: { ref: 'component:default/api' } });
    expect(Date.parse(published.time)).not.toBeNaN();

    for (const { waitFor } of [first, second]) {
      const [event] = await waitFor(1);
      // Data arrives as JSON, as it would from another process.
      expect(event).toEqual({
        ...published,
        data: { ref: 'component:default/api', at: '1970-01-01T00:00:00.000Z' },
      });
    }
    await sleep(50);
    expect(other.events).toEqual([]);
  });

  it('delivers events to a subscriber in publish order', async () => {
    const topic = uniqueTopic('ordered');
    const received = collector<number>();
    await pair.subscriber.subscribe(topic, received.handler);
    for (let i = 0; i < 20; i++) await pair.publisher.publish(topic, i);
    const events = await received.waitFor(20);
    expect(events.map((event) => event.data)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('stops delivering after unsubscribe', async () => {
    const topic = uniqueTopic('unsubscribe');
    const [leaving, staying] = [collector(), collector()];
    const unsubscribe = await pair.subscriber.subscribe(topic, leaving.handler);
    await pair.subscriber.subscribe(topic, staying.handler);
    await pair.publisher.publish(topic, 1);
    await leaving.waitFor(1);

    await unsubscribe();
    await unsubscribe(); // idempotent
    await pair.publisher.publish(topic, 2);
    await staying.waitFor(2);
    await sleep(50);
    expect(leaving.events.map((event) => event.data)).toEqual([1]);
  });

  it('isolates handler failures from publish and from other handlers', async () => {
    const topic = uniqueTopic('failing');
    const healthy = collector();
    errors.length = 0;
    await pair.subscriber.subscribe(topic, () => {
      throw new Error('sync failure');
    });
    await pair.subscriber.subscribe(topic, async () => {
      throw new Error('async failure');
    });
    await pair.subscriber.subscribe(topic, healthy.handler);

    await pair.publisher.publish(topic, 'a');
    await pair.publisher.publish(topic, 'b');
    expect((await healthy.waitFor(2)).map((event) => event.data)).toEqual(['a', 'b']);
    await sleep(20);
    expect(errors.map((error) => (error as Error).message).sort()).toEqual([
      'async failure',
      'async failure',
      'sync failure',
      'sync failure',
    ]);
  });

  it('rejects topics that are not plain dotted names', async () => {
    await expect(pair.publisher.publish('catalog.*', 1)).rejects.toThrow('Invalid event topic');
    await expect(pair.subscriber.subscribe('catalog.>', () => {})).rejects.toThrow('Invalid event topic');
  });
}
