import type { CapabilityName } from '@pave/schema';
import type { AnySubgraphModule } from '@pave/subgraph-kit';

/**
 * The capabilities this build of Pave serves, each loaded only when it is started. A capability
 * missing here is simply not part of the platform yet.
 */
export const capabilityModules: Partial<Record<CapabilityName, () => Promise<AnySubgraphModule>>> = {
  catalog: async () => (await import('@pave/catalog')).catalogSubgraph,
  environments: async () => (await import('@pave/environments')).environmentsSubgraph,
  secrets: async () => (await import('@pave/secrets')).secretsSubgraph,
  releases: async () => (await import('@pave/releases')).releasesSubgraph,
  logs: async () => (await import('@pave/logs')).logsSubgraph,
};

export async function loadCapability(name: string): Promise<AnySubgraphModule> {
  const load = capabilityModules[name as CapabilityName];
  if (!load) {
    throw new Error(
      `Unknown capability "${name}": expected one of ${Object.keys(capabilityModules).join(', ')}.`,
    );
  }
  return load();
}
