import { AsyncLocalStorage } from 'node:async_hooks';
import { assertTopic, createEvent, deliver, type EventBusOptions, logEventError } from './event.ts';
import type { EventBus, EventHandler, PaveEvent } from './types.ts';

interface Subscriber {
  handler: EventHandler<unknown>;
  active: boolean;
  /** Runs in the subscriber's async context, never the publisher's (as with the remote buses). */
  run: <R>(fn: () => R) => R;
}

/**
 * In-process bus for embedded mode and tests. Handlers run later (never inside `publish`), each on its
 * own JSON copy of the data, so code behaves as it will over NATS or Postgres.
 */
export function createMemoryBus(options: EventBusOptions = {}): EventBus {
  const onError = options.onError ?? logEventError;
  const topics = new Map<string, Set<Subscriber>>();
  let closed = false;

  return {
    kind: 'memory',
    async publish<Data>(topic: string, data: Data) {
      if (closed) throw new Error('Event bus is closed');
      const event = createEvent(topic, data);
      const json = JSON.stringify(event);
      for (const subscriber of topics.get(topic) ?? []) {
        setImmediate(() => {
          if (!subscriber.active) return;
          subscriber.run(() => deliver(subscriber.handler, JSON.parse(json) as PaveEvent, onError));
        });
      }
      return event;
    },
    async subscribe<Data>(topic: string, handler: EventHandler<Data>) {
      if (closed) throw new Error('Event bus is closed');
      assertTopic(topic);
      const subscriber: Subscriber = {
        handler: handler as EventHandler<unknown>,
        active: true,
        run: AsyncLocalStorage.snapshot(),
      };
      const subscribers = topics.get(topic) ?? new Set();
      topics.set(topic, subscribers);
      subscribers.add(subscriber);
      return async () => {
        subscriber.active = false;
        subscribers.delete(subscriber);
        if (subscribers.size === 0 && topics.get(topic) === subscribers) topics.delete(topic);
      };
    },
    async close() {
      closed = true;
      for (const subscribers of topics.values()) {
        for (const subscriber of subscribers) subscriber.active = false;
      }
      topics.clear();
    },
  };
}
