import type { AnySubgraphModule } from '@pave/subgraph-kit';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { logsSubgraph } from '../../subgraphs/logs/src/index.ts';
import { publishLines, waitFor } from '../../subgraphs/logs/src/testing/helpers.ts';
import {
  createEnvironmentsStub,
  createFakeSecretsSubgraph,
} from '../../subgraphs/logs/src/testing/peerSubgraphs.ts';
import { startTestPlatform, type TestPlatform } from './harness.ts';

const COMPONENT = 'component:default/hello-web';
const DEV = `${COMPONENT}/dev`;
const PROD = `${COMPONENT}/prod`;
const SECRET = 'pg-pa55word-xyz';

const ENV_LOGS = `query($id: ID!, $filter: LogFilter, $first: Int, $after: String, $order: LogOrder) {
  environment(id: $id) { id logs(filter: $filter, first: $first, after: $after, order: $order) {
    edges { cursor node { line level source stream environment { id } } }
    pageInfo { hasNextPage endCursor } totalCount } } }`;

const TAIL = `subscription($id: ID!, $last: Int, $after: String) {
  logs(environmentId: $id, last: $last, after: $after) { lines { cursor line source } dropped } }`;

type Sink = { next(v: unknown): void; error(e: unknown): void; complete(): void };

/** Collects tail events until `done(lines)` says enough, or fails after 10 s. */
function collect(
  subscribe: (sink: Sink) => () => void,
  done: (lines: any[]) => boolean,
  onReady?: () => Promise<void>,
) {
  return new Promise<any[]>((resolve, reject) => {
    const lines: any[] = [];
    const timer = setTimeout(
      () => reject(new Error(`tail: only ${JSON.stringify(lines.map((l) => l.line))}`)),
      10_000,
    );
    let ready = false;
    const unsubscribe = subscribe({
      next(value: any) {
        if (value.errors) return reject(new Error(JSON.stringify(value.errors)));
        lines.push(...value.data.logs.lines);
        if (!ready && onReady) {
          ready = true;
          onReady().catch(reject);
        }
        if (done(lines)) {
          clearTimeout(timer);
          unsubscribe();
          resolve(lines);
        }
      },
      error: (error) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
      complete: () => {},
    });
  });
}

