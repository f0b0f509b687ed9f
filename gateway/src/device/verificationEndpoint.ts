import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '@pave/subgraph-kit';
import type { Authenticator } from '../auth/authenticator.ts';
import type { DeviceCodes } from './deviceCodes.ts';
import { clientAddress, readForm } from './http.ts';
import type { RateLimiter } from './rateLimiter.ts';
import { renderDone, renderForm, sendHtml } from './verificationPage.ts';

interface Deps {
  codes: DeviceCodes;
  authenticator: Authenticator;
  approvalLimiter: RateLimiter;
  acceptsJwt: boolean;
  log: Logger;
}

/** `GET /device[?user_code=…]`: the form. It looks nothing up, so it tells a guesser nothing. */
export function verificationForm(req: IncomingMessage, res: ServerResponse, deps: Deps) {
  const userCode = new URL(req.url ?? '/', 'http://gateway').searchParams.get('user_code') ?? undefined;
  sendHtml(res, 200, renderForm({ userCode, acceptsJwt: deps.acceptsJwt }));
}

/** `POST /device`: a person approves or denies a code, proving who they are with a token. */
export async function verificationDecision(req: IncomingMessage, res: ServerResponse, deps: Deps) {
  const form = await readForm(req);
  const userCode = (form.get('user_code') ?? '').trim();
  const retry = (status: number, error: string, headers?: Record<string, string>) =>
    sendHtml(res, status, renderForm({ userCode, error, acceptsJwt: deps.acceptsJwt }), headers);

  // Only failures count: behind a proxy every person shares one address, and guessing is what to slow.
  const address = clientAddress(req);
  const wait = deps.approvalLimiter.wait(address);
  if (wait > 0) {
    return retry(429, `Too many failed attempts from your address: try again in ${wait} seconds.`, {
      'retry-after': String(wait),
    });
  }
  const decision = form.get('decision');
  if (decision !== 'approve' && decision !== 'deny') return retry(400, 'Choose Approve or Deny.');
  const identity = await deps.authenticator.authenticate(`Bearer ${(form.get('token') ?? '').trim()}`);
  if (!identity) {
    deps.approvalLimiter.take(address);
    return retry(401, 'This gateway does not accept that token. Paste a valid one.');
  }
  if (!(await deps.codes.decide(userCode, decision, identity))) {
    deps.approvalLimiter.take(address);
    return retry(
      400,
      `No sign-in is waiting for the code "${userCode}". Codes last ten minutes and work once: check it, or run pave login again.`,
    );
  }
  deps.log.info(decision === 'approve' ? 'device code approved' : 'device code denied', {
    subject: identity.subject,
  });
  sendHtml(res, 200, renderDone(decision, identity.subject));
}
