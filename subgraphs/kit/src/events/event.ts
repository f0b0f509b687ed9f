import { randomUUID } from 'node:crypto';
import type { EventHandler, PaveEvent } from './types.ts';

/** Called when a handler throws or rejects, or an incoming message cannot be read. */
export type EventErrorHandler = (error: unknown, event?: PaveEvent) => void;

export interface EventBusOptions {
  /** Defaults to logging with console.error. */
  onError?: EventErrorHandler;
}

// Exact dotted names only: NATS would treat `*` and `>` as wildcards, the other buses would not.
const TOPIC = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;

export function assertTopic(topic: string): void {
  if (!TOPIC.test(topic)) {
    throw new Error(`Invalid event topic "${topic}": use dot-separated words of letters, digits, "_" or "-"`);
  }
}

export function createEvent<Data>(topic: string, data: Data): PaveEvent<Data> {
  assertTopic(topic);
  return { id: randomUUID(), topic, time: new Date().toISOString(), data };
}

export const logEventError: EventErrorHandler = (error, event) => {
  console.error(`[pave events] ${event ? `handler for "${event.topic}" failed` : 'bus error'}:`, error);
};

/** Calls `handler` without awaiting it; neither a throw nor a rejection escapes to the bus. */
export function deliver<Data>(
  handler: EventHandler<Data>,
  event: PaveEvent<Data>,
  onError: EventErrorHandler,
): void {
  try {
    Promise.resolve(handler(event)).catch((error: unknown) => onError(error, event));
  } catch (error) {
    onError(error, event);
  }
}
