/**
 * The caller's own bearer token, for the few adapters that call a backend as the caller (the
 * catalog's `backstage` adapter sends a Backstage user's token to Backstage, so that Backstage's
 * permissions apply). Only JWTs from an issuer configured with `passTokenTo` carry one, and the
 * gateway passes it only to the capabilities named there, in a header of the internal hop bound to
 * the signed identity by its digest: a token that does not match the identity is refused.
 *
 * It never prints: JSON, `util.inspect`, template strings and the logger all show [REDACTED]. Code
 * that must send it calls `reveal()`, and sends it only to the backend it is meant for.
 */
import { createHash } from 'node:crypto';
import { inspect } from 'node:util';

/** Header the gateway puts a caller's token in, on requests to the capabilities it may go to. */
export const CALLER_TOKEN_HEADER = 'x-pave-caller-token';

const REDACTED = '[REDACTED]';

export class CallerToken {
  /** The `iss` of the JWT: adapters pass the token only to the backend that issued it. */
  readonly issuer: string;
  /** Capabilities the gateway may pass it to (known at the gateway only; empty in subgraphs). */
  readonly passTo: readonly string[];
  readonly #value: string;

  constructor(value: string, issuer: string, passTo: readonly string[] = []) {
    this.#value = value;
    this.issuer = issuer;
    this.passTo = passTo;
  }

  reveal(): string {
    return this.#value;
  }

  /** What the signed identity carries instead of the token: its SHA-256, base64url. */
  digest(): string {
    return tokenDigest(this.#value);
  }

  toJSON(): string {
    return REDACTED;
  }

  toString(): string {
    return REDACTED;
  }

  [inspect.custom](): string {
    return `CallerToken(${this.issuer}, ${REDACTED})`;
  }
}

export function tokenDigest(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}
