import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { sendJson } from './http.ts';

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version?: string;
};

/** The gateway's version, from its package.json (`0.0.0-dev` for a checkout that does not set one). */
export const GATEWAY_VERSION = manifest.version ?? '0.0.0-dev';

/** `GET /version`: unauthenticated, so `pave version` can tell which gateway it talks to. */
export function serveVersion(res: ServerResponse): void {
  sendJson(res, 200, { name: 'pave-gateway', version: GATEWAY_VERSION, node: process.versions.node });
}
