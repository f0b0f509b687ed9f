import pg from 'pg';
import { assertTopic, createEvent, deliver, type EventBusOptions, logEventError } from './event.ts';
import { startPgListener } from './pg-listener.ts';
import type { EventBus, EventHandler, PaveEvent } from './types.ts';

export interface PostgresBusOptions extends EventBusOptions {
  /** NOTIFY channel (default `pave_events`); a unique one isolates tests sharing a database. */
  channel?: string;
}

// Postgres rejects NOTIFY payloads of 8000 bytes or more.
const MAX_PAYLOAD_BYTES = 7999;
const CHANNEL = /^[a-z_][a-z0-9_]*$/;

/** Events over LISTEN/NOTIFY: one dedicated listening connection, publishes through a small pool. */
export async function createPostgresBus(url: string, options: PostgresBusOptions = {}): Promise<EventBus> {
  const channel = options.channel ?? 'pave_events';
  if (!CHANNEL.test(channel))
    throw new Error(`Invalid channel "${channel}": use lower-case letters, digits and "_"`);
  const onError = options.onError ?? logEventError;
  const handlers = new Map<string, Set<EventHandler<unknown>>>();

  function dispatch(payload: string): void {
    let topic: string;
    try {
      topic = (JSON.parse(payload) as PaveEvent).topic;
    } catch (error) {
      onError(new Error(`Unreadable event on channel ${channel}`, { cause: error }));
      return;
    }
    for (const handler of handlers.get(topic) ?? []) {
      deliver(handler, JSON.parse(payload) as PaveEvent, onError); // each handler gets its own copy
    }
  }

  const listener = await startPgListener({
    url,
    channel,
    applicationName: 'pave-events',
    onPayload: dispatch,
    onError,
  });
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on('error', (error) => onError(error));
  let closing: Promise<void> | undefined;

  return {
    kind: 'postgres',
    async publish<Data>(topic: string, data: Data) {
      const event = createEvent(topic, data);
      const payload = JSON.stringify(event);
      const bytes = Buffer.byteLength(payload);
      if (bytes > MAX_PAYLOAD_BYTES) {
        throw new Error(
          `Event on topic "${topic}" is ${bytes} bytes as JSON; Postgres NOTIFY carries under 8000 bytes. ` +
            'Publish an id instead and let subscribers read the data from the store.',
        );
      }
      await pool.query('select pg_notify($1, $2)', [channel, payload]);
      return event;
    },
    async subscribe<Data>(topic: string, handler: EventHandler<Data>) {
      assertTopic(topic);
      // The listener already LISTENs on the channel, so the subscription is ready at once.
      const topicHandlers = handlers.get(topic) ?? new Set();
      handlers.set(topic, topicHandlers);
      // A wrapper per subscription, so subscribing the same function twice makes two subscriptions.
      const entry: EventHandler<unknown> = (event) => handler(event as PaveEvent<Data>);
      topicHandlers.add(entry);
      return async () => {
        topicHandlers.delete(entry);
        if (topicHandlers.size === 0 && handlers.get(topic) === topicHandlers) handlers.delete(topic);
      };
    },
    close() {
      handlers.clear();
      closing ??= listener.close().then(() => pool.end());
      return closing;
    },
  };
}
