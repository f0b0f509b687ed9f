import { describe, expect, it } from 'vitest';
import { normalizeEntityRef, parseEntityRef, stringifyEntityRef } from './ref.ts';

describe('parseEntityRef', () => {
  it('reads every form', () => {
    expect(parseEntityRef('component:payments/orders-service')).toEqual({
      kind: 'component',
      namespace: 'payments',
      name: 'orders-service',
    });
    expect(parseEntityRef('component:orders-service')).toEqual({
      kind: 'component',
      namespace: 'default',
      name: 'orders-service',
    });
    expect(parseEntityRef('payments/orders-service', { defaultKind: 'Component' })).toEqual({
      kind: 'Component',
      namespace: 'payments',
      name: 'orders-service',
    });
    expect(parseEntityRef('team-a', { defaultKind: 'Group', defaultNamespace: 'acme' })).toEqual({
      kind: 'Group',
      namespace: 'acme',
      name: 'team-a',
    });
  });

  it('prefers what the reference says over the defaults', () => {
    expect(parseEntityRef('user:ops/ada', { defaultKind: 'Group', defaultNamespace: 'acme' })).toEqual({
      kind: 'user',
      namespace: 'ops',
      name: 'ada',
    });
  });

  it('keeps the case it was given', () => {
    expect(parseEntityRef('Component:Default/Hello-Web')).toEqual({
      kind: 'Component',
      namespace: 'Default',
      name: 'Hello-Web',
    });
  });

  it('treats a colon after the slash as part of the name, as Backstage does', () => {
    expect(parseEntityRef('ns/a:b', { defaultKind: 'Component' })).toEqual({
      kind: 'Component',
      namespace: 'ns',
      name: 'a:b',
    });
  });

  it('rejects a reference without a kind when none is implied', () => {
    expect(() => parseEntityRef('orders-service')).toThrow(
      /"orders-service" has no kind.*"component:orders-service"/,
    );
    expect(() => parseEntityRef('payments/orders-service')).toThrow(/has no kind/);
  });

  it('rejects empty parts and empty references', () => {
    for (const bad of ['', ':name', 'component:', 'component:/name', 'component:ns/', '/name']) {
      expect(() => parseEntityRef(bad, { defaultKind: 'Component' }), bad).toThrow(/entity reference/i);
    }
  });
});

describe('stringifyEntityRef', () => {
  it('is canonical: lower case, namespace defaulted', () => {
    expect(stringifyEntityRef({ kind: 'Component', name: 'Hello-Web' })).toBe('component:default/hello-web');
    expect(stringifyEntityRef({ kind: 'API', namespace: 'Payments', name: 'Orders-API' })).toBe(
      'api:payments/orders-api',
    );
  });

  it('makes spellings that differ in case the same ref', () => {
    const refs = ['Component:Default/Hello-Web', 'component:hello-web', 'COMPONENT:default/HELLO-WEB'];
    expect(new Set(refs.map((r) => normalizeEntityRef(r))).size).toBe(1);
    expect(normalizeEntityRef('Hello-Web', { defaultKind: 'Component' })).toBe('component:default/hello-web');
  });

  it('round-trips through parseEntityRef', () => {
    const ref = 'group:acme/team-storefront';
    expect(stringifyEntityRef(parseEntityRef(ref))).toBe(ref);
  });
});
