import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CallerToken, tokenDigest } from './callerToken.ts';

/** Who is calling, as the gateway established it and vouches for to the subgraphs. */
export interface Identity {
  /** `root`, `service:<name>` or a user entity ref such as `user:default/alice`. */
  subject: string;
  kind: 'root' | 'service' | 'user';
  groups: string[];
  admin: boolean;
  /** The client the request came from, e.g. `pave-cli/0.1.0`, for audit logs. */
  client?: string;
  requestId?: string;
  /**
   * The caller's own bearer token, when its issuer is configured to pass it on and this capability
   * is one it may go to (see callerToken.ts). Never logged.
   */
  token?: CallerToken;
}

/** Header the gateway puts the signed identity in on every subgraph request. */
export const IDENTITY_HEADER = 'x-pave-identity';
const ISSUER = 'pave-gateway';
const LIFETIME_SECONDS = 60;

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const JWT_HEADER = encode({ alg: 'HS256', typ: 'JWT' });

interface Claims {
  iss: string;
  sub: string;
  knd: Identity['kind'];
  grp: string[];
  adm: boolean;
  cli?: string;
  rid?: string;
  /** The caller's token this identity vouches for, when it carries one: its issuer and digest. */
  tok?: { iss: string; dig: string };
  iat: number;
  exp: number;
}

/**
 * Signs and verifies identities as compact HS256 JWTs. Hand-rolled on node:crypto because it runs
 * on every subgraph call and the synchronous HMAC is several times cheaper than WebCrypto.
 */
export class IdentitySigner {
  readonly #key: Buffer;

  constructor(key: string | Buffer) {
    this.#key = typeof key === 'string' ? Buffer.from(key) : key;
    if (this.#key.length < 32) throw new Error('The identity key must be at least 32 bytes long.');
  }

  sign(identity: Identity, now = Date.now()): string {
    const iat = Math.floor(now / 1000);
    const claims: Claims = {
      iss: ISSUER,
      sub: identity.subject,
      knd: identity.kind,
      grp: identity.groups,
      adm: identity.admin,
      cli: identity.client,
      rid: identity.requestId,
      tok: identity.token && { iss: identity.token.issuer, dig: identity.token.digest() },
      iat,
      exp: iat + LIFETIME_SECONDS,
    };
    const body = `${JWT_HEADER}.${encode(claims)}`;
    return `${body}.${this.#mac(body)}`;
  }

  /**
   * The identity of a subgraph request: the signed identity header, with the caller's token from its
   * own header when the identity vouches for exactly that token. `undefined` when the identity is
   * missing, forged or expired, or a caller token comes that the identity does not vouch for.
   */
  verifyRequest(
    identityHeader: string | null | undefined,
    callerToken: string | null | undefined,
    now = Date.now(),
  ): Identity | undefined {
    const verified = this.#verifyClaims(identityHeader, now);
    if (!verified) return undefined;
    const { identity, claims } = verified;
    if (!callerToken) return identity;
    const expected = Buffer.from(claims.tok?.dig ?? '');
    const actual = Buffer.from(tokenDigest(callerToken));
    if (!claims.tok || expected.length !== actual.length || !timingSafeEqual(expected, actual))
      return undefined;
    return { ...identity, token: new CallerToken(callerToken, claims.tok.iss) };
  }

  /** Returns the identity, or `undefined` when the token is missing, forged, malformed or expired. */
  verify(token: string | null | undefined, now = Date.now()): Identity | undefined {
    return this.#verifyClaims(token, now)?.identity;
  }

  #verifyClaims(
    token: string | null | undefined,
    now: number,
  ): { identity: Identity; claims: Claims } | undefined {
    if (!token) return undefined;
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== JWT_HEADER) return undefined;
    const expected = Buffer.from(this.#mac(`${parts[0]}.${parts[1]}`));
    const actual = Buffer.from(parts[2] ?? '');
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined;
    let claims: Claims;
    try {
      claims = JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8'));
    } catch {
      return undefined;
    }
    if (claims.iss !== ISSUER || typeof claims.exp !== 'number' || claims.exp * 1000 < now) return undefined;
    const identity: Identity = {
      subject: claims.sub,
      kind: claims.knd,
      groups: claims.grp ?? [],
      admin: claims.adm === true,
      client: claims.cli,
      requestId: claims.rid,
    };
    return { identity, claims };
  }

  #mac(body: string): string {
    return createHmac('sha256', this.#key).update(body).digest('base64url');
  }
}

/**
 * The key from configuration, else the one generated into the data directory on first start
 * (mode 0600), so an embedded platform keeps working across restarts without setup.
 */
export async function loadIdentityKey(options: { key?: string; dataDir: string }): Promise<string> {
  if (options.key) return options.key;
  const file = join(options.dataDir, 'identity-key');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(options.dataDir, { recursive: true });
  const key = randomBytes(32).toString('base64url');
  await writeFile(file, `${key}\n`, { mode: 0o600, flag: 'wx' }).catch(async (error) => {
    // Another process of the same platform won the race: use its key.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  });
  await chmod(file, 0o600);
  return (await readFile(file, 'utf8')).trim();
}
