import DataLoader from 'dataloader';
import type { EventBus } from './events/types.ts';
import type { Identity } from './identity.ts';
import type { Logger } from './logger.ts';
import type { Peers } from './platform/peers.ts';
import type { Store } from './store/types.ts';

/** What every resolver of a subgraph receives, built fresh for each request. */
export interface SubgraphContext<Services = unknown> {
  identity: Identity;
  store: Store;
  bus: EventBus;
  log: Logger;
  /** Other capabilities, called on behalf of this request's caller. */
  peers: Peers;
  /** What the capability built at start: its adapter and anything else it shares across requests. */
  services: Services;
  /**
   * The request's DataLoader named `name`, created on first use. Resolvers reachable from a list
   * load through it, so N parents cost one backend call.
   */
  loader<K, V>(
    name: string,
    batch: DataLoader.BatchLoadFn<K, V>,
    options?: DataLoader.Options<K, V>,
  ): DataLoader<K, V>;
}

export function createLoaderCache(): SubgraphContext['loader'] {
  const loaders = new Map<string, DataLoader<unknown, unknown>>();
  return <K, V>(name: string, batch: DataLoader.BatchLoadFn<K, V>, options?: DataLoader.Options<K, V>) => {
    let loader = loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, options);
      loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  };
}
