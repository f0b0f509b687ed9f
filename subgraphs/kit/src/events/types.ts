/** An event as every bus delivers it. */
export interface PaveEvent<Data = unknown> {
  id: string;
  /** Dotted topic, e.g. `config.changed` or `catalog.entity.changed`. */
  topic: string;
  time: string;
  data: Data;
}

export type EventHandler<Data = unknown> = (event: PaveEvent<Data>) => void | Promise<void>;

/**
 * Publish/subscribe between subgraphs: in-process in embedded mode, NATS or Postgres
 * LISTEN/NOTIFY when subgraphs run as separate processes.
 */
export interface EventBus {
  readonly kind: 'memory' | 'nats' | 'postgres';
  /** Resolves once the bus has accepted the event (flushed to the server for remote buses). */
  publish<Data>(topic: string, data: Data): Promise<PaveEvent<Data>>;
  /** Calls `handler` for each event on `topic` published after the subscription is ready. */
  subscribe<Data>(topic: string, handler: EventHandler<Data>): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
