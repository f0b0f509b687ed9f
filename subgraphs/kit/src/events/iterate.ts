import type { EventBus, PaveEvent } from './types.ts';

export interface EventIterator<Data> extends AsyncIterableIterator<PaveEvent<Data>> {
  /** Events dropped because the consumer fell `maxQueue` events behind. */
  readonly dropped: number;
}

export interface SubscribeIteratorOptions {
  /** Events buffered for a slow consumer before the oldest are dropped (default 1000). */
  maxQueue?: number;
}

/**
 * Subscribes to `topic` and returns the events as an async iterator (e.g. for a GraphQL subscription
 * resolver). Resolves once the subscription is ready, so no event published afterwards is missed.
 * `return()` (called by `for await` on break, and by graphql-js when the client goes) unsubscribes.
 */
export async function subscribeIterator<Data = unknown>(
  bus: EventBus,
  topic: string,
  filter?: (event: PaveEvent<Data>) => boolean,
  options: SubscribeIteratorOptions = {},
): Promise<EventIterator<Data>> {
  const maxQueue = options.maxQueue ?? 1000;
  const queue: PaveEvent<Data>[] = [];
  const waiting: ((result: IteratorResult<PaveEvent<Data>>) => void)[] = [];
  let dropped = 0;
  let finished = false;

  const unsubscribe = await bus.subscribe<Data>(topic, (event) => {
    if (finished || (filter && !filter(event))) return;
    const consumer = waiting.shift();
    if (consumer) {
      consumer({ value: event, done: false });
      return;
    }
    if (queue.length >= maxQueue) {
      queue.shift();
      dropped++;
    }
    queue.push(event);
  });

  async function finish(): Promise<IteratorResult<PaveEvent<Data>>> {
    if (!finished) {
      finished = true;
      queue.length = 0;
      for (const consumer of waiting.splice(0)) consumer({ value: undefined, done: true });
      await unsubscribe();
    }
    return { value: undefined, done: true };
  }

  const iterator: EventIterator<Data> = {
    get dropped() {
      return dropped;
    },
    next() {
      const event = queue.shift();
      if (event) return Promise.resolve({ value: event, done: false });
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return: finish,
    async throw(error: unknown) {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
