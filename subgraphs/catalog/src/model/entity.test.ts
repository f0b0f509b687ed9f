import { describe, expect, it } from 'vitest';
import { entityRef, validateEntity } from './entity.ts';

const component = (overrides: Record<string, unknown> = {}, metadata: Record<string, unknown> = {}) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'orders-service', ...metadata },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-payments', ...overrides },
});

function errorOf(value: unknown): string {
  const result = validateEntity(value);
  if (!('error' in result)) throw new Error('expected a validation error');
  return result.error;
}

describe('validateEntity', () => {
  it('accepts a full component and returns it without computed root fields', () => {
    const input = {
      ...component(
        { system: 'storefront', dependsOn: ['resource:orders-db'], providesApis: ['orders-api'] },
        {
          namespace: 'payments',
          title: 'Orders',
          description: 'Takes orders',
          labels: { 'acme.example/tier': '1', plain: '' },
          annotations: { 'github.com/project-slug': 'acme/orders', 'backstage.io/orphan': 'true' },
          tags: ['node', 'c++', 'c#', 'k8s:prod'],
          links: [{ url: 'https://example.com', title: 'Docs', icon: 'docs' }],
        },
      ),
      relations: [],
      status: {},
    };
    const result = validateEntity(input);
    expect(result).toEqual({
      entity: { apiVersion: input.apiVersion, kind: input.kind, metadata: input.metadata, spec: input.spec },
    });
    if ('entity' in result) expect(entityRef(result.entity)).toBe('component:payments/orders-service');
  });

  it('accepts kinds it does not know, without checking their spec', () => {
    expect(
      validateEntity({ apiVersion: 'acme.example/v1', kind: 'Pipeline', metadata: { name: 'ci' } }),
    ).toHaveProperty('entity');
    expect(
      validateEntity({
        apiVersion: 'scaffolder.backstage.io/v1beta3',
        kind: 'Template',
        metadata: { name: 't' },
        spec: {},
      }),
    ).toHaveProperty('entity');
  });

  it('rejects what is not a mapping', () => {
    expect(errorOf(['a'])).toMatch(/must be a mapping, got a list/);
    expect(errorOf('text')).toMatch(/must be a mapping/);
  });

  it('requires apiVersion and kind', () => {
    expect(errorOf({ kind: 'Component', metadata: { name: 'x' } })).toMatch(/apiVersion must be/);
    expect(errorOf({ apiVersion: 'backstage.io/v1alpha1', metadata: { name: 'x' } })).toMatch(/kind must be/);
    expect(errorOf({ ...component(), apiVersion: 'not a version' })).toMatch(/apiVersion/);
    expect(errorOf({ ...component(), kind: '9lives' })).toMatch(/kind must be/);
  });

  it('requires metadata.name, following the name rule', () => {
    expect(errorOf({ ...component(), metadata: {} })).toBe('metadata.name is missing');
    expect(errorOf({ ...component(), metadata: undefined })).toMatch(/metadata must be a mapping/);
    for (const name of ['-lead', 'trail_', 'has space', 'a/b', 'x'.repeat(64), 'ünïcode']) {
      expect(errorOf(component({}, { name })), name).toMatch(
        /metadata\.name must be sequences of \[a-zA-Z0-9\]/,
      );
    }
    for (const name of ['a', 'A_b.C-d', 'x'.repeat(63), '0']) {
      expect(validateEntity(component({}, { name })), name).toHaveProperty('entity');
    }
  });

  it('checks namespace, tags, labels, annotations and links', () => {
    expect(errorOf(component({}, { namespace: 'Payments' }))).toMatch(/metadata\.namespace must be/);
    expect(errorOf(component({}, { namespace: 'a_b' }))).toMatch(/metadata\.namespace/);
    expect(errorOf(component({}, { tags: ['Node'] }))).toMatch(/metadata\.tags\[0\] must be/);
    expect(errorOf(component({}, { tags: ['ok', 'two words'] }))).toMatch(/metadata\.tags\[1\]/);
    expect(errorOf(component({}, { tags: 'node' }))).toMatch(/metadata\.tags must be a list/);
    expect(errorOf(component({}, { labels: { tier: 1 } }))).toMatch(/metadata\.labels\.tier must be/);
    expect(errorOf(component({}, { labels: { 'Bad Key': 'x' } }))).toMatch(/labels key "Bad Key"/);
    expect(errorOf(component({}, { annotations: { 'backstage.io/orphan': true } }))).toMatch(
      /annotations\.backstage\.io\/orphan must be a string/,
    );
    expect(errorOf(component({}, { links: [{ title: 'no url' }] }))).toMatch(
      /links\[0\]\.url must be a valid URL/,
    );
  });

  it('reports every broken rule at once', () => {
    const error = errorOf({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { tags: ['X'] },
      extra: 1,
    });
    expect(error).toMatch(/unknown root field "extra"/);
    expect(error).toMatch(/metadata\.name is missing/);
    expect(error).toMatch(/metadata\.tags\[0\]/);
  });

  it('checks the spec of the built-in kinds', () => {
    expect(errorOf(component({ owner: undefined }))).toMatch(/spec\.owner is required for kind Component/);
    expect(errorOf({ ...component(), spec: undefined })).toMatch(/spec is required for kind Component/);
    expect(errorOf({ ...component(), spec: 'x' })).toMatch(/spec must be a mapping/);
    expect(errorOf({ ...component(), kind: 'component' })).toMatch(
      /kind "component" must be spelled "Component"/,
    );
    expect(
      errorOf({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { name: 'g' },
        spec: { type: 'team' },
      }),
    ).toMatch(/spec\.children is required/);
    expect(
      errorOf({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'API',
        metadata: { name: 'a' },
        spec: { type: 'openapi', lifecycle: 'production', owner: 'x' },
      }),
    ).toMatch(/spec\.definition is required/);
    expect(errorOf(component({ dependsOn: 'component:x' }))).toMatch(/spec\.dependsOn must be a list/);
    expect(errorOf(component({ system: ['a'] }))).toMatch(/spec\.system must be an entity reference/);
  });

  it('rejects references that cannot be resolved, such as dependsOn without a kind', () => {
    expect(errorOf(component({ dependsOn: ['resource:db', 'payments-service'] }))).toMatch(
      /spec\.dependsOn\[1\]: .*"payments-service" has no kind/,
    );
    expect(errorOf(component({ owner: 'group:' }))).toMatch(/spec\.owner: /);
  });

  it('checks Location specs', () => {
    const location = (spec: unknown) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Location',
      metadata: { name: 'root' },
      spec,
    });
    expect(validateEntity(location({ targets: ['./a.yaml'], presence: 'optional' }))).toHaveProperty(
      'entity',
    );
    expect(errorOf(location({ targets: './a.yaml' }))).toMatch(/spec\.targets must be a list of strings/);
    expect(errorOf(location({ target: 3 }))).toMatch(/spec\.target must be a string/);
    expect(errorOf(location({ presence: 'maybe' }))).toMatch(/spec\.presence/);
  });
});
