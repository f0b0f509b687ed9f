import { randomUUID } from 'node:crypto';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Identity } from '@pave/subgraph-kit';
import { GraphQLError } from 'graphql';
import type { Authenticator } from '../auth/authenticator.ts';

export const unauthenticatedError = () =>
  new GraphQLError('A valid bearer token is required: send `Authorization: Bearer <token>`.', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } },
  });

/** Adds what the request itself says about the caller: its client and request id. */
export function describeCaller(identity: Identity, headers: { get(name: string): string | null }): Identity {
  return {
    ...identity,
    client: headers.get('x-pave-client') ?? headers.get('user-agent')?.slice(0, 80) ?? undefined,
    requestId: headers.get('x-request-id') ?? randomUUID(),
  };
}

/**
 * Every GraphQL request over HTTP must prove who it is before anything is parsed; WebSocket
 * connections prove it once in `connection_init` (see server.ts) and arrive with `identity` set.
 */
export function useAuthentication(authenticator: Authenticator): GatewayPlugin<{ identity: Identity }> {
  const identities = new WeakMap<Request, Identity>();
  return {
    async onRequestParse({ request }) {
      const identity = await authenticator.authenticate(request.headers.get('authorization'));
      if (!identity) throw unauthenticatedError();
      identities.set(request, describeCaller(identity, request.headers));
    },
    onContextBuilding({ context, extendContext }) {
      const identity = context.identity ?? identities.get(context.request);
      if (!identity) throw unauthenticatedError();
      extendContext({ identity });
    },
  };
}
