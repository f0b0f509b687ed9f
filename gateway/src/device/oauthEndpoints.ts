import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '@pave/subgraph-kit';
import type { ServiceTokens } from '../auth/serviceTokens.ts';
import type { DeviceCodes } from './deviceCodes.ts';
import { clientAddress, publicOrigin, readForm, sendJson } from './http.ts';
import type { RateLimiter } from './rateLimiter.ts';
import { cliTokenName } from './tokenName.ts';

export const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
const CLIENT_ID = /^[A-Za-z0-9._-]{1,64}$/;

interface Deps {
  codes: DeviceCodes;
  serviceTokens: ServiceTokens;
  issueLimiter: RateLimiter;
  log: Logger;
  now: () => Date;
}

/** RFC 6749 §5.2 error response. */
const oauthError = (res: ServerResponse, status: number, error: string, description: string) =>
  sendJson(res, status, { error, error_description: description });

/** `POST /oauth/device/code` (RFC 8628 §3.1–3.2). */
export async function deviceAuthorization(req: IncomingMessage, res: ServerResponse, deps: Deps) {
  const wait = deps.issueLimiter.take(clientAddress(req));
  if (wait > 0) {
    return sendJson(
      res,
      429,
      { error: 'slow_down', error_description: `Too many sign-in requests: try again in ${wait} s.` },
      { 'retry-after': String(wait) },
    );
  }
  const form = await readForm(req);
  const clientId = form.get('client_id') ?? '';
  if (!CLIENT_ID.test(clientId)) {
    return oauthError(
      res,
      400,
      'invalid_client',
      'client_id must be 1–64 letters, digits, dots, dashes or underscores.',
    );
  }
  const issued = await deps.codes.issue(clientId);
  const verificationUri = `${publicOrigin(req)}/device`;
  sendJson(res, 200, {
    device_code: issued.deviceCode,
    user_code: issued.userCode,
    verification_uri: verificationUri,
    verification_uri_complete: `${verificationUri}?user_code=${issued.userCode}`,
    expires_in: issued.expiresIn,
    interval: issued.interval,
  });
}

/** `POST /oauth/token` with the device-code grant (RFC 8628 §3.4–3.5). */
export async function tokenRequest(req: IncomingMessage, res: ServerResponse, deps: Deps) {
  const form = await readForm(req);
  if (form.get('grant_type') !== DEVICE_CODE_GRANT) {
    return oauthError(res, 400, 'unsupported_grant_type', `grant_type must be ${DEVICE_CODE_GRANT}.`);
  }
  const deviceCode = form.get('device_code');
  const clientId = form.get('client_id');
  if (!deviceCode || !clientId) {
    return oauthError(res, 400, 'invalid_request', 'device_code and client_id are required.');
  }
  const outcome = await deps.codes.poll(deviceCode, clientId);
  switch (outcome.kind) {
    case 'authorization_pending':
      return oauthError(res, 400, outcome.kind, 'The code has not been approved yet.');
    case 'slow_down':
      return sendJson(res, 400, {
        error: outcome.kind,
        error_description: `Polling too fast: wait ${outcome.interval} s between requests.`,
        interval: outcome.interval,
      });
    case 'expired_token':
      return oauthError(res, 400, outcome.kind, 'The code expired before it was approved.');
    case 'access_denied':
      return oauthError(res, 400, outcome.kind, 'The sign-in was denied.');
    case 'invalid_grant':
      return oauthError(res, 400, outcome.kind, 'Unknown or already used device code.');
    case 'approved': {
      const { approver } = outcome;
      const created = await deps.serviceTokens.create(
        { name: cliTokenName(approver.subject, deps.now()), admin: approver.admin, groups: approver.groups },
        approver.subject,
      );
      await deps.codes.recordIssuedToken(outcome.deviceCodeHash, created.serviceToken.id);
      deps.log.info('device login approved', {
        subject: approver.subject,
        client: clientId,
        issued: created.serviceToken.name,
      });
      return sendJson(res, 200, { access_token: created.token, token_type: 'Bearer' });
    }
  }
}

/**
 * `POST /oauth/revoke` (RFC 7009): lets `pave logout` revoke the token a device login gave it.
 * Other tokens (CI service tokens pasted with `pave login --token`) are left alone; the answer is
 * 200 either way, as the RFC asks, so it reveals nothing about a token.
 */
export async function revocation(req: IncomingMessage, res: ServerResponse, deps: Deps) {
  const form = await readForm(req);
  const token = form.get('token');
  if (!token) return oauthError(res, 400, 'invalid_request', 'token is required.');
  const id = /^pave_svc_([0-9a-f]{12})_/.exec(token)?.[1];
  if (id && (await deps.serviceTokens.verify(token)) && (await deps.codes.issuedToken(id))) {
    const revoked = await deps.serviceTokens.revoke(id);
    deps.log.info('device login revoked', { revoked: revoked?.name });
  }
  sendJson(res, 200, {});
}
