import { createServer, type Server } from 'node:http';
import { listen } from '@pave/subgraph-kit';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';

export interface DevUser {
  /** e.g. `user:default/jane` */
  userEntityRef: string;
  /** e.g. `['user:default/jane', 'group:default/team-storefront']` */
  ownershipEntityRefs: string[];
}

/**
 * Stands in for a Backstage backend's auth service: it publishes an ES256 JWKS at
 * `<base>/api/auth/.well-known/jwks.json` and signs user tokens the way Backstage does (`iss` = the
 * auth URL, `aud` = backstage, `sub` = the user, `ent` = ownership refs). The gateway verifies them
 * exactly as it would a real Backstage's.
 */
export async function startBackstageIdentity() {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'pave-dev', alg: 'ES256', use: 'sig' };
  const server: Server = createServer((req, res) => {
    if (req.url !== '/api/auth/.well-known/jwks.json') return void res.writeHead(404).end();
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  const base = await listen(server, '127.0.0.1', 0);
  const issuer = `${base}/api/auth`;
  return {
    issuer,
    jwksUrl: `${issuer}/.well-known/jwks.json`,
    signUserToken: (user: DevUser) =>
      new SignJWT({ ent: user.ownershipEntityRefs })
        .setProtectedHeader({ alg: 'ES256', kid: 'pave-dev', typ: 'vnd.backstage.user' })
        .setIssuer(issuer)
        .setAudience('backstage')
        .setSubject(user.userEntityRef)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(privateKey),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
