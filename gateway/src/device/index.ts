import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Logger, migrate, type Store } from '@pave/subgraph-kit';
import type { Authenticator } from '../auth/authenticator.ts';
import type { ServiceTokens } from '../auth/serviceTokens.ts';
import { DeviceCodes, type DeviceCodesOptions } from './deviceCodes.ts';
import { BadRequest, sendJson } from './http.ts';
import { deviceMigrations } from './migrations.ts';
import { deviceAuthorization, revocation, tokenRequest } from './oauthEndpoints.ts';
import { RateLimiter } from './rateLimiter.ts';
import { verificationDecision, verificationForm } from './verificationEndpoint.ts';
import { serveVersion } from './version.ts';

export interface DeviceRoutesOptions {
  store: Store;
  authenticator: Authenticator;
  serviceTokens: ServiceTokens;
  /** Whether `gateway.auth.jwt` issuers are configured, so the page can say a JWT is welcome. */
  acceptsJwt: boolean;
  log: Logger;
  codes?: DeviceCodesOptions;
}

/** Answers the request when its path is one of these routes; returns false to let others answer. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/**
 * The gateway's HTTP side of `pave login`: the OAuth 2.0 device authorization grant (RFC 8628),
 * token revocation (RFC 7009) for `pave logout`, the verification page a person approves a code on,
 * and `GET /version`. None of them needs a bearer token.
 */
export async function createDeviceRoutes(options: DeviceRoutesOptions): Promise<RouteHandler> {
  await migrate(options.store, 'gateway-device', deviceMigrations);
  const now = options.codes?.now ?? (() => new Date());
  const codes = new DeviceCodes(options.store, options.codes);
  const log = options.log.child({ component: 'device-login' });
  const oauth = {
    codes,
    serviceTokens: options.serviceTokens,
    issueLimiter: new RateLimiter({ limit: 60, windowMs: 60_000 }),
    log,
    now,
  };
  const page = {
    codes,
    authenticator: options.authenticator,
    approvalLimiter: new RateLimiter({ limit: 10, windowMs: 10 * 60_000 }),
    acceptsJwt: options.acceptsJwt,
    log,
  };
  const routes: Record<string, Partial<Record<string, Route>>> = {
    '/oauth/device/code': { POST: (req, res) => deviceAuthorization(req, res, oauth) },
    '/oauth/token': { POST: (req, res) => tokenRequest(req, res, oauth) },
    '/oauth/revoke': { POST: (req, res) => revocation(req, res, oauth) },
    '/device': {
      GET: (req, res) => verificationForm(req, res, page),
      POST: (req, res) => verificationDecision(req, res, page),
    },
    '/version': { GET: (_req, res) => serveVersion(res) },
  };

  return (req, res) => {
    const methods = routes[new URL(req.url ?? '/', 'http://gateway').pathname];
    if (!methods) return false;
    const route = methods[req.method ?? 'GET'];
    if (!route) {
      res.writeHead(405, { allow: Object.keys(methods).join(', ') }).end();
      return true;
    }
    Promise.resolve()
      .then(() => route(req, res))
      .catch((error: unknown) => {
        if (res.headersSent) return;
        if (error instanceof BadRequest) {
          return sendJson(res, 400, { error: 'invalid_request', error_description: error.message });
        }
        log.error('device login request failed', { path: req.url?.split('?')[0], error });
        sendJson(res, 500, { error: 'server_error', error_description: 'The gateway could not answer.' });
      });
    return true;
  };
}
