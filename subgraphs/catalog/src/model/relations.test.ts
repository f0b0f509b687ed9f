import { describe, expect, it } from 'vitest';
import type { RawEntity } from './entity.ts';
import { deriveRelations, inverseRelation, RELATION_TYPES } from './relations.ts';

const entity = (
  kind: string,
  name: string,
  spec: Record<string, unknown>,
  namespace?: string,
): RawEntity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: namespace ? { name, namespace } : { name },
  spec,
});

describe('deriveRelations', () => {
  it('Component: owner, system, subcomponentOf, APIs and dependencies', () => {
    const orders = entity('Component', 'orders-worker', {
      type: 'service',
      lifecycle: 'experimental',
      owner: 'team-payments',
      system: 'storefront',
      subcomponentOf: 'orders-service',
      providesApis: ['orders-events'],
      consumesApis: ['payments-api', 'api:catalog/products-graphql'],
      dependsOn: ['resource:orders-db', 'Component:Payments-Service'],
      dependencyOf: ['component:reporting'],
    });
    expect(deriveRelations(orders)).toEqual([
      { type: 'ownedBy', targetRef: 'group:default/team-payments' },
      { type: 'partOf', targetRef: 'component:default/orders-service' },
      { type: 'providesApi', targetRef: 'api:default/orders-events' },
      { type: 'consumesApi', targetRef: 'api:default/payments-api' },
      { type: 'consumesApi', targetRef: 'api:catalog/products-graphql' },
      { type: 'dependsOn', targetRef: 'resource:default/orders-db' },
      { type: 'dependsOn', targetRef: 'component:default/payments-service' },
      { type: 'dependencyOf', targetRef: 'component:default/reporting' },
      { type: 'partOf', targetRef: 'system:default/storefront' },
    ]);
  });

  it('takes the namespace of the entity for references without one', () => {
    const web = entity(
      'Component',
      'web',
      { owner: 'web-team', dependsOn: ['component:ui', 'resource:shared/db'] },
      'shop',
    );
    expect(deriveRelations(web)).toEqual([
      { type: 'ownedBy', targetRef: 'group:shop/web-team' },
      { type: 'dependsOn', targetRef: 'component:shop/ui' },
      { type: 'dependsOn', targetRef: 'resource:shared/db' },
    ]);
  });

  it('keeps an explicit kind, e.g. a user as owner', () => {
    expect(deriveRelations(entity('Component', 'x', { owner: 'user:ada' }))).toEqual([
      { type: 'ownedBy', targetRef: 'user:default/ada' },
    ]);
  });

  it('API and Resource', () => {
    expect(
      deriveRelations(entity('API', 'orders-api', { owner: 'team-payments', system: 'storefront' })),
    ).toEqual([
      { type: 'ownedBy', targetRef: 'group:default/team-payments' },
      { type: 'partOf', targetRef: 'system:default/storefront' },
    ]);
    expect(
      deriveRelations(
        entity('Resource', 'orders-db', {
          owner: 'team-payments',
          system: 'storefront',
          dependsOn: ['resource:disk'],
          dependencyOf: ['component:orders-service'],
        }),
      ),
    ).toEqual([
      { type: 'ownedBy', targetRef: 'group:default/team-payments' },
      { type: 'dependsOn', targetRef: 'resource:default/disk' },
      { type: 'dependencyOf', targetRef: 'component:default/orders-service' },
      { type: 'partOf', targetRef: 'system:default/storefront' },
    ]);
  });

  it('System and Domain', () => {
    expect(
      deriveRelations(entity('System', 'storefront', { owner: 'team-storefront', domain: 'commerce' })),
    ).toEqual([
      { type: 'ownedBy', targetRef: 'group:default/team-storefront' },
      { type: 'partOf', targetRef: 'domain:default/commerce' },
    ]);
    expect(deriveRelations(entity('Domain', 'commerce', { owner: 'acme', subdomainOf: 'business' }))).toEqual(
      [
        { type: 'ownedBy', targetRef: 'group:default/acme' },
        { type: 'partOf', targetRef: 'domain:default/business' },
      ],
    );
  });

  it('Group and User', () => {
    expect(
      deriveRelations(
        entity('Group', 'team-platform', {
          type: 'team',
          parent: 'acme',
          children: ['sre'],
          members: ['linus'],
        }),
      ),
    ).toEqual([
      { type: 'childOf', targetRef: 'group:default/acme' },
      { type: 'parentOf', targetRef: 'group:default/sre' },
      { type: 'hasMember', targetRef: 'user:default/linus' },
    ]);
    expect(
      deriveRelations(
        entity('User', 'grace', { memberOf: ['team-storefront', 'group:default/team-platform'] }),
      ),
    ).toEqual([
      { type: 'memberOf', targetRef: 'group:default/team-storefront' },
      { type: 'memberOf', targetRef: 'group:default/team-platform' },
    ]);
  });

  it('Location and unknown kinds have none; a missing spec has none', () => {
    expect(deriveRelations(entity('Location', 'root', { targets: ['./a.yaml'] }))).toEqual([]);
    expect(deriveRelations(entity('Pipeline', 'ci', { owner: 'team-a' }))).toEqual([]);
    expect(
      deriveRelations({ apiVersion: 'backstage.io/v1alpha1', kind: 'User', metadata: { name: 'u' } }),
    ).toEqual([]);
  });

  it('lists a relation once even when written twice', () => {
    const c = entity('Component', 'c', { owner: 'x', dependsOn: ['component:a', 'Component:default/A'] });
    expect(deriveRelations(c).filter((r) => r.type === 'dependsOn')).toEqual([
      { type: 'dependsOn', targetRef: 'component:default/a' },
    ]);
  });

  it('throws, naming the field, on dependsOn entries without a kind', () => {
    expect(() => deriveRelations(entity('Component', 'c', { dependsOn: ['db'] }))).toThrow(
      /spec\.dependsOn\[0\]: .*no kind/,
    );
  });
});

describe('inverseRelation', () => {
  it('pairs every relation with its inverse, both ways', () => {
    expect(inverseRelation('ownedBy')).toBe('ownerOf');
    expect(inverseRelation('partOf')).toBe('hasPart');
    expect(inverseRelation('dependsOn')).toBe('dependencyOf');
    expect(inverseRelation('providesApi')).toBe('apiProvidedBy');
    expect(inverseRelation('consumesApi')).toBe('apiConsumedBy');
    expect(inverseRelation('memberOf')).toBe('hasMember');
    expect(inverseRelation('childOf')).toBe('parentOf');
    for (const type of RELATION_TYPES) expect(inverseRelation(inverseRelation(type))).toBe(type);
  });

  it('knows nothing of other types', () => {
    expect(inverseRelation('likes')).toBeUndefined();
  });
});
