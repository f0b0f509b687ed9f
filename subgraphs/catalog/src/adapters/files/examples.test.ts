/** The Acme demo catalog in examples/catalog loads cleanly and every relation lands on an entity. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { entityRef } from '../../model/entity.ts';
import { deriveRelations, inverseRelation } from '../../model/relations.ts';
import type { CatalogSnapshot } from '../../port.ts';
import { createFilesBackend } from './index.ts';

const repo = path.resolve(import.meta.dirname, '../../../../..');
let snapshot: CatalogSnapshot;
let byRef: Map<string, CatalogSnapshot['entities'][number]>;

beforeAll(async () => {
  const backend = createFilesBackend(
    { kind: 'files', paths: ['examples/catalog/all.yaml'], watch: false },
    { baseDir: repo },
  );
  snapshot = await backend.read();
  byRef = new Map(snapshot.entities.map((e) => [entityRef(e.entity), e]));
});

describe('examples/catalog', () => {
  it('loads without problems', () => {
    expect(snapshot.problems).toEqual([]);
  });

  it('has the demo organisation', () => {
    const count = (kind: string) => snapshot.entities.filter((e) => e.entity.kind === kind).length;
    expect({
      Location: count('Location'),
      Group: count('Group'),
      User: count('User'),
      Domain: count('Domain'),
      System: count('System'),
      Component: count('Component'),
      API: count('API'),
      Resource: count('Resource'),
    }).toEqual({ Location: 1, Group: 4, User: 5, Domain: 1, System: 1, Component: 6, API: 3, Resource: 1 });
  });

  it('includes the runnable sample app from examples/hello-web', () => {
    const hello = byRef.get('component:default/hello-web');
    expect(hello?.location).toBe(`file:${path.join(repo, 'examples/hello-web/catalog-info.yaml')}`);
    expect(hello?.entity.spec).toMatchObject({ type: 'website', lifecycle: 'production' });
    expect(hello?.entity.metadata.annotations).toHaveProperty('backstage.io/source-location');
    expect(hello?.entity.metadata.annotations).toHaveProperty('github.com/project-slug');
  });

  it('reads the API definition a $text placeholder names', () => {
    const products = byRef.get('api:default/products-graphql');
    expect(products?.entity.spec?.definition).toMatch(/^type Query \{\n {2}product\(sku: ID!\): Product\n/);
  });

  it('has no dangling relation: every target is in the demo', () => {
    const dangling = snapshot.entities.flatMap(({ entity }) =>
      deriveRelations(entity)
        .filter((r) => !byRef.has(r.targetRef))
        .map((r) => `${entityRef(entity)} ${r.type} ${r.targetRef}`),
    );
    expect(dangling).toEqual([]);
  });

  it('derives the relations of every kind', () => {
    const relations = new Set(
      snapshot.entities.flatMap(({ entity }) =>
        deriveRelations(entity).map((r) => `${entityRef(entity)} ${r.type} ${r.targetRef}`),
      ),
    );
    for (const expected of [
      'group:default/acme parentOf group:default/team-payments',
      'group:default/team-platform childOf group:default/acme',
      'user:default/grace memberOf group:default/team-platform',
      'domain:default/commerce ownedBy group:default/acme',
      'system:default/storefront partOf domain:default/commerce',
      'component:default/hello-web partOf system:default/storefront',
      'component:default/hello-web dependsOn component:default/ui-kit',
      'component:default/hello-web consumesApi api:default/products-graphql',
      'component:default/orders-service providesApi api:default/orders-api',
      'component:default/orders-service dependsOn resource:default/orders-db',
      'component:default/orders-worker partOf component:default/orders-service',
      'component:default/payments-service ownedBy group:default/team-payments',
      'api:default/payments-api ownedBy group:default/team-payments',
      'resource:default/orders-db partOf system:default/storefront',
    ]) {
      expect(relations, expected).toContain(expected);
    }
  });

  it('gives every team an owner relation in the other direction', () => {
    const owners = new Set(
      snapshot.entities.flatMap(({ entity }) =>
        deriveRelations(entity)
          .filter((r) => inverseRelation(r.type) === 'ownerOf')
          .map((r) => r.targetRef),
      ),
    );
    expect([...owners].sort()).toEqual([
      'group:default/acme',
      'group:default/team-payments',
      'group:default/team-platform',
      'group:default/team-storefront',
    ]);
  });
});
