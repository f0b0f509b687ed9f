import { ApiBlueprint } from '@backstage/frontend-plugin-api';
import { paveApiFactory } from '../api/paveApiFactory.ts';

/** `api:pave`: the gateway client, from `pave.gatewayUrl` and the user's Backstage identity. */
export const paveApi = ApiBlueprint.make({
  params: (defineParams) => defineParams(paveApiFactory),
});
