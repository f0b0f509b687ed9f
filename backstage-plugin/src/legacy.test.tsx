// @vitest-environment jsdom
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { paveApiRef } from './api/PaveApi.ts';
import { EntityPaveEnvironmentsContent, pavePlugin } from './legacy.tsx';
import { createFakeGateway, fakeClient } from './testing/fakeGateway.ts';
import { helloWeb } from './testing/renderPave.tsx';

afterEach(cleanup);

describe('the legacy frontend system exports', () => {
  it('renders a tab from its component extension in a legacy app', async () => {
    const gateway = createFakeGateway();
    gateway.answer('PaveComponentEnvironments', {
      data: {
        entity: {
          __typename: 'Component',
          ref: 'component:default/hello-web',
          title: null,
          environments: { totalCount: 0, nodes: [] },
        },
      },
    });
    await renderInTestApp(
      <TestApiProvider apis={[[paveApiRef, { client: fakeClient(gateway), gatewayUrl: 'http://pave.test' }]]}>
        <EntityProvider entity={helloWeb}>
          <EntityPaveEnvironmentsContent />
        </EntityProvider>
      </TestApiProvider>,
    );
    expect(await screen.findByText('No environments yet')).toBeTruthy();
  });

  it('registers the gateway client factory with the plugin', () => {
    expect([...pavePlugin.getApis()].map((factory) => factory.api.id)).toEqual(['plugin.pave.client']);
  });
});
