import { describe, expect, it } from 'vitest';
import type { RawEntity } from './entity.ts';
import {
  entitySources,
  normalizeRepositoryPath,
  normalizeRepositoryUrl,
  sourceFromLocation,
} from './source.ts';

describe('normalizeRepositoryUrl', () => {
  it('gives every form of a git remote the same name', () => {
    for (const url of [
      'https://github.com/Acme/Shop.git',
      'https://github.com/acme/shop',
      'https://github.com/acme/shop/',
      'http://github.com/acme/shop.git',
      'git@github.com:acme/shop.git',
      'github.com:acme/shop',
      'ssh://git@github.com/acme/shop.git',
      'ssh://git@github.com:22/acme/shop.git',
      'git+ssh://git@github.com/acme/shop.git',
      'git://github.com/acme/shop.git',
      'github.com/acme/shop',
      '  https://github.com/acme/shop.git\n',
    ]) {
      expect(normalizeRepositoryUrl(url), url).toBe('github.com/acme/shop');
    }
  });

  it('keeps nested GitLab groups and drops credentials', () => {
    expect(normalizeRepositoryUrl('https://gitlab.example.com/platform/web/shop.git')).toBe(
      'gitlab.example.com/platform/web/shop',
    );
    const withToken = normalizeRepositoryUrl('https://x-access-token:ghp_secret@github.com/acme/shop.git');
    expect(withToken).toBe('github.com/acme/shop');
  });

  it('refuses what names no repository', () => {
    expect(normalizeRepositoryUrl('')).toBeUndefined();
    expect(normalizeRepositoryUrl('https://github.com/acme')).toBeUndefined();
    expect(normalizeRepositoryUrl('not a url at all')).toBeUndefined();
  });
});

describe('sourceFromLocation', () => {
  it('reads the repository and directory of tree and blob URLs', () => {
    expect(sourceFromLocation('url:https://github.com/acme/shop/tree/main/services/orders/')).toEqual({
      repository: 'github.com/acme/shop',
      path: 'services/orders',
    });
    expect(sourceFromLocation('url:https://github.com/acme/hello-web/tree/main/')).toEqual({
      repository: 'github.com/acme/hello-web',
      path: '',
    });
    expect(
      sourceFromLocation(
        'url:https://github.com/acme/shop/blob/main/services/orders/catalog-info.yaml',
        true,
      ),
    ).toEqual({ repository: 'github.com/acme/shop', path: 'services/orders' });
    expect(sourceFromLocation('url:https://gitlab.com/acme/web/shop/-/tree/main/app')).toEqual({
      repository: 'gitlab.com/acme/web/shop',
      path: 'app',
    });
    expect(sourceFromLocation('url:https://bitbucket.org/acme/shop/src/main/api')).toEqual({
      repository: 'bitbucket.org/acme/shop',
      path: 'api',
    });
    expect(sourceFromLocation('url:https://dev.azure.com/acme/shop/_git/web?path=/apps/site')).toEqual({
      repository: 'dev.azure.com/acme/shop/_git/web',
      path: 'apps/site',
    });
    expect(sourceFromLocation('url:https://github.com/acme/shop')).toEqual({
      repository: 'github.com/acme/shop',
      path: '',
    });
  });

  it('ignores file locations and text that is no URL', () => {
    expect(sourceFromLocation('file:/srv/catalog/catalog-info.yaml')).toBeUndefined();
    expect(sourceFromLocation('url:./relative')).toBeUndefined();
  });
});

describe('entitySources', () => {
  const entity = (annotations: Record<string, string>): RawEntity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'x', annotations },
  });

  it('takes source-location, then project-slug, then the managing file, without repeats', () => {
    expect(
      entitySources(
        entity({
          'backstage.io/source-location': 'url:https://github.com/acme/shop/tree/main/web',
          'github.com/project-slug': 'Acme/Shop',
          'backstage.io/managed-by-location':
            'url:https://github.com/acme/shop/blob/main/web/catalog-info.yaml',
        }),
      ),
    ).toEqual([{ repository: 'github.com/acme/shop', path: 'web' }]);
    expect(
      entitySources(
        entity({
          'github.com/project-slug': 'acme/shop',
          'backstage.io/managed-by-location': 'url:https://gitlab.com/acme/catalog/blob/main/shop.yaml',
        }),
      ),
    ).toEqual([
      { repository: 'github.com/acme/shop', path: '' },
      { repository: 'gitlab.com/acme/catalog', path: '' },
    ]);
    expect(entitySources(entity({ 'github.com/project-slug': 'not a slug' }))).toEqual([]);
  });

  it('normalises paths', () => {
    expect(normalizeRepositoryPath('./services//orders/')).toBe('services/orders');
    expect(normalizeRepositoryPath('/')).toBe('');
  });
});
