import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from './harness.ts';

const TIMEOUT_MS = 200;

describe("the gateway's own subgraph", () => {
  let platform: TestPlatform;
  const unhandled: unknown[] = [];
  const record = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', record);
    platform = await startTestPlatform({
      yaml: `gateway:\n  limits:\n    upstreamTimeoutMs: ${TIMEOUT_MS}\nsubgraphs:\n  catalog:\n    adapter:\n      kind: files\n      paths: [examples/catalog/all.yaml]\n`,
    });
  });
  afterAll(async () => {
    process.off('unhandledRejection', record);
    await platform?.close();
  });

  it('answers viewer beside another subgraph in one query, and leaves no timeout behind', async () => {
    const { data, errors } = await platform.graphql(
      '{ viewer { subject admin } entity(ref: "component:default/hello-web") { ref } }',
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      viewer: { subject: 'root', admin: true },
      entity: { ref: 'component:default/hello-web' },
    });
    await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS * 3));
    expect(unhandled).toEqual([]);
  });

  it('answers an admin-only field with FORBIDDEN for a caller who is not an admin', async () => {
    const created = await platform.graphql(
      'mutation { createServiceToken(input: { name: "ci" }) { token } }',
    );
    const token = created.data.createServiceToken.token as string;
    const { data, errors } = await platform.graphql('{ serviceTokens { id } }', undefined, token);
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
