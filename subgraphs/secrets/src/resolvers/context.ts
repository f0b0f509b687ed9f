import type { SubgraphContext } from '@pave/subgraph-kit';
import type { VersionInfo } from '../port.ts';
import type { SecretsServices } from '../services.ts';

export type SecretsContext = SubgraphContext<SecretsServices>;

/** Parents of the federated entities this subgraph extends. */
export interface EnvironmentRef {
  id: string;
}
export interface ComponentRef {
  ref: string;
}

export interface VersionParent extends VersionInfo {
  environmentId: string;
}
