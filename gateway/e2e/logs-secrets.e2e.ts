import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logsSubgraph } from '../../subgraphs/logs/src/index.ts';
import { publishLines, waitFor } from '../../subgraphs/logs/src/testing/helpers.ts';
import { createEnvironmentsStub } from '../../subgraphs/logs/src/testing/peerSubgraphs.ts';
import { secretsSubgraph } from '../../subgraphs/secrets/src/index.ts';
import { startTestPlatform, type TestPlatform } from './harness.ts';

const ENV = 'component:default/hello-web/staging';

/** The same contract as logs.e2e.ts, against the real secrets subgraph. */
describe('logs masking the values of the real secrets subgraph', () => {
  let platform: TestPlatform;
  const environments = createEnvironmentsStub();
  const setVariables = async (variables: Array<{ key: string; value: string; secret?: boolean }>) => {
    const current = await platform.graphql(
      'query($id: ID!) { variableSet(environmentId: $id) { version } }',
      { id: ENV },
    );
    const { data, errors } = await platform.graphql(
      'mutation($input: SetVariablesInput!) { setVariables(input: $input) { variableSet { version } } }',
      { input: { environmentId: ENV, expectedVersion: current.data?.variableSet?.version ?? 0, variables } },
    );
    expect(errors).toBeUndefined();
    return data.setVariables.variableSet.version as number;
  };
  const lines = async () => {
    const { data, errors } = await platform.graphql(
      'query($id: ID!) { environment(id: $id) { logs(first: 10) { nodes { line } } } }',
      { id: ENV },
    );
    expect(errors).toBeUndefined();
    return (data.environment.logs.nodes as Array<{ line: string }>).map((n) => n.line);
  };

  beforeAll(async () => {
    const replaced = new Set(['logs', 'secrets', 'environments']);
    platform = await startTestPlatform({
      modules: (defaults) => [
        ...defaults.filter((module) => !replaced.has(module.name)),
        environments.module,
        secretsSubgraph,
        logsSubgraph,
      ],
    });
  });
  afterAll(() => platform?.stop());

  it('masks a secret set through setVariables, in stored lines and in those served', async () => {
    await setVariables([
      { key: 'DATABASE_URL', value: 'postgres://app:Str0ng-Pa55@db/app', secret: true },
      { key: 'LOG_FORMAT', value: 'json', secret: false },
    ]);
    await publishLines(environments.bus, ENV, [
      'connecting to postgres://app:Str0ng-Pa55@db/app with json logs',
    ]);
    await waitFor(async () => (await lines()).length === 1, 10_000, 'the stored line');
    expect(await lines()).toEqual(['connecting to [REDACTED] with json logs']);

    await setVariables([{ key: 'API_TOKEN', value: 'tok_live_9f8e7d6c', secret: true }]);
    await publishLines(environments.bus, ENV, ['calling with tok_live_9f8e7d6c']);
    await waitFor(async () => (await lines()).length === 2, 10_000, 'the second line');
    expect((await lines())[0]).toBe('calling with [REDACTED]');
    expect(platform.logLines.join('\n')).not.toContain('Str0ng-Pa55');
    expect(platform.logLines.join('\n')).not.toContain('tok_live_9f8e7d6c');
  });
});
