import { beforeAll, describe, it } from 'vitest';

/** A server some tests need, with a quick probe that throws when it cannot be reached. */
export interface TestService {
  /** Human name used in messages, e.g. `PostgreSQL`. */
  name: string;
  /** Where the tests will find it; undefined when not configured. */
  url: string | undefined;
  /** Environment variable that configures `url`, named in messages. */
  envVar: string;
  probe(url: string): Promise<void>;
}

export function isCI(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false';
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

// Module state lives once per test file (vitest isolates modules per file), so each file probes once.
const probes = new Map<string, Promise<string | undefined>>();

/** Resolves to why the service cannot be used, or undefined when it answered. */
export function unreachableReason(service: TestService): Promise<string | undefined> {
  const { url } = service;
  if (url === undefined) return Promise.resolve(`${service.name} not configured (set ${service.envVar})`);
  const key = `${service.name} ${url}`;
  let probe = probes.get(key);
  if (!probe) {
    probe = service.probe(url).then(
      () => undefined,
      (error: Error) => `${service.name} unreachable at ${redactUrl(url)} (${error.message || error})`,
    );
    probes.set(key, probe);
  }
  return probe;
}

/**
 * Registers `describe(title, () => body(url))` when the service answers. Otherwise: under CI the
 * suite fails (a missing server must never turn into green skipped tests); elsewhere it is skipped
 * with the reason in its title. Must run while vitest collects: inside an async `describe` factory,
 * or awaited at the top of a test file.
 */
export async function describeIfReachable(
  title: string,
  service: TestService,
  body: (url: string) => void,
): Promise<void> {
  const reason = await unreachableReason(service);
  const url = service.url ?? '';
  if (reason === undefined) {
    describe(title, () => body(url));
  } else if (isCI()) {
    // The suite's own tests are not registered: their hooks would only add connection errors.
    describe(title, () => {
      beforeAll(() => {
        throw new Error(`${reason}. CI must not skip these tests: start the server or set ${service.envVar}`);
      });
      it(`needs ${service.name}`, () => {});
    });
  } else {
    describe.skip(`${title} — ${reason}`, () => body(url));
  }
}
