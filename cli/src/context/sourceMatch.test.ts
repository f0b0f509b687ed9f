import { describe, expect, it } from 'vitest';
import { bestMatches, repoKey, sourceDepth, withoutCredentials } from './sourceMatch.ts';

describe('git remotes', () => {
  it('drops the user and password of a URL remote, and leaves scp-like remotes alone', () => {
    expect(withoutCredentials('https://x-access-token:ghp_secret@github.com/acme/shop.git')).toBe(
      'https://github.com/acme/shop.git',
    );
    expect(withoutCredentials('git@github.com:acme/shop.git')).toBe('git@github.com:acme/shop.git');
  });

  it('reads every usual spelling of a remote as host/owner/repo', () => {
    for (const remote of [
      'git@github.com:Acme/Shop.git',
      'ssh://git@github.com/acme/shop.git',
      'https://github.com/acme/shop',
      'https://github.com/acme/shop.git/',
      'github.com/acme/shop',
    ]) {
      expect(repoKey(remote), remote).toBe('github.com/acme/shop');
    }
    expect(repoKey('ssh://git@gitlab.example.com:2222/group/sub/repo.git')).toBe(
      'gitlab.example.com/group/sub/repo',
    );
    expect(repoKey('not a remote')).toBeUndefined();
  });
});

const slug = (value: string) => ({ key: 'github.com/project-slug', value });
const source = (value: string) => ({ key: 'backstage.io/source-location', value });

describe('telling a tie from a nested match', () => {
  it('reads how deep a source-location puts a component in the repository', () => {
    const repo = 'github.com/acme/orders';
    expect(sourceDepth([source('url:https://github.com/acme/orders/tree/main/')], repo)).toBe(0);
    expect(sourceDepth([source('url:https://github.com/acme/orders/tree/main/services/worker/')], repo)).toBe(
      2,
    );
    expect(
      sourceDepth([source('url:https://gitlab.com/acme/orders/-/tree/main/api')], 'gitlab.com/acme/orders'),
    ).toBe(1);
    expect(sourceDepth([slug('acme/orders')], repo)).toBe(0);
    expect(sourceDepth([slug('acme/other')], repo)).toBeUndefined();
  });

  it('keeps the deepest matches only, and all of them when they tie', () => {
    const repo = 'github.com/acme/orders';
    const worker = {
      ref: 'component:default/worker',
      annotations: [slug('acme/orders'), source('url:https://github.com/acme/orders/tree/main/worker/')],
    };
    const service = { ref: 'component:default/service', annotations: [slug('acme/orders')] };
    const cli = {
      ref: 'component:default/cli',
      annotations: [source('url:https://github.com/acme/orders/tree/main/worker')],
    };
    expect(bestMatches([worker, service], repo)).toEqual(['component:default/worker']);
    expect(bestMatches([worker, cli, service], repo)).toEqual([
      'component:default/worker',
      'component:default/cli',
    ]);
    expect(bestMatches([], repo)).toEqual([]);
  });

  it('trusts the catalog’s order when no annotation can be read', () => {
    const managed = (ref: string) => ({
      ref,
      annotations: [{ key: 'backstage.io/managed-by-location', value: 'url:https://x/y' }],
    });
    expect(
      bestMatches([managed('component:default/a'), managed('component:default/b')], 'github.com/acme/orders'),
    ).toEqual(['component:default/a']);
  });
});
