// @vitest-environment jsdom
import { mockApis, renderTestApp } from '@backstage/frontend-test-utils';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import pavePlugin from './index.ts';

afterEach(cleanup);

describe('the plugin in the new frontend system', () => {
  it('mounts /pave with the overview and "Get the CLI" tabs, the API built from app config', async () => {
    renderTestApp({
      features: [pavePlugin],
      config: { pave: { gatewayUrl: 'https://pave.acme.test/graphql' } },
      apis: [mockApis.identity({ userEntityRef: 'user:default/jane', token: 'backstage-token' })],
      initialRouteEntries: ['/pave/cli'],
    });
    expect(await screen.findByText('Get the CLI', { selector: 'h2, div, span' })).toBeTruthy();
    expect(await screen.findByText(/export PAVE_URL=https:\/\/pave\.acme\.test/)).toBeTruthy();
    expect(screen.getAllByText('Overview').length).toBeGreaterThan(0);
  });

  it('provides the entity contents for components and the API', () => {
    const ids = (pavePlugin as unknown as { extensions: Array<{ id: string }> }).extensions.map((e) => e.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'api:pave',
        'entity-content:pave/environments',
        'entity-content:pave/variables',
        'entity-content:pave/releases',
        'entity-content:pave/logs',
        'page:pave',
        'sub-page:pave/overview',
        'sub-page:pave/cli',
      ]),
    );
  });
});
