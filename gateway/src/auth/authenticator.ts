import { timingSafeEqual } from 'node:crypto';
import type { Identity } from '@pave/subgraph-kit';
import { JwtVerifier } from './jwt.ts';
import { ServiceTokens } from './serviceTokens.ts';

export const ROOT_IDENTITY: Identity = { subject: 'root', kind: 'root', groups: [], admin: true };

/** Turns a bearer token into the caller's identity, or `undefined` when it proves nothing. */
export interface Authenticator {
  authenticate(authorization: string | null | undefined): Promise<Identity | undefined>;
}

export function createAuthenticator(options: {
  rootToken?: string;
  serviceTokens: ServiceTokens;
  jwt: JwtVerifier;
}): Authenticator {
  const root = options.rootToken ? Buffer.from(options.rootToken) : undefined;
  return {
    async authenticate(authorization) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
      const token = match?.[1];
      if (!token) return undefined;
      if (root) {
        const given = Buffer.from(token);
        if (given.length === root.length && timingSafeEqual(given, root)) return ROOT_IDENTITY;
      }
      if (ServiceTokens.looksLikeOne(token)) return options.serviceTokens.verify(token);
      if (JwtVerifier.looksLikeOne(token)) return options.jwt.verify(token);
      return undefined;
    },
  };
}
