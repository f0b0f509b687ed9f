import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { IDENTITY_HEADER, type Identity, type IdentitySigner } from '@pave/subgraph-kit';

/**
 * Signs the caller's identity into every subgraph request, once per incoming request. Subgraphs
 * refuse requests without it, so nothing reaches them except through the gateway.
 */
export function useIdentitySigning(signer: IdentitySigner): GatewayPlugin<{ identity: Identity }> {
  const signed = new WeakMap<object, string>();
  return {
    onFetch({ context, options, setOptions }) {
      const identity = 'identity' in context ? (context.identity as Identity | undefined) : undefined;
      if (!identity) return;
      let token = signed.get(context);
      if (!token) {
        token = signer.sign(identity);
        signed.set(context, token);
      }
      const headers = new Headers(options.headers as HeadersInit | undefined);
      headers.set(IDENTITY_HEADER, token);
      setOptions({ ...options, headers: Object.fromEntries(headers) });
    },
  };
}
