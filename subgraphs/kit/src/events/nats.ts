import { connect, JSONCodec, type Subscription } from 'nats';
import { assertTopic, createEvent, deliver, type EventBusOptions, logEventError } from './event.ts';
import type { EventBus, EventHandler, PaveEvent } from './types.ts';

const SUBJECT_PREFIX = 'pave.';

/** Core NATS publish/subscribe (at most once, no persistence). Topics map to `pave.<topic>` subjects. */
export async function connectNatsBus(url: string, options: EventBusOptions = {}): Promise<EventBus> {
  const onError = options.onError ?? logEventError;
  // A service lives longer than the client's default 10 reconnect attempts: keep trying.
  const connection = await connect({ servers: url, name: 'pave', maxReconnectAttempts: -1 });
  const codec = JSONCodec<PaveEvent>();
  void connection.closed().then((error) => {
    if (error) onError(error);
  });

  async function pump<Data>(subscription: Subscription, handler: EventHandler<Data>): Promise<void> {
    for await (const message of subscription) {
      let event: PaveEvent<Data>;
      try {
        event = codec.decode(message.data) as PaveEvent<Data>;
      } catch (error) {
        onError(new Error(`Unreadable event on ${message.subject}`, { cause: error }));
        continue;
      }
      deliver(handler, event, onError);
    }
  }

  return {
    kind: 'nats',
    async publish<Data>(topic: string, data: Data) {
      const event = createEvent(topic, data);
      connection.publish(SUBJECT_PREFIX + topic, codec.encode(event));
      await connection.flush();
      return event;
    },
    async subscribe<Data>(topic: string, handler: EventHandler<Data>) {
      assertTopic(topic);
      const subscription = connection.subscribe(SUBJECT_PREFIX + topic);
      pump(subscription, handler).catch(onError);
      // Once the server has answered the flush, it knows about the subscription.
      await connection.flush();
      return async () => {
        if (!subscription.isClosed()) subscription.unsubscribe();
      };
    },
    async close() {
      if (!connection.isClosed()) await connection.drain();
    },
  };
}
