import { UsageError } from '../errors.ts';
import { GatewayUnreachable } from '../graphql/gatewayErrors.ts';

export const DEFAULT_GATEWAY_URL = 'http://localhost:4000';

/**
 * The gateway `PAVE_URL` names (default http://localhost:4000), in one canonical spelling: it keys
 * the stored credentials, so `http://Localhost:4000/graphql/` and `http://localhost:4000` agree.
 */
export function gatewayUrl(env: NodeJS.ProcessEnv): string {
  const raw = env.PAVE_URL?.trim() || DEFAULT_GATEWAY_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(
      `PAVE_URL is not a URL: "${raw}".`,
      `Set it to your gateway, e.g. ${DEFAULT_GATEWAY_URL}.`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`PAVE_URL must be an http or https URL, not "${raw}".`);
  }
  const path = url.pathname.replace(/\/+$/, '').replace(/\/graphql$/, '');
  return `${url.protocol}//${url.host}${path}`;
}

/** A request to one of the gateway's plain HTTP endpoints (`/version`, `/oauth/…`). */
export async function gatewayFetch(
  baseUrl: string,
  path: string,
  init: { form?: Record<string, string>; timeoutMs?: number } = {},
): Promise<Response> {
  const url = `${baseUrl}${path}`;
  try {
    return await fetch(url, {
      method: init.form ? 'POST' : 'GET',
      headers: init.form
        ? { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }
        : {},
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
      signal: AbortSignal.timeout(init.timeoutMs ?? 15_000),
    });
  } catch (error) {
    throw new GatewayUnreachable(url, error);
  }
}
