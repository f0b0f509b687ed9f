import type { EventBusOptions } from './event.ts';
import { createMemoryBus } from './memory.ts';
import { connectNatsBus } from './nats.ts';
import { createPostgresBus } from './postgres.ts';
import type { EventBus } from './types.ts';

export interface OpenEventBusOptions extends EventBusOptions {
  kind: EventBus['kind'];
  /** Server URL; required for `nats` and `postgres`. */
  url?: string;
}

export async function openEventBus(options: OpenEventBusOptions): Promise<EventBus> {
  const { kind, url } = options;
  if (kind === 'memory') return createMemoryBus(options);
  if (kind !== 'nats' && kind !== 'postgres') {
    throw new Error(`Unknown event bus kind "${String(kind)}": use memory, nats or postgres`);
  }
  if (!url) throw new Error(`The ${kind} event bus needs a url`);
  return kind === 'nats' ? connectNatsBus(url, options) : createPostgresBus(url, options);
}
