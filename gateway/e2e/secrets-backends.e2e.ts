import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretsSubgraph } from '../../subgraphs/secrets/src/index.ts';
import { type GithubDouble, startGithubDouble } from '../../subgraphs/secrets/src/testing/githubDouble.ts';
import { startVaultDouble, type VaultDouble } from '../../subgraphs/secrets/src/testing/vaultDouble.ts';
import { startTestPlatform, type TestPlatform, withoutEnvironments } from './harness.ts';

const DEV = 'component:default/hello-web/dev';
const PRODUCTION = 'component:default/hello-web/production';
const SET = `mutation($input: SetVariablesInput!) { setVariables(input: $input) { variableSet { version backend } } }`;

describe('an environment per backend: pave by default, Vault for production, GitHub for staging', () => {
  let platform: TestPlatform;
  let vault: VaultDouble;
  let github: GithubDouble;

  beforeAll(async () => {
    vault = await startVaultDouble();
    github = await startGithubDouble();
    github.createEnvironment('acme', 'hello-web', 'staging');
    platform = await startTestPlatform({
      modules: (defaults) => [...withoutEnvironments(defaults), secretsSubgraph],
      yaml: [
        'subgraphs:',
        '  catalog:',
        '    adapter: { kind: files, paths: [examples/catalog/all.yaml] }',
        '  secrets:',
        '    adapter:',
        '      kind: pave',
        '      environments:',
        `        production: { kind: vault, address: "${vault.url}", token: "${vault.token}", timeoutMs: 1000 }`,
        `        staging: { kind: github, owner: acme, baseUrl: "${github.url}", token: "${github.token}" }`,
      ].join('\n'),
    });
  });
  afterAll(async () => {
    await platform?.stop();
    await vault?.close();
    await github?.close();
  });

  it('writes each environment to its own backend', async () => {
    const dev = await platform.graphql(SET, {
      input: {
        environmentId: DEV,
        expectedVersion: 0,
        variables: [{ key: 'MODE', value: 'dev', secret: false }],
      },
    });
    expect(dev.data.setVariables.variableSet).toEqual({ version: 1, backend: 'pave' });
    const production = await platform.graphql(SET, {
      input: {
        environmentId: PRODUCTION,
        expectedVersion: 0,
        variables: [{ key: 'MODE', value: 'production', secret: false }],
      },
    });
    expect(production.errors).toBeUndefined();
    expect(production.data.setVariables.variableSet).toEqual({ version: 1, backend: 'vault' });
    expect(
      vault.secrets.get('pave/component/default/hello-web/production')?.versions.get(1)?.data,
    ).toMatchObject({
      MODE: 'production',
    });
    const copy = await platform.graphql(
      `mutation { copyVariables(input: { fromEnvironmentId: "${PRODUCTION}", toEnvironmentId: "component:default/hello-web/prod-copy" }) {
        variableSet { backend variables { key value } } } }`,
    );
    expect(copy.data.copyVariables.variableSet).toEqual({
      backend: 'pave',
      variables: [{ key: 'MODE', value: 'production' }],
    });
  });

  it('answers BACKEND_UNAVAILABLE for what a backend that is down keeps, and the rest of the query as usual', async () => {
    vault.setSealed(true);
    try {
      const { status, data, errors } = await platform.graphql(`{
        dev: variableSet(environmentId: "${DEV}") { version variables { key value } }
        production: variableSet(environmentId: "${PRODUCTION}") { version }
        entity(ref: "hello-web") { ref ... on Component {
          owner { ref }
          devConfig: config(environment: "dev") { version }
          productionConfig: config(environment: "production") { version }
        } }
      }`);
      expect(status).toBe(200);
      expect(data.dev).toEqual({ version: 1, variables: [{ key: 'MODE', value: 'dev' }] });
      expect(data.production).toBeNull();
      expect(data.entity).toEqual({
        ref: 'component:default/hello-web',
        owner: { ref: 'group:default/team-storefront' },
        devConfig: { version: 1 },
        productionConfig: null,
      });
      expect(
        errors?.map((e) => [e.extensions?.code, e.extensions?.adapter, e.extensions?.retryable]),
      ).toEqual([
        ['BACKEND_UNAVAILABLE', 'vault', true],
        ['BACKEND_UNAVAILABLE', 'vault', true],
      ]);
      const write = await platform.graphql(SET, {
        input: { environmentId: PRODUCTION, expectedVersion: 1, variables: [{ key: 'X', value: 'y' }] },
      });
      expect(write.errors?.[0]?.extensions).toMatchObject({ code: 'BACKEND_UNAVAILABLE', adapter: 'vault' });
    } finally {
      vault.setSealed(false);
    }
    const back = await platform.graphql(`{ variableSet(environmentId: "${PRODUCTION}") { version } }`);
    expect(back.data.variableSet).toEqual({ version: 1 });
  });

  it('says clearly that GitHub cannot reveal, copy or roll back its secrets', async () => {
    const STAGING = 'component:default/hello-web/staging';
    const set = await platform.graphql(SET, {
      input: {
        environmentId: STAGING,
        expectedVersion: 0,
        variables: [
          { key: 'API_TOKEN', value: 'gh-secret' },
          { key: 'LOG_LEVEL', value: 'debug', secret: false },
        ],
      },
    });
    expect(set.errors).toBeUndefined();
    expect(set.data.setVariables.variableSet).toEqual({ version: 1, backend: 'github' });
    expect(github.environments.get('acme/hello-web/staging')?.secrets.get('API_TOKEN')?.value).toBe(
      'gh-secret',
    );

    const masked = await platform.graphql(
      `{ variableSet(environmentId: "${STAGING}") { revealable variables { key value masked } } }`,
    );
    expect(masked.data.variableSet).toEqual({
      revealable: false,
      variables: [
        { key: 'API_TOKEN', value: null, masked: true },
        { key: 'LOG_LEVEL', value: 'debug', masked: false },
      ],
    });
    const reveal = await platform.graphql(
      `{ variableSet(environmentId: "${STAGING}") { variables(reveal: true) { value } } }`,
    );
    expect(reveal.errors?.[0]).toMatchObject({
      message:
        'The variables of component:default/hello-web/staging are kept in github, which is write-only: it cannot give values back.',
      extensions: { code: 'BAD_USER_INPUT', field: 'reveal' },
    });
    const copy = await platform.graphql(
      `mutation { copyVariables(input: { fromEnvironmentId: "${STAGING}", toEnvironmentId: "component:default/hello-web/elsewhere" }) { changedKeys } }`,
    );
    expect(copy.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.fromEnvironmentId',
    });
  });
});
