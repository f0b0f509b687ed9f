import type { AnySubgraphModule } from '@pave/subgraph-kit';
import { createClient } from 'graphql-sse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logsSubgraph } from '../../subgraphs/logs/src/index.ts';
import { publishLines } from '../../subgraphs/logs/src/testing/helpers.ts';
import {
  createEnvironmentsStub,
  createFakeSecretsSubgraph,
} from '../../subgraphs/logs/src/testing/peerSubgraphs.ts';
import { startTestPlatform, type TestPlatform } from './harness.ts';

const ENV = 'component:default/hello-web/dev';

/**
 * `heroku logs --tail` stays open for hours. The gateway's upstream timeout (1 s here, 10 s by
 * default) is for queries and mutations: a live tail must outlive it.
 */
describe('a live tail through the gateway', () => {
  let platform: TestPlatform;
  const environments = createEnvironmentsStub();

  beforeAll(async () => {
    const replaced = new Set(['logs', 'secrets', 'environments']);
    platform = await startTestPlatform({
      yaml:
        'gateway:\n  limits: { upstreamTimeoutMs: 1000 }\n' +
        'subgraphs:\n  catalog:\n    adapter: { kind: files, paths: [examples/catalog/all.yaml] }\n',
      modules: (defaults: AnySubgraphModule[]) => [
        ...defaults.filter((module) => !replaced.has(module.name)),
        environments.module,
        createFakeSecretsSubgraph().module,
        logsSubgraph,
      ],
    });
  });
  afterAll(() => platform?.stop());

  it('outlives the upstream timeout', async () => {
    const client = createClient({
      url: `${platform.url}/graphql`,
      headers: { authorization: `Bearer ${platform.rootToken}` },
      retryAttempts: 0,
    });
    const lines: string[] = [];
    let ended = false;
    const dispose = client.subscribe<{ logs: { lines: Array<{ line: string }> } }>(
      {
        query: 'subscription($id: ID!) { logs(environmentId: $id) { lines { line } } }',
        variables: { id: ENV },
      },
      {
        next: (value) => lines.push(...(value.data?.logs.lines.map((l) => l.line) ?? [])),
        error: () => {
          ended = true;
        },
        complete: () => {
          ended = true;
        },
      },
    );
    try {
      // The tail is live once a line gets through (a fixed wait is too short on a busy machine).
      for (const deadline = Date.now() + 15_000; !lines.includes('early'); ) {
        if (ended || Date.now() > deadline) throw new Error('the tail never started');
        await publishLines(environments.bus, ENV, ['early']);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      await new Promise((resolve) => setTimeout(resolve, 2500)); // well past the timeout
      await publishLines(environments.bus, ENV, ['late']);
      const deadline = Date.now() + 5000;
      while (!lines.includes('late') && !ended && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      expect(new Set(lines)).toEqual(new Set(['early', 'late']));
      expect(lines.at(-1)).toBe('late');
      expect(ended).toBe(false);
    } finally {
      dispose();
      client.dispose();
    }
  });
});
