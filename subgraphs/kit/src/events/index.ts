export type { EventBusOptions, EventErrorHandler } from './event.ts';
export { type EventIterator, type SubscribeIteratorOptions, subscribeIterator } from './iterate.ts';
export { createMemoryBus } from './memory.ts';
export { connectNatsBus } from './nats.ts';
export { type OpenEventBusOptions, openEventBus } from './open.ts';
export { createPostgresBus, type PostgresBusOptions } from './postgres.ts';
export type { EventBus, EventHandler, PaveEvent } from './types.ts';
