import { createApiRef } from '@backstage/frontend-plugin-api';
import type { Client } from '@urql/core';

/** What the plugin's components talk to: an urql client for the Pave gateway. */
export interface PaveApi {
  readonly client: Client;
  /** Where the gateway is, as configured (`pave.gatewayUrl`); shown on the "Get the CLI" page. */
  readonly gatewayUrl: string;
}

export const paveApiRef = createApiRef<PaveApi>().with({ id: 'plugin.pave.client', pluginId: 'pave' });
