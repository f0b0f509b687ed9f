import {
  type ConfigChanged,
  defineSubgraph,
  type EnvironmentChanged,
  type EventBus,
  type PaveEvent,
  TOPICS,
} from '@pave/subgraph-kit';
import { parse } from 'graphql';

/**
 * A stand-in for the capabilities around secrets in end-to-end tests: it records every
 * `config.changed` event and can announce `environment.changed`, as the environments subgraph will.
 */
export function createSecretsNeighbour() {
  const configChanges: ConfigChanged[] = [];
  let bus: EventBus | undefined;
  const module = defineSubgraph({
    name: 'neighbour',
    typeDefs: parse(/* GraphQL */ `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Query {
        neighbourHealth: String!
      }
    `),
    resolvers: { Query: { neighbourHealth: () => 'ok' } },
    migrations: [],
    async start(runtime) {
      bus = runtime.bus;
      const stop = await runtime.bus.subscribe<ConfigChanged>(
        TOPICS.configChanged,
        (event: PaveEvent<ConfigChanged>) => {
          configChanges.push(event.data);
        },
      );
      return { services: {}, stop };
    },
  });
  return {
    module,
    configChanges,
    async environmentChanged(data: EnvironmentChanged) {
      if (!bus) throw new Error('The neighbour subgraph has not started');
      await bus.publish(TOPICS.environmentChanged, data);
    },
  };
}

/** Polls `check` until it returns true or `timeoutMs` passes. */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
