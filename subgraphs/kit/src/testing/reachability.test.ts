import { describe, expect, it } from 'vitest';
import { postgresTestService } from './database.ts';
import { redactUrl, unreachableReason } from './reachability.ts';

describe('test service reachability', () => {
  it('names the unreachable server without its password', async () => {
    const service = { ...postgresTestService(), url: 'postgres://pave:secret@127.0.0.1:1/test' };
    expect(await unreachableReason(service)).toMatch(
      /^PostgreSQL unreachable at postgres:\/\/pave:\*\*\*@127\.0\.0\.1:1\/test/,
    );
    expect(redactUrl('nats://127.0.0.1:4222')).toBe('nats://127.0.0.1:4222');
  });

  it('says which variable to set when no URL is configured', async () => {
    const service = { ...postgresTestService(), url: undefined };
    expect(await unreachableReason(service)).toBe('PostgreSQL not configured (set PAVE_TEST_DATABASE_URL)');
  });
});
