import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpGet, LOOP_YAML, waitForRelease } from '../../subgraphs/releases/src/testing/loop.ts';
import { startTestPlatform, type TestPlatform } from './harness.ts';

const HELLO = 'component:default/hello-web';

const CREATE = `mutation($name: String!, $type: EnvironmentType!, $protected: Boolean, $component: String = "hello-web") {
  createEnvironment(input: { componentRef: $component, name: $name, type: $type, protected: $protected }) {
    environment { id name type protected createdBy url }
  }
}`;
const DELETE = `mutation($id: ID!, $confirm: String) {
  deleteEnvironment(input: { id: $id, confirm: $confirm }) {
    id teardown { reason actor succeeded steps { step ok detail } }
  }
}`;

describe('environments through the gateway', () => {
  let platform: TestPlatform;
  let owner: string;
  let outsider: string;
  const graphql = (...args: Parameters<TestPlatform['graphql']>) => platform.graphql(...args);
  const errorOf = (response: { errors?: Array<{ extensions?: Record<string, any> }> }) =>
    response.errors?.[0]?.extensions;

  beforeAll(async () => {
    platform = await startTestPlatform({
      yaml: LOOP_YAML,
    });
    const token = async (name: string, group: string) =>
      (
        await graphql(
          `mutation { createServiceToken(input: { name: "${name}", groups: ["${group}"] }) { token } }`,
        )
      ).data.createServiceToken.token as string;
    owner = await token('storefront-ci', 'group:default/team-storefront');
    outsider = await token('payments-ci', 'group:default/team-payments');
  });
  afterAll(() => platform?.stop());

  it('validates input at the edge', async () => {
    expect(errorOf(await graphql(CREATE, { name: 'Dev_1', type: 'DEVELOPMENT' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.name',
      rule: expect.stringContaining('DNS label'),
    });
    expect(
      errorOf(await graphql(CREATE, { name: 'dev', type: 'DEVELOPMENT', component: 'no-such-thing' })),
    ).toMatchObject({
      code: 'NOT_FOUND',
      field: 'input.componentRef',
    });
    const preview = await graphql(
      'mutation { createPreviewEnvironment(input: { componentRef: "hello-web", branch: "x", ttlSeconds: 0 }) { environment { id } } }',
    );
    expect(errorOf(preview)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ttlSeconds' });
    expect(errorOf(await graphql(DELETE, { id: 'dev' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.id',
    });
    expect(errorOf(await graphql(DELETE, { id: `${HELLO}/nope` }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets only owners and admins make environments, and refuses a second one of the same name', async () => {
    const refused = await graphql(CREATE, { name: 'dev', type: 'DEVELOPMENT' }, outsider);
    expect(refused.errors?.[0]).toMatchObject({
      message: `Only owners of ${HELLO} (group:default/team-storefront) and admins may create environments of ${HELLO}.`,
      extensions: { code: 'FORBIDDEN' },
    });
    const preview = await graphql(
      'mutation { createPreviewEnvironment(input: { componentRef: "hello-web", branch: "sneaky" }) { environment { id } } }',
      {},
      outsider,
    );
    expect(errorOf(preview)).toMatchObject({ code: 'FORBIDDEN' });
    const created = await graphql(CREATE, { name: 'dev', type: 'DEVELOPMENT' }, owner);
    expect(created.errors).toBeUndefined();
    expect(created.data.createEnvironment.environment).toMatchObject({
      id: `${HELLO}/dev`,
      protected: false,
      createdBy: 'service:storefront-ci',
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
    });
    expect((await httpGet(created.data.createEnvironment.environment.url)).status).toBe(503);
    expect(errorOf(await graphql(CREATE, { name: 'dev', type: 'STAGING' }))).toMatchObject({
      code: 'CONFLICT',
      currentVersion: 1,
    });
  });

  it('keeps production for owners: protected by default, deleted only with its name as confirmation', async () => {
    expect(errorOf(await graphql(CREATE, { name: 'prod', type: 'PRODUCTION' }, outsider))).toMatchObject({
      code: 'FORBIDDEN',
    });
    const created = await graphql(CREATE, { name: 'prod', type: 'PRODUCTION' }, owner);
    expect(created.data.createEnvironment.environment).toMatchObject({ protected: true, type: 'PRODUCTION' });
    const id = `${HELLO}/prod`;
    expect(errorOf(await graphql(DELETE, { id, confirm: 'prod' }, outsider))).toMatchObject({
      code: 'FORBIDDEN',
    });
    const unprotect = `mutation { updateEnvironment(input: { id: "${id}", protected: false }) { environment { protected } } }`;
    expect(errorOf(await graphql(unprotect, {}, outsider))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await graphql(DELETE, { id }, owner))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.confirm',
    });

    const deleted = await graphql(DELETE, { id, confirm: 'prod' }, owner);
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data.deleteEnvironment.teardown).toMatchObject({
      reason: 'DELETED',
      actor: 'service:storefront-ci',
      succeeded: true,
    });
    expect((await graphql(`{ environment(id: "${id}") { id } }`)).data.environment).toBeNull();
  });

  it('lets only owners protect an environment', async () => {
    const protect = `mutation { updateEnvironment(input: { id: "${HELLO}/dev", protected: true }) { environment { protected } } }`;
    expect(errorOf(await graphql(protect, {}, outsider))).toMatchObject({ code: 'FORBIDDEN' });
    expect((await graphql(protect, {}, owner)).data.updateEnvironment.environment.protected).toBe(true);
    const deploy = await graphql(
      `mutation { deploy(input: { environmentId: "${HELLO}/dev" }) { release { id } } }`,
      {},
      outsider,
    );
    expect(errorOf(deploy)).toMatchObject({ code: 'FORBIDDEN' });
    const unprotect = `mutation { updateEnvironment(input: { id: "${HELLO}/dev", protected: false }) { environment { protected } } }`;
    expect((await graphql(unprotect, {}, owner)).data.updateEnvironment.environment.protected).toBe(false);
  });

  it('clones an environment with its variables and its current release', async () => {
    const dev = `${HELLO}/dev`;
    const set = await graphql(
      `mutation { setVariables(input: { environmentId: "${dev}", expectedVersion: 0,
         variables: [{ key: "GREETING", value: "Hello from a clone", secret: false }] }) { __typename } }`,
    );
    expect(set.errors).toBeUndefined();
    const deployed = await graphql(
      `mutation { deploy(input: { environmentId: "${dev}" }) { release { id } } }`,
    );
    expect((await waitForRelease(graphql, deployed.data.deploy.release.id)).status).toBe('SUCCEEDED');

    const cloned =
      await graphql(`mutation { cloneEnvironment(input: { fromEnvironmentId: "${dev}", name: "qa" }) {
      environment { id type url clonedFrom } variablesCopied promotedRelease { id cause } problems } }`);
    expect(cloned.errors).toBeUndefined();
    const { environment, variablesCopied, promotedRelease, problems } = cloned.data.cloneEnvironment;
    expect(environment).toMatchObject({ id: `${HELLO}/qa`, type: 'DEVELOPMENT', clonedFrom: dev });
    expect({ variablesCopied, problems, cause: promotedRelease.cause }).toEqual({
      variablesCopied: true,
      problems: [],
      cause: 'PROMOTE',
    });
    expect((await waitForRelease(graphql, promotedRelease.id)).status).toBe('SUCCEEDED');
    expect((await httpGet(environment.url)).body).toContain('Hello from a clone');
  });

  it('lets only owners and admins clone or delete an unprotected environment', async () => {
    const clone = `mutation { cloneEnvironment(input: { fromEnvironmentId: "${HELLO}/qa", name: "qa-copy" }) { environment { id } } }`;
    expect(errorOf(await graphql(clone, {}, outsider))).toMatchObject({ code: 'FORBIDDEN' });
    const refused = await graphql(DELETE, { id: `${HELLO}/qa` }, outsider);
    expect(refused.errors?.[0]?.message).toBe(
      `Only owners of ${HELLO} (group:default/team-storefront) and admins may delete ${HELLO}/qa.`,
    );
    expect((await graphql(`{ environment(id: "${HELLO}/qa") { id } }`)).data.environment).not.toBeNull();
  });

  it('answers for a component, its environments, their variables and releases in one query', async () => {
    const { data, errors } =
      await graphql(`{ entities(filter: { kind: "component" }) { nodes { ref ... on Component {
      owner { ref } environments { nodes { name status { state } config { version } currentRelease { version } } } } } } }`);
    expect(errors).toBeUndefined();
    const hello = data.entities.nodes.find((n: { ref: string }) => n.ref === HELLO);
    expect(hello.owner.ref).toBe('group:default/team-storefront');
    expect(hello.environments.nodes).toEqual([
      {
        name: 'dev',
        status: { state: 'RUNNING' },
        config: { version: 1 },
        currentRelease: { version: 'v1' },
      },
      { name: 'qa', status: { state: 'RUNNING' }, config: { version: 1 }, currentRelease: { version: 'v1' } },
    ]);
    const others = data.entities.nodes.filter((n: { ref: string }) => n.ref !== HELLO);
    for (const other of others) expect(other.environments.nodes).toEqual([]);
  });

  it('extends a preview when asked again for the same branch', async () => {
    const ask = (ttl: number) =>
      graphql(`mutation { createPreviewEnvironment(input: { componentRef: "hello-web", branch: "feature/Login", ttlSeconds: ${ttl} }) {
        environment { id expiresAt branch } } }`);
    const first = (await ask(600)).data.createPreviewEnvironment.environment;
    const again = (await ask(3600)).data.createPreviewEnvironment.environment;
    expect(first.id).toBe(`${HELLO}/preview-feature-login`);
    expect(again.id).toBe(first.id);
    expect(new Date(again.expiresAt).getTime()).toBeGreaterThan(new Date(first.expiresAt).getTime());
    const deleted = await graphql(DELETE, { id: first.id });
    expect(deleted.data.deleteEnvironment.teardown.steps.every((s: { ok: boolean }) => s.ok)).toBe(true);
  });

  it('tears an environment down once when asked several times at once; the others learn where it is', async () => {
    const created = await graphql(CREATE, { name: 'twice', type: 'DEVELOPMENT' });
    expect(created.errors).toBeUndefined();
    const id = `${HELLO}/twice`;
    const answers = await Promise.all([1, 2, 3].map(() => graphql(DELETE, { id })));
    expect(answers.filter((answer) => answer.data?.deleteEnvironment)).toHaveLength(1);
    for (const refused of answers.filter((answer) => answer.errors)) {
      const { code, currentVersion } = errorOf(refused) ?? {};
      // Still being torn down: CONFLICT at the environment's version; already gone: NOT_FOUND.
      if (code === 'CONFLICT') expect(currentVersion).toBe(2);
      else expect(code).toBe('NOT_FOUND');
    }
    expect((await graphql(`{ environment(id: "${id}") { id } }`)).data.environment).toBeNull();
  });

  it('counts the changes made to an environment in its version', async () => {
    const read = async () =>
      (await graphql(`{ environment(id: "${HELLO}/dev") { version } }`)).data.environment.version as number;
    const before = await read();
    const update = `mutation { updateEnvironment(input: { id: "${HELLO}/dev", protected: false }) { environment { version } } }`;
    expect((await graphql(update)).data.updateEnvironment.environment.version).toBe(before + 1);
    expect(await read()).toBe(before + 1);
  });
});
