import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from './harness.ts';

const HELLO = 'component:default/hello-web';
const GHOST = `${HELLO}/ghost`;

type Write = (environmentId: string) => [string, { input: Record<string, unknown> }];

const WRITES = {
  setVariables: (id) => [
    'mutation($input: SetVariablesInput!) { setVariables(input: $input) { variableSet { version } } }',
    {
      input: { environmentId: id, expectedVersion: 0, variables: [{ key: 'TOKEN', value: 'never-stored' }] },
    },
  ],
  unsetVariables: (id) => [
    'mutation($input: UnsetVariablesInput!) { unsetVariables(input: $input) { variableSet { version } } }',
    { input: { environmentId: id, expectedVersion: 0, keys: ['TOKEN'] } },
  ],
  rollbackVariables: (id) => [
    'mutation($input: RollbackVariablesInput!) { rollbackVariables(input: $input) { variableSet { version } } }',
    { input: { environmentId: id, toVersion: 1 } },
  ],
  importVariables: (id) => [
    'mutation($input: ImportVariablesInput!) { importVariables(input: $input) { variableSet { version } } }',
    { input: { environmentId: id, expectedVersion: 0, format: 'DOTENV', content: 'TOKEN=never-stored\n' } },
  ],
  copyVariables: (id) => [
    'mutation($input: CopyVariablesInput!) { copyVariables(input: $input) { variableSet { version } } }',
    { input: { fromEnvironmentId: `${HELLO}/dev`, toEnvironmentId: id } },
  ],
} satisfies Record<string, Write>;

/** Secrets on a platform that runs the environments capability: variables only for environments that exist. */
describe('variables of environments that exist', () => {
  let platform: TestPlatform;
  const create = (name: string) =>
    platform.graphql(
      `mutation { createEnvironment(input: { componentRef: "hello-web", name: "${name}", type: DEVELOPMENT }) { environment { id } } }`,
    );
  const version = async (id: string) =>
    (await platform.graphql('query($id: ID!) { variableSet(environmentId: $id) { version } }', { id })).data
      .variableSet.version as number;

  beforeAll(async () => {
    platform = await startTestPlatform();
    expect((await create('dev')).errors).toBeUndefined();
    expect((await platform.graphql(...WRITES.setVariables(`${HELLO}/dev`))).errors).toBeUndefined();
  });
  afterAll(() => platform?.stop());

  it('refuses every write to an environment that does not exist with NOT_FOUND naming it', async () => {
    for (const [name, write] of Object.entries(WRITES)) {
      const [query, variables] = write(GHOST);
      const { data, errors } = await platform.graphql(query, variables);
      expect({ name, data: data?.[name] ?? null }).toEqual({ name, data: null });
      expect(errors?.[0]?.message).toContain(GHOST);
      expect(errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: name === 'copyVariables' ? 'input.toEnvironmentId' : 'input.environmentId',
      });
      expect(JSON.stringify(errors)).not.toContain('never-stored');
    }
    // Reads stay lenient: an unknown environment has no variables, and nothing was made for it.
    expect(await version(GHOST)).toBe(0);
  });

  it('gives a clone its variables: the new environment exists by the time they are copied', async () => {
    const cloned = await platform.graphql(
      `mutation { cloneEnvironment(input: { fromEnvironmentId: "${HELLO}/dev", name: "qa" }) { variablesCopied problems } }`,
    );
    expect(cloned.errors).toBeUndefined();
    expect(cloned.data.cloneEnvironment).toEqual({ variablesCopied: true, problems: [] });
    expect(await version(`${HELLO}/qa`)).toBe(1);
  });

  it('refuses writes once the environment is deleted, and its variables are gone', async () => {
    const deleted = await platform.graphql(
      `mutation { deleteEnvironment(input: { id: "${HELLO}/qa" }) { teardown { succeeded } } }`,
    );
    expect(deleted.data.deleteEnvironment.teardown.succeeded).toBe(true);
    const [query, { input }] = WRITES.setVariables(`${HELLO}/qa`);
    const { errors } = await platform.graphql(query, { input: { ...input, expectedVersion: 1 } });
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await expect.poll(() => version(`${HELLO}/qa`), { timeout: 10_000 }).toBe(0);
  });
});