describe('logs through the gateway', () => {
  let platform: TestPlatform;
  const secrets = createFakeSecretsSubgraph();
  const environments = createEnvironmentsStub();
  const publish = (env: string, lines: Parameters<typeof publishLines>[2]) =>
    publishLines(environments.bus, env, lines);
  const devLines = async (variables: Record<string, unknown> = {}) => {
    const result = await platform.graphql(ENV_LOGS, { id: DEV, first: 100, ...variables });
    expect(result.errors).toBeUndefined();
    return result.data.environment.logs;
  };

  beforeAll(async () => {
    const replaced = new Set(['logs', 'secrets', 'environments']);
    platform = await startTestPlatform({
      modules: (defaults: AnySubgraphModule[]) => [
        ...defaults.filter((module) => !replaced.has(module.name)),
        environments.module,
        secrets.module,
        logsSubgraph,
      ],
    });
    await secrets.set(DEV, { DATABASE_PASSWORD: SECRET, PORT: '8080' });
    await publish(DEV, [
      { line: 'booting on port 8080', level: 'info' },
      { line: `connecting with password ${SECRET}`, level: 'debug' },
      { line: 'release 7 deployed', source: 'platform', level: 'info' },
      { line: 'boom', level: 'error', stream: 'stderr' },
    ]);
    await publish(PROD, ['prod is up']);
    await waitFor(async () => (await devLines()).edges.length === 4, 10_000, 'four dev lines');
  });
  afterAll(() => platform?.stop());

  it('pages an environment newest first with secrets masked, and filters', async () => {
    const logs = await devLines({ first: 3 });
    expect(logs.edges.map((e: any) => e.node.line)).toEqual([
      'boom',
      'release 7 deployed',
      'connecting with password [REDACTED]',
    ]);
    expect(logs.edges[0].node).toMatchObject({
      level: 'ERROR',
      source: 'PROCESS',
      stream: 'STDERR',
      environment: { id: DEV },
    });
    expect(logs.edges[1].node.source).toBe('PLATFORM');
    expect(logs.totalCount).toBe(4);
    expect(logs.pageInfo.hasNextPage).toBe(true);
    const rest = await devLines({ after: logs.pageInfo.endCursor });
    expect(rest.edges.map((e: any) => e.node.line)).toEqual(['booting on port 8080']);
    expect(JSON.stringify(await devLines({ order: 'OLDEST_FIRST' }))).not.toContain(SECRET);

    const warnings = await devLines({ filter: { level: 'WARN' } });
    expect(warnings.edges.map((e: any) => e.node.line)).toEqual(['boom']);
    const platformEvents = await devLines({ filter: { source: ['PLATFORM'] } });
    expect(platformEvents.edges.map((e: any) => e.node.line)).toEqual(['release 7 deployed']);
  });

  it('never lets grep find text a mask hides', async () => {
    expect((await devLines({ filter: { grep: 'pa55' } })).edges).toEqual([]);
    expect((await devLines({ filter: { grep: 'password' } })).edges).toHaveLength(1);
  });

  it('masks a secret set later from the moment config.changed says so', async () => {
    await secrets.set(DEV, { DATABASE_PASSWORD: SECRET, API_KEY: 'key-4242-abcd' });
    await publish(DEV, ['calling api with key-4242-abcd']);
    const logs = await waitFor(async () => {
      const page = await devLines({ first: 1 });
      return page.edges[0].node.line.startsWith('calling api') && page;
    }, 10_000);
    expect(logs.edges[0].node.line).toBe('calling api with [REDACTED]');
    expect(secrets.calls.revealedBy.every((subject) => subject === 'system:logs')).toBe(true);
  });

  it('reads a component across its environments', async () => {
    const { data, errors } = await platform.graphql(`{ entity(ref: "hello-web") { ref ... on Component {
      logs(first: 100, order: OLDEST_FIRST) { nodes { line environment { id } } } } } }`);
    expect(errors).toBeUndefined();
    const nodes = data.entity.logs.nodes as Array<{ line: string; environment: { id: string } }>;
    expect(nodes.find((n) => n.line === 'prod is up')?.environment.id).toBe(PROD);
    expect(nodes.filter((n) => n.environment.id === DEV).length).toBeGreaterThanOrEqual(4);
    expect(JSON.stringify(nodes)).not.toContain(SECRET);
  });

  it('lets owners read, and no one else', async () => {
    const token = async (name: string, groups: string[]) => {
      const { data } = await platform.graphql(
        'mutation($input: CreateServiceTokenInput!) { createServiceToken(input: $input) { token } }',
        { input: { name, groups } },
      );
      return data.createServiceToken.token as string;
    };
    const owner = await token('storefront-ci', ['group:default/team-storefront']);
    const stranger = await token('other-ci', ['group:default/team-payments']);
    const asOwner = await platform.graphql(ENV_LOGS, { id: DEV, first: 1 }, owner);
    expect(asOwner.errors).toBeUndefined();
    expect(asOwner.data.environment.logs.edges).toHaveLength(1);
    const asStranger = await platform.graphql(ENV_LOGS, { id: DEV, first: 1 }, stranger);
    expect(asStranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(asStranger.data?.environment?.logs ?? null).toBeNull();
    const client = createSseClient({
      url: `${platform.url}/graphql`,
      headers: { authorization: `Bearer ${stranger}` },
      retryAttempts: 0,
    });
    try {
      const tailed = await new Promise<any>((resolve, reject) => {
        client.subscribe(
          { query: TAIL, variables: { id: DEV } },
          { next: resolve, error: reject, complete: () => {} },
        );
      });
      expect(tailed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      client.dispose();
    }
  });

  it('answers bad input with BAD_USER_INPUT naming the field', async () => {
    const tooMany = await platform.graphql(ENV_LOGS, { id: DEV, first: 5000 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const cursor = await platform.graphql(ENV_LOGS, { id: DEV, after: 'nonsense' });
    expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const range = await platform.graphql(ENV_LOGS, {
      id: DEV,
      filter: { since: '2026-01-02T00:00:00Z', until: '2026-01-01T00:00:00Z' },
    });
    expect(range.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.since' });
  });

  it('charts line counts from the local store', async () => {
    const { data, errors } = await platform.graphql(
      `query($id: ID!) { environment(id: $id) {
      metrics(query: "log_lines by (level)", step: 3600) { labels { name value } points { time value } } } }`,
      {
        id: DEV,
      },
    );
    expect(errors).toBeUndefined();
    const series = data.environment.metrics as Array<{
      labels: Array<{ value: string }>;
      points: Array<{ value: number }>;
    }>;
    const errorsSeries = series.find((s) => s.labels[0]?.value === 'error');
    expect(errorsSeries?.points.reduce((sum, p) => sum + p.value * 3600, 0)).toBeCloseTo(1);
    const names = await platform.graphql('{ metricQueries }');
    expect(names.data.metricQueries).toEqual(['lines', 'errors', 'warnings']);
  });

  it('gives BACKEND_UNAVAILABLE for logs, and the rest of the data, when secrets cannot be read', async () => {
    secrets.state.failing = true;
    await secrets.set(DEV, { DATABASE_PASSWORD: SECRET }); // forgets the cached values
    try {
      const { data, errors } = await platform.graphql(`{ entity(ref: "hello-web") { ref ... on Component {
        logs(first: 1) { nodes { line } } } } }`);
      expect(data.entity.ref).toBe(COMPONENT);
      expect(data.entity.logs).toBeNull();
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BACKEND_UNAVAILABLE', adapter: 'secrets' });
      expect(JSON.stringify(errors)).not.toContain(SECRET);
    } finally {
      secrets.state.failing = false;
    }
  });

  it('tails over server-sent events: the last lines, then live ones, masked', async () => {
    const client = createSseClient({
      url: `${platform.url}/graphql`,
      headers: { authorization: `Bearer ${platform.rootToken}` },
      retryAttempts: 0,
    });
    try {
      const lines = await collect(
        (sink) => client.subscribe({ query: TAIL, variables: { id: DEV, last: 2 } }, sink),
        (got) => got.some((l) => l.line.startsWith('live sse')),
        () => publish(DEV, [`live sse ${SECRET}`]),
      );
      expect(lines).toHaveLength(3);
      expect(lines[2].line).toBe('live sse [REDACTED]');
    } finally {
      client.dispose();
    }
  });

  it('tails over WebSocket, and a client resuming after its last cursor misses nothing', async () => {
    const client = createWsClient({
      url: `${platform.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${platform.rootToken}` },
      retryAttempts: 0,
    });
    try {
      const first = await collect(
        (sink) => client.subscribe({ query: TAIL, variables: { id: DEV, last: 1 } }, sink),
        (got) => got.some((l) => l.line === 'ws 1'),
        () => publish(DEV, ['ws 1']),
      );
      const resumeAfter = first.at(-1).cursor;
      // Printed while the client was away.
      await publish(DEV, ['ws 2', 'ws 3']);
      await waitFor(async () => (await devLines({ first: 1 })).edges[0].node.line === 'ws 3', 10_000);
      const second = await collect(
        (sink) => client.subscribe({ query: TAIL, variables: { id: DEV, after: resumeAfter } }, sink),
        (got) => got.some((l) => l.line === 'ws 4'),
        () => publish(DEV, ['ws 4']),
      );
      expect(second.map((l) => l.line)).toEqual(['ws 2', 'ws 3', 'ws 4']);
    } finally {
      await client.dispose();
    }
  });

  it('refuses a tail of an environment id that is not one', async () => {
    const client = createSseClient({
      url: `${platform.url}/graphql`,
      headers: { authorization: `Bearer ${platform.rootToken}` },
      retryAttempts: 0,
    });
    try {
      const result = await new Promise<any>((resolve, reject) => {
        client.subscribe(
          { query: TAIL, variables: { id: 'dev' } },
          { next: resolve, error: reject, complete: () => {} },
        );
      });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'environmentId',
      });
    } finally {
      client.dispose();
    }
  });
});
