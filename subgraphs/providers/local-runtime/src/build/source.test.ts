import { describe, expect, it } from 'vitest';
import { resolveSource } from './source.ts';

const component = (location: string | null, annotations: Record<string, string> = {}) => ({
  ref: 'component:default/hello-web',
  location,
  annotations,
});

describe('where a component’s code is', () => {
  it('is the directory of its catalog file when the source location is remote', () => {
    const source = resolveSource(
      component('file:/srv/acme/hello-web/catalog-info.yaml', {
        'backstage.io/source-location': 'url:https://github.com/acme/hello-web/tree/main/',
      }),
    );
    expect(source).toEqual({ root: '/srv/acme/hello-web', appPath: '' });
  });

  it('follows a local source location, keeping the app path inside it', () => {
    expect(
      resolveSource(
        component('file:/srv/mono/apps/web/catalog-info.yaml', {
          'backstage.io/source-location': 'url:file:///srv/mono/',
        }),
      ),
    ).toEqual({ root: '/srv/mono', appPath: 'apps/web' });
    expect(
      resolveSource(
        component('file:/srv/mono/apps/web/catalog-info.yaml', {
          'backstage.io/source-location': 'dir:../..',
        }),
      ),
    ).toEqual({ root: '/srv/mono', appPath: 'apps/web' });
    expect(
      resolveSource(
        component('file:/srv/catalog/web.yaml', { 'backstage.io/source-location': 'dir:/srv/web' }),
      ),
    ).toEqual({ root: '/srv/web', appPath: '' });
  });

  it('says why when there is nothing local to run', () => {
    expect(() => resolveSource(component('https://example.com/catalog-info.yaml'))).toThrow(
      /has no source on this machine.*annotation is missing/,
    );
  });
});
