import { createClient } from 'graphql-sse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretsSubgraph } from '../../subgraphs/secrets/src/index.ts';
import { createSecretsNeighbour, eventually } from '../../subgraphs/secrets/src/testing/neighbour.ts';
import { startTestPlatform, type TestPlatform, withoutEnvironments } from './harness.ts';

const DEV = 'component:default/hello-web/dev';
const SET = `mutation Set($input: SetVariablesInput!) {
  setVariables(input: $input) { changedKeys variableSet { version variables { key value masked secret version updatedBy } } }
}`;
const READ = `query Read($id: ID!, $version: Int, $reveal: Boolean) {
  variableSet(environmentId: $id, version: $version) {
    environmentId version updatedBy backend revealable
    variables(reveal: $reveal) { key value masked secret version updatedBy updatedAt }
  }
}`;

describe('config vars and secrets through the gateway', () => {
  let platform: TestPlatform;
  const neighbour = createSecretsNeighbour();
  let outsider: string;
  let owner: string;

  const token = async (name: string, groups: string[]) => {
    const { data, errors } = await platform.graphql(
      'mutation($input: CreateServiceTokenInput!) { createServiceToken(input: $input) { token } }',
      { input: { name, groups } },
    );
    expect(errors).toBeUndefined();
    return data.createServiceToken.token as string;
  };

  beforeAll(async () => {
    platform = await startTestPlatform({
      // Secrets used alone: no environments capability, so any well-formed environment id takes
      // variables (secrets-environments.e2e.ts covers the platform that has one).
      modules: (defaults) => [...withoutEnvironments(defaults), secretsSubgraph, neighbour.module],
    });
    outsider = await token('outsider', ['group:default/team-payments']);
    owner = await token('storefront-ci', ['group:default/team-storefront']);
  });
  afterAll(() => platform?.stop());

  it('starts an environment at version 0 with no variables', async () => {
    const { data, errors } = await platform.graphql(READ, { id: 'component:default/hello-web/fresh' });
    expect(errors).toBeUndefined();
    expect(data.variableSet).toEqual({
      environmentId: 'component:default/hello-web/fresh',
      version: 0,
      updatedBy: null,
      backend: 'pave',
      revealable: true,
      variables: [],
    });
    const missing = await platform.graphql(READ, { id: 'component:default/hello-web/fresh', version: 1 });
    expect(missing.data.variableSet).toBeNull();
  });

  it('sets several variables in one version, masks secrets and reveals them to admins', async () => {
    const { data, errors } = await platform.graphql(SET, {
      input: {
        environmentId: DEV,
        expectedVersion: 0,
        variables: [
          { key: 'DATABASE_URL', value: 'postgres://db/hello', secret: false },
          { key: 'SESSION_SECRET', value: 's3cr3t-session' },
        ],
      },
    });
    expect(errors).toBeUndefined();
    expect(data.setVariables.changedKeys).toEqual(['DATABASE_URL', 'SESSION_SECRET']);
    expect(data.setVariables.variableSet.version).toBe(1);
    expect(data.setVariables.variableSet.variables).toEqual([
      {
        key: 'DATABASE_URL',
        value: 'postgres://db/hello',
        masked: false,
        secret: false,
        version: 1,
        updatedBy: 'root',
      },
      { key: 'SESSION_SECRET', value: null, masked: true, secret: true, version: 1, updatedBy: 'root' },
    ]);
    const revealed = await platform.graphql(READ, { id: DEV, reveal: true });
    expect(revealed.data.variableSet.variables[1]).toMatchObject({ value: 's3cr3t-session', masked: false });
    await eventually(() => neighbour.configChanges.some((c) => c.environmentId === DEV && c.version === 1));
    expect(neighbour.configChanges.find((c) => c.version === 1 && c.environmentId === DEV)).toEqual({
      environmentId: DEV,
      componentRef: 'component:default/hello-web',
      version: 1,
      changedKeys: ['DATABASE_URL', 'SESSION_SECRET'],
      actor: 'root',
    });
  });

  it('answers a stale expected version with CONFLICT and the current version', async () => {
    const { data, errors } = await platform.graphql(SET, {
      input: { environmentId: DEV, expectedVersion: 0, variables: [{ key: 'LATE', value: 'x' }] },
    });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
  });

  it('lets owners of the component reveal and change, and nobody else', async () => {
    const asOutsider = await platform.graphql(READ, { id: DEV }, outsider);
    expect(asOutsider.errors).toBeUndefined();
    expect(asOutsider.data.variableSet.variables[1]).toMatchObject({ key: 'SESSION_SECRET', value: null });

    const reveal = await platform.graphql(READ, { id: DEV, reveal: true }, outsider);
    expect(reveal.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(reveal.errors?.[0]?.message).toContain('group:default/team-storefront');
    expect(JSON.stringify(reveal)).not.toContain('s3cr3t-session');

    const write = await platform.graphql(
      SET,
      { input: { environmentId: DEV, expectedVersion: 1, variables: [{ key: 'X', value: '1' }] } },
      outsider,
    );
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const ownerReveal = await platform.graphql(READ, { id: DEV, reveal: true }, owner);
    expect(ownerReveal.data.variableSet.variables[1].value).toBe('s3cr3t-session');
    const ownerWrite = await platform.graphql(
      SET,
      {
        input: {
          environmentId: DEV,
          expectedVersion: 1,
          variables: [{ key: 'FEATURE_X', value: 'on', secret: false }],
        },
      },
      owner,
    );
    expect(ownerWrite.errors).toBeUndefined();
    expect(ownerWrite.data.setVariables.variableSet.version).toBe(2);
  });

  it('keeps who revealed and changed what in the audit log, never a value', async () => {
    const { data, errors } = await platform.graphql(
      `query($id: ID) { secretsAuditLog(environmentId: $id, first: 20) {
        totalCount nodes { action actor keys version environmentId at } } }`,
      { id: DEV },
    );
    expect(errors).toBeUndefined();
    const events = data.secretsAuditLog.nodes as Array<{ action: string; actor: string; keys: string[] }>;
    expect(events.map((e) => `${e.action} ${e.actor} ${e.keys.join(',')}`)).toEqual([
      'SET service:storefront-ci FEATURE_X',
      'REVEAL service:storefront-ci SESSION_SECRET',
      'REVEAL root SESSION_SECRET',
      'SET root DATABASE_URL,SESSION_SECRET',
    ]);
    expect(JSON.stringify(data)).not.toMatch(/s3cr3t-session|postgres:\/\/db/);
    const whole = await platform.graphql('{ secretsAuditLog { totalCount } }', {}, owner);
    expect(whole.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists history with what changed, diffs versions and rolls back as a new version', async () => {
    await platform.graphql(SET, {
      input: {
        environmentId: DEV,
        expectedVersion: 2,
        variables: [
          { key: 'SESSION_SECRET', value: 'rotated' },
          { key: 'DATABASE_URL', value: 'postgres://db/v3' },
        ],
      },
    });
    const history = await platform.graphql(
      `query($id: ID!) { variableSet(environmentId: $id) { history(first: 2) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { version createdBy changes { key change secret oldValue newValue } } } } }`,
      { id: DEV },
    );
    expect(history.errors).toBeUndefined();
    const page = history.data.variableSet.history;
    expect(page.totalCount).toBe(3);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.nodes[0]).toEqual({
      version: 3,
      createdBy: 'root',
      changes: [
        {
          key: 'DATABASE_URL',
          change: 'CHANGED',
          secret: false,
          oldValue: 'postgres://db/hello',
          newValue: 'postgres://db/v3',
        },
        { key: 'SESSION_SECRET', change: 'CHANGED', secret: true, oldValue: null, newValue: null },
      ],
    });
    const older = await platform.graphql(
      `query($id: ID!, $after: String) { variableSet(environmentId: $id) { history(first: 5, after: $after) { nodes { version } pageInfo { hasNextPage } } } }`,
      { id: DEV, after: page.pageInfo.endCursor },
    );
    expect(older.data.variableSet.history.nodes).toEqual([{ version: 1 }]);

    const diff = await platform.graphql(
      `query($id: ID!) { variableSetDiff(environmentId: $id, fromVersion: 1) { fromVersion toVersion changes { key change } } }`,
      { id: DEV },
    );
    expect(diff.data.variableSetDiff).toEqual({
      fromVersion: 1,
      toVersion: 3,
      changes: [
        { key: 'DATABASE_URL', change: 'CHANGED' },
        { key: 'FEATURE_X', change: 'ADDED' },
        { key: 'SESSION_SECRET', change: 'CHANGED' },
      ],
    });

    const rollback = await platform.graphql(
      `mutation($input: RollbackVariablesInput!) { rollbackVariables(input: $input) {
        changedKeys variableSet { version variables(reveal: true) { key value } } } }`,
      { input: { environmentId: DEV, toVersion: 1, expectedVersion: 3, releaseId: 'release-42' } },
    );
    expect(rollback.errors).toBeUndefined();
    expect(rollback.data.rollbackVariables).toEqual({
      changedKeys: ['DATABASE_URL', 'FEATURE_X', 'SESSION_SECRET'],
      variableSet: {
        version: 4,
        variables: [
          { key: 'DATABASE_URL', value: 'postgres://db/hello' },
          { key: 'SESSION_SECRET', value: 's3cr3t-session' },
        ],
      },
    });
    await eventually(() => neighbour.configChanges.some((c) => c.environmentId === DEV && c.version === 4));
    expect(neighbour.configChanges.find((c) => c.environmentId === DEV && c.version === 4)?.releaseId).toBe(
      'release-42',
    );
  });

  it('imports .env content, reporting what it would overwrite, and exports it again', async () => {
    const content =
      'DATABASE_URL=postgres://db/imported\nNEW_ONE="multi\\nline"\nSESSION_SECRET=s3cr3t-session\n';
    const IMPORT = `mutation($input: ImportVariablesInput!) { importVariables(input: $input) {
      dryRun addedKeys overwrittenKeys unchangedKeys variableSet { version } } }`;
    const dry = await platform.graphql(IMPORT, {
      input: {
        environmentId: DEV,
        expectedVersion: 4,
        format: 'DOTENV',
        content,
        secret: false,
        dryRun: true,
      },
    });
    expect(dry.errors).toBeUndefined();
    expect(dry.data.importVariables).toEqual({
      dryRun: true,
      addedKeys: ['NEW_ONE'],
      overwrittenKeys: ['DATABASE_URL', 'SESSION_SECRET'],
      unchangedKeys: [],
      variableSet: { version: 4 },
    });
    const done = await platform.graphql(IMPORT, {
      input: { environmentId: DEV, expectedVersion: 4, format: 'DOTENV', content },
    });
    expect(done.data.importVariables).toMatchObject({
      dryRun: false,
      overwrittenKeys: ['DATABASE_URL'],
      unchangedKeys: ['SESSION_SECRET'],
      variableSet: { version: 5 },
    });
    const exported = await platform.graphql(
      `query($id: ID!) { variableSet(environmentId: $id) { masked: export(format: DOTENV) shell: export(format: SHELL, reveal: true) } }`,
      { id: DEV },
    );
    expect(exported.data.variableSet.masked).toBe(
      '# secrets not revealed: NEW_ONE SESSION_SECRET\nDATABASE_URL=postgres://db/imported\n',
    );
    expect(exported.data.variableSet.shell).toBe(
      "export DATABASE_URL='postgres://db/imported'\nexport NEW_ONE='multi\nline'\nexport SESSION_SECRET='s3cr3t-session'\n",
    );
  });

  it('copies an environment (as a clone does) and reaches variables from the catalog component', async () => {
    const copy = await platform.graphql(
      `mutation { copyVariables(input: { fromEnvironmentId: "${DEV}", toEnvironmentId: "component:default/hello-web/preview-1" }) {
        changedKeys variableSet { version } } }`,
    );
    expect(copy.errors).toBeUndefined();
    expect(copy.data.copyVariables).toEqual({
      changedKeys: ['DATABASE_URL', 'NEW_ONE', 'SESSION_SECRET'],
      variableSet: { version: 1 },
    });
    const { data, errors } = await platform.graphql(`{ entity(ref: "hello-web") { ... on Component {
      dev: config(environment: "dev") { version variables { key } }
      preview: config(environment: "preview-1") { version variables(reveal: true) { key value } } } } }`);
    expect(errors).toBeUndefined();
    expect(data.entity.dev).toEqual({
      version: 5,
      variables: [{ key: 'DATABASE_URL' }, { key: 'NEW_ONE' }, { key: 'SESSION_SECRET' }],
    });
    expect(data.entity.preview.variables).toContainEqual({ key: 'SESSION_SECRET', value: 's3cr3t-session' });
  });

  it('removes the variables of an environment that was deleted', async () => {
    const id = 'component:default/hello-web/preview-1';
    await neighbour.environmentChanged({
      environmentId: id,
      componentRef: 'component:default/hello-web',
      name: 'preview-1',
      change: 'deleted',
      actor: 'user:default/ada',
    });
    await eventually(async () => (await platform.graphql(READ, { id })).data.variableSet.version === 0);
    const audit = await platform.graphql(
      `{ secretsAuditLog(environmentId: "${id}", first: 1) { nodes { action actor } } }`,
    );
    expect(audit.data.secretsAuditLog.nodes).toEqual([{ action: 'DELETE', actor: 'user:default/ada' }]);
  });

  it('unsets several keys in one version, ignoring keys that are not set', async () => {
    const { data: before } = await platform.graphql(READ, { id: DEV });
    const { data, errors } = await platform.graphql(
      `mutation($input: UnsetVariablesInput!) { unsetVariables(input: $input) { changedKeys variableSet { version variables { key } } } }`,
      {
        input: {
          environmentId: DEV,
          expectedVersion: before.variableSet.version,
          keys: ['NEW_ONE', 'NEVER_SET'],
        },
      },
    );
    expect(errors).toBeUndefined();
    expect(data.unsetVariables).toEqual({
      changedKeys: ['NEW_ONE'],
      variableSet: {
        version: before.variableSet.version + 1,
        variables: [{ key: 'DATABASE_URL' }, { key: 'SESSION_SECRET' }],
      },
    });
  });

  it('sets some keys and removes others in one version, as an editor saves once', async () => {
    const { data: before } = await platform.graphql(READ, { id: DEV });
    const added = await platform.graphql(SET, {
      input: {
        environmentId: DEV,
        expectedVersion: before.variableSet.version,
        variables: [{ key: 'OLD_FLAG', value: 'on', secret: false }],
      },
    });
    const version = added.data.setVariables.variableSet.version;
    const { data, errors } = await platform.graphql(SET, {
      input: {
        environmentId: DEV,
        expectedVersion: version,
        variables: [{ key: 'LOG_LEVEL', value: 'debug', secret: false }],
        unset: ['OLD_FLAG'],
      },
    });
    expect(errors).toBeUndefined();
    expect(data.setVariables.changedKeys).toEqual(['LOG_LEVEL', 'OLD_FLAG']);
    expect(data.setVariables.variableSet.version).toBe(version + 1);
    const keys = data.setVariables.variableSet.variables.map((v: { key: string }) => v.key);
    expect(keys).toContain('LOG_LEVEL');
    expect(keys).not.toContain('OLD_FLAG');

    const both = await platform.graphql(SET, {
      input: {
        environmentId: DEV,
        expectedVersion: version + 1,
        variables: [{ key: 'LOG_LEVEL', value: 'info', secret: false }],
        unset: ['LOG_LEVEL'],
      },
    });
    expect(both.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.unset[0]',
      rule: 'a key either in variables or in unset',
    });
  });

  it('rotates the master key for admins only, without losing a value', async () => {
    const ROTATE =
      'mutation { rotateMasterKey(input: { generateNewKey: true }) { masterKeyId rewrapped remaining } }';
    const refused = await platform.graphql(ROTATE, {}, owner);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { data, errors } = await platform.graphql(ROTATE);
    expect(errors).toBeUndefined();
    expect(data.rotateMasterKey).toMatchObject({
      masterKeyId: expect.stringMatching(/^[0-9a-f]{16}$/),
      remaining: 0,
    });
    expect(data.rotateMasterKey.rewrapped).toBeGreaterThanOrEqual(1);
    const revealed = await platform.graphql(READ, { id: DEV, reveal: true });
    expect(revealed.data.variableSet.variables).toContainEqual(
      expect.objectContaining({ key: 'SESSION_SECRET', value: 's3cr3t-session' }),
    );
  });

  it('streams changes of an environment to subscribers, keys only', async () => {
    const id = 'component:default/hello-web/streamed';
    const client = createClient({
      url: `${platform.url}/graphql`,
      headers: { authorization: `Bearer ${platform.rootToken}` },
      retryAttempts: 0,
    });
    try {
      const event = await new Promise<any>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no event within 15 s')), 15_000);
        const unsubscribe = client.subscribe(
          {
            query: `subscription { configChanged(environmentId: "${id}") { environmentId version changedKeys actor releaseId } }`,
          },
          {
            next: (value) => {
              clearTimeout(timer);
              unsubscribe();
              resolve(value);
            },
            error: reject,
            complete: () => {},
          },
        );
        // Give the subscription time to reach the subgraph before causing the event.
        setTimeout(() => {
          platform
            .graphql(SET, {
              input: {
                environmentId: id,
                expectedVersion: 0,
                variables: [{ key: 'TOKEN', value: 'streamed-secret' }],
              },
            })
            .catch(reject);
        }, 500);
      });
      expect(event.data.configChanged).toEqual({
        environmentId: id,
        version: 1,
        changedKeys: ['TOKEN'],
        actor: 'root',
        releaseId: null,
      });
      expect(JSON.stringify(event)).not.toContain('streamed-secret');
    } finally {
      client.dispose();
    }
  });

  it('compares two environments key by key, secrets by value only when revealed by an owner, audited', async () => {
    const A = 'component:default/hello-web/compare-a';
    const B = 'component:default/hello-web/compare-b';
    const write = async (id: string, variables: Array<{ key: string; value: string; secret?: boolean }>) =>
      expect(
        (await platform.graphql(SET, { input: { environmentId: id, expectedVersion: 0, variables } })).errors,
      ).toBeUndefined();
    await write(A, [
      { key: 'PORT', value: '8080', secret: false },
      { key: 'ONLY_A', value: 'a', secret: false },
      { key: 'SAME_SECRET', value: 'cmp-secret-same' },
      { key: 'OTHER_SECRET', value: 'cmp-secret-one' },
    ]);
    await write(B, [
      { key: 'PORT', value: '80', secret: false },
      { key: 'ONLY_B', value: 'b', secret: false },
      { key: 'SAME_SECRET', value: 'cmp-secret-same' },
      { key: 'OTHER_SECRET', value: 'cmp-secret-two' },
    ]);
    const COMPARE = `query($from: ID!, $to: ID!, $reveal: Boolean) {
      variableSetComparison(fromEnvironmentId: $from, toEnvironmentId: $to, reveal: $reveal) {
        fromEnvironmentId fromVersion toEnvironmentId toVersion
        variables { key state secret fromValue toValue }
      }
    }`;
    const masked = await platform.graphql(COMPARE, { from: A, to: B }, outsider);
    expect(masked.errors).toBeUndefined();
    expect(masked.data.variableSetComparison).toEqual({
      fromEnvironmentId: A,
      fromVersion: 1,
      toEnvironmentId: B,
      toVersion: 1,
      variables: [
        { key: 'ONLY_A', state: 'ONLY_IN_FROM', secret: false, fromValue: 'a', toValue: null },
        { key: 'ONLY_B', state: 'ONLY_IN_TO', secret: false, fromValue: null, toValue: 'b' },
        { key: 'OTHER_SECRET', state: 'NOT_COMPARED', secret: true, fromValue: null, toValue: null },
        { key: 'PORT', state: 'DIFFERS', secret: false, fromValue: '8080', toValue: '80' },
        { key: 'SAME_SECRET', state: 'NOT_COMPARED', secret: true, fromValue: null, toValue: null },
      ],
    });
    expect(JSON.stringify(masked)).not.toContain('cmp-secret');

    const refused = await platform.graphql(COMPARE, { from: A, to: B, reveal: true }, outsider);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(refused)).not.toContain('cmp-secret');

    const revealed = await platform.graphql(COMPARE, { from: A, to: B, reveal: true }, owner);
    expect(revealed.errors).toBeUndefined();
    const secrets = revealed.data.variableSetComparison.variables.filter(
      (v: { secret: boolean }) => v.secret,
    );
    expect(secrets).toEqual([
      {
        key: 'OTHER_SECRET',
        state: 'DIFFERS',
        secret: true,
        fromValue: 'cmp-secret-one',
        toValue: 'cmp-secret-two',
      },
      {
        key: 'SAME_SECRET',
        state: 'SAME',
        secret: true,
        fromValue: 'cmp-secret-same',
        toValue: 'cmp-secret-same',
      },
    ]);
    for (const id of [A, B]) {
      const audit = await platform.graphql(
        `{ secretsAuditLog(environmentId: "${id}", first: 1) { nodes { action actor keys } } }`,
      );
      expect(audit.data.secretsAuditLog.nodes).toEqual([
        { action: 'REVEAL', actor: 'service:storefront-ci', keys: ['OTHER_SECRET', 'SAME_SECRET'] },
      ]);
    }
  });

  it('refuses bad input with BAD_USER_INPUT naming the field and the rule, never the value', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ environmentId: 'hello-web', expectedVersion: 0, variables: [] }, 'input.environmentId'],
      [
        { environmentId: DEV, expectedVersion: 5, variables: [{ key: '9LIVES', value: 'x' }] },
        'input.variables[0].key',
      ],
      [
        {
          environmentId: DEV,
          expectedVersion: 5,
          variables: [{ key: 'BIG', value: `leak-${'x'.repeat(70_000)}` }],
        },
        'input.variables[0].value',
      ],
    ];
    for (const [input, field] of cases) {
      const { errors } = await platform.graphql(SET, { input });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(errors?.[0]?.extensions?.rule).toEqual(expect.any(String));
      expect(JSON.stringify(errors)).not.toContain('leak-');
    }
  });
});
