import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { CALLER_TOKEN_HEADER, IDENTITY_HEADER, type Identity, type IdentitySigner } from '@pave/subgraph-kit';

/**
 * Signs the caller's identity into every subgraph request, once per incoming request. Subgraphs
 * refuse requests without it, so nothing reaches them except through the gateway. A caller's own
 * token (see CallerToken) goes only to the subgraphs its issuer's `passTokenTo` names; the signed
 * identity carries its digest, so a subgraph accepts no other token with it.
 */
export function useIdentitySigning(signer: IdentitySigner): GatewayPlugin<{ identity: Identity }> {
  const signed = new WeakMap<object, string>();
  return {
    onFetch({ context, options, setOptions, executionRequest }) {
      const identity = 'identity' in context ? (context.identity as Identity | undefined) : undefined;
      if (!identity) return;
      let token = signed.get(context);
      if (!token) {
        token = signer.sign(identity);
        signed.set(context, token);
      }
      const headers = new Headers(options.headers as HeadersInit | undefined);
      headers.set(IDENTITY_HEADER, token);
      headers.delete(CALLER_TOKEN_HEADER);
      const subgraph = executionRequest?.subgraphName;
      if (identity.token && subgraph !== undefined && identity.token.passTo.includes(subgraph)) {
        headers.set(CALLER_TOKEN_HEADER, identity.token.reveal());
      }
      setOptions({ ...options, headers: Object.fromEntries(headers) });
    },
  };
}
