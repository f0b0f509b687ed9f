import { CallerToken, type Identity, type JwtIssuerConfig } from '@pave/subgraph-kit';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';

/**
 * Verifies JWTs from trusted issuers (Backstage user tokens, any OIDC provider): signature against
 * the issuer's JWKS, `iss`, `aud` and `exp`. The subject and groups become the caller's identity;
 * for an issuer with `passTokenTo`, the token itself goes with it to those capabilities.
 */
export class JwtVerifier {
  readonly #issuers: Map<string, JwtIssuerConfig & { keys: ReturnType<typeof createRemoteJWKSet> }>;

  constructor(issuers: JwtIssuerConfig[]) {
    this.#issuers = new Map(
      issuers.map((issuer) => [
        issuer.issuer,
        { ...issuer, keys: createRemoteJWKSet(new URL(issuer.jwksUrl)) },
      ]),
    );
  }

  static looksLikeOne(token: string): boolean {
    return token.split('.').length === 3;
  }

  async verify(token: string): Promise<Identity | undefined> {
    let issuer: string | undefined;
    try {
      issuer = decodeJwt(token).iss;
    } catch {
      return undefined;
    }
    const trusted = issuer ? this.#issuers.get(issuer) : undefined;
    if (!trusted) return undefined;
    try {
      const { payload } = await jwtVerify(token, trusted.keys, {
        issuer: trusted.issuer,
        audience: trusted.audience,
        requiredClaims: ['exp', 'sub'],
      });
      const claim = payload[trusted.groupsClaim];
      const groups = Array.isArray(claim) ? claim.filter((g): g is string => typeof g === 'string') : [];
      const identity: Identity = {
        subject: String(payload.sub),
        kind: 'user',
        groups,
        admin: groups.some((group) => trusted.adminGroups.includes(group)),
      };
      const passTo = trusted.passTokenTo ?? [];
      return passTo.length > 0
        ? { ...identity, token: new CallerToken(token, trusted.issuer, passTo) }
        : identity;
    } catch {
      return undefined;
    }
  }
}
