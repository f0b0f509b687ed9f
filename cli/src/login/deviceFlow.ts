import { gatewayFetch } from '../context/gateway.ts';
import { CliError } from '../errors.ts';
import { GatewayUnreachable } from '../graphql/gatewayErrors.ts';

/** What `pave` calls itself at the gateway's device endpoint. */
export const CLIENT_ID = 'pave-cli';
export const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

/** RFC 8628 §3.2. */
export interface DeviceGrant {
  deviceCode: string;
  userCode: string;
  verificationUri: string;
  verificationUriComplete?: string;
  expiresIn: number;
  interval: number;
}

export async function startDeviceAuthorization(gatewayUrl: string): Promise<DeviceGrant> {
  const response = await gatewayFetch(gatewayUrl, '/oauth/device/code', { form: { client_id: CLIENT_ID } });
  if (response.status === 404 || response.status === 405) {
    throw new CliError(`The gateway at ${gatewayUrl} does not offer device login.`, {
      hint: 'Create a token there and paste it: pave login --token -',
    });
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok)
    throw new CliError(`The gateway refused to start a login: ${oauthMessage(body, response.status)}`);
  const { device_code, user_code, verification_uri, verification_uri_complete, expires_in, interval } = body;
  if (
    typeof device_code !== 'string' ||
    typeof user_code !== 'string' ||
    typeof verification_uri !== 'string'
  ) {
    throw new CliError(
      `The gateway at ${gatewayUrl} answered the device login request with something unexpected.`,
    );
  }
  return {
    deviceCode: device_code,
    userCode: user_code,
    verificationUri: verification_uri,
    verificationUriComplete:
      typeof verification_uri_complete === 'string' ? verification_uri_complete : undefined,
    expiresIn: typeof expires_in === 'number' ? expires_in : 600,
    interval: typeof interval === 'number' && interval > 0 ? interval : 5,
  };
}

export interface PollOptions {
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const MAX_NETWORK_FAILURES = 3;

/**
 * Polls the token endpoint every `interval` seconds (five more after each `slow_down`) until the
 * code is approved, denied or expired (RFC 8628 §3.4–3.5). A gateway that stops answering for a
 * few polls in a row ends the wait.
 */
export async function pollForToken(
  gatewayUrl: string,
  grant: DeviceGrant,
  options: PollOptions = {},
): Promise<string> {
  const sleep = options.sleep ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const deadline = now() + grant.expiresIn * 1000;
  let interval = grant.interval;
  let failures = 0;
  for (;;) {
    await sleep(interval * 1000);
    if (now() > deadline) throw expired();
    let response: Response;
    try {
      response = await gatewayFetch(gatewayUrl, '/oauth/token', {
        form: { grant_type: DEVICE_CODE_GRANT, device_code: grant.deviceCode, client_id: CLIENT_ID },
      });
    } catch (error) {
      if (!(error instanceof GatewayUnreachable) || ++failures >= MAX_NETWORK_FAILURES) throw error;
      continue;
    }
    failures = 0;
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (response.ok && typeof body.access_token === 'string') return body.access_token;
    switch (body.error) {
      case 'authorization_pending':
        continue;
      case 'slow_down':
        interval =
          typeof body.interval === 'number' && body.interval > interval ? body.interval : interval + 5;
        continue;
      case 'expired_token':
        throw expired();
      case 'access_denied':
        throw new CliError('The login was denied in the browser.');
      default:
        throw new CliError(`The gateway refused the login: ${oauthMessage(body, response.status)}`, {
          hint: 'Run pave login again.',
        });
    }
  }
}

const expired = () =>
  new CliError('The code expired before anyone approved it.', { hint: 'Run pave login again.' });

const oauthMessage = (body: Record<string, unknown>, status: number) =>
  typeof body.error_description === 'string'
    ? body.error_description
    : typeof body.error === 'string'
      ? body.error
      : `HTTP ${status}`;

/** RFC 7009: asks the gateway to revoke a token it minted for a device login. */
export async function revokeToken(gatewayUrl: string, token: string): Promise<boolean> {
  const response = await gatewayFetch(gatewayUrl, '/oauth/revoke', {
    form: { token, token_type_hint: 'access_token' },
  });
  return response.ok;
}
