import { request } from 'node:http';
import { connect } from 'node:net';
import { RuntimeFailure } from '../failure.ts';
import { delay } from '../process/group.ts';

export interface HealthCheck {
  host: string;
  port: number;
  /** An HTTP path that must answer 2xx or 3xx; null = the port accepts a TCP connection. */
  path: string | null;
  timeoutMs: number;
  intervalMs?: number;
  /** Resolves when the process exits: waiting any longer would be pointless. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Polls until the app answers, and throws UNHEALTHY with the reason when it does not in time. */
export async function waitUntilHealthy(check: HealthCheck): Promise<void> {
  const deadline = Date.now() + check.timeoutMs;
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  void check.exited.then((result) => {
    exit = result;
  });
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (exit) {
      const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
      throw new RuntimeFailure('UNHEALTHY', `The app ${how} before it became healthy.`);
    }
    const outcome = await probe(check, Math.min(2_000, Math.max(100, deadline - Date.now())));
    if (outcome === true) return;
    last = outcome;
    await delay(check.intervalMs ?? 200);
  }
  const what = check.path ? `GET ${check.path}` : `port ${check.port}`;
  throw new RuntimeFailure(
    'UNHEALTHY',
    `The app did not become healthy within ${Math.round(check.timeoutMs / 1000)} s (${what}: ${last}).`,
  );
}

/** true when healthy, else what was seen. */
function probe(check: HealthCheck, timeoutMs: number): Promise<true | string> {
  return new Promise((resolve) => {
    if (check.path === null) {
      const socket = connect({ host: check.host, port: check.port, timeout: timeoutMs });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('timeout', () => {
        socket.destroy();
        resolve('connection timed out');
      });
      socket.once('error', (error) => resolve((error as NodeJS.ErrnoException).code ?? error.message));
      return;
    }
    const req = request(
      {
        host: check.host,
        port: check.port,
        path: check.path,
        method: 'GET',
        agent: false,
        timeout: timeoutMs,
      },
      (res) => {
        res.resume();
        const status = res.statusCode ?? 0;
        resolve(status >= 200 && status < 400 ? true : `HTTP ${status}`);
      },
    );
    req.once('timeout', () => req.destroy(new Error('timed out')));
    req.once('error', (error) => resolve((error as NodeJS.ErrnoException).code ?? error.message));
    req.end();
  });
}
