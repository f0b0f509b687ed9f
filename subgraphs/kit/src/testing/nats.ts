import { connect } from 'nats';
import { describe } from 'vitest';
import { describeIfReachable, isCI, type TestService } from './reachability.ts';

const DEFAULT_URL = 'nats://127.0.0.1:4222';

/** `PAVE_TEST_NATS_URL`, else the local default outside CI. */
export function testNatsUrl(): string | undefined {
  return process.env.PAVE_TEST_NATS_URL || (isCI() ? undefined : DEFAULT_URL);
}

export function natsTestService(): TestService {
  return {
    name: 'NATS',
    url: testNatsUrl(),
    envVar: 'PAVE_TEST_NATS_URL',
    async probe(url) {
      const connection = await connect({ servers: url, timeout: 2000, reconnect: false });
      await connection.close();
    },
  };
}

/** Registers `describe(title)` with the test NATS URL, following the CI rule of `describeIfReachable`. */
export function describeWithNats(title: string, body: (url: string) => void): void {
  describe(title, () => describeIfReachable('nats', natsTestService(), body));
}
