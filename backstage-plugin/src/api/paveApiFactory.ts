import { configApiRef, identityApiRef } from '@backstage/frontend-plugin-api';
import { createPaveClient } from './createPaveClient.ts';
import { paveApiRef } from './PaveApi.ts';

/**
 * The Pave API as both plugin systems register it: the gateway from app config, the signed-in
 * user's Backstage token on every request (the gateway verifies it against the backend's JWKS).
 */
export const paveApiFactory = {
  api: paveApiRef,
  deps: { configApi: configApiRef, identityApi: identityApiRef },
  factory: ({
    configApi,
    identityApi,
  }: {
    configApi: typeof configApiRef.T;
    identityApi: typeof identityApiRef.T;
  }) => {
    const gatewayUrl = configApi.getString('pave.gatewayUrl');
    return {
      gatewayUrl,
      client: createPaveClient({
        gatewayUrl,
        getToken: async () => (await identityApi.getCredentials()).token,
        persistedDocumentsOnly: configApi.getOptionalBoolean('pave.persistedDocuments') ?? false,
      }),
    };
  },
};
