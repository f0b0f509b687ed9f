import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CallerToken } from './callerToken.ts';
import { type Identity, IdentitySigner } from './identity.ts';
import { createLogger } from './logger.ts';

const SECRET = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ1c2VyOmRlZmF1bHQvYWxpY2UifQ.c2lnbmF0dXJl';
const signer = new IdentitySigner('k'.repeat(32));
const alice: Identity = { subject: 'user:default/alice', kind: 'user', groups: [], admin: false };

describe('CallerToken', () => {
  it('never prints its value: JSON, inspect, strings and log lines show [REDACTED]', () => {
    const token = new CallerToken(SECRET, 'https://backstage.test/api/auth', ['catalog']);
    const lines: string[] = [];
    const log = createLogger({ write: (line) => lines.push(line) });
    log.info('caller', { identity: { ...alice, token }, credential: token, who: token });
    const printed = [
      JSON.stringify({ token }),
      inspect(token),
      inspect({ identity: { ...alice, token } }, { depth: 5 }),
      `${token}`,
      String(token),
      ...lines,
    ];
    for (const text of printed) expect(text).not.toContain(SECRET);
    expect(token.reveal()).toBe(SECRET);
  });
});

describe('IdentitySigner with a caller token', () => {
  const withToken = {
    ...alice,
    token: new CallerToken(SECRET, 'https://backstage.test/api/auth', ['catalog']),
  };

  it('binds the token to the signed identity by its digest, never by its value', () => {
    const header = signer.sign(withToken);
    expect(Buffer.from(header.split('.')[1] ?? '', 'base64url').toString()).not.toContain(SECRET);
    const identity = signer.verifyRequest(header, SECRET);
    expect(identity?.subject).toBe('user:default/alice');
    expect(identity?.token?.reveal()).toBe(SECRET);
    expect(identity?.token?.issuer).toBe('https://backstage.test/api/auth');
  });

  it('leaves the token out when the request does not carry it', () => {
    const identity = signer.verifyRequest(signer.sign(withToken), undefined);
    expect(identity?.subject).toBe('user:default/alice');
    expect(identity?.token).toBeUndefined();
  });

  it('refuses a token the identity does not vouch for', () => {
    expect(signer.verifyRequest(signer.sign(withToken), `${SECRET}x`)).toBeUndefined();
    expect(signer.verifyRequest(signer.sign(alice), SECRET)).toBeUndefined();
    expect(signer.verifyRequest('forged', SECRET)).toBeUndefined();
  });
});
