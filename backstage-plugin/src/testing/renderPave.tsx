import type { Entity } from '@backstage/catalog-model';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { paveApiRef } from '../api/PaveApi.ts';
import { type FakeGateway, fakeClient } from './fakeGateway.ts';

// Testing Library cleans up by itself only with vitest's globals, which this repo does not turn on.
afterEach(cleanup);

export const helloWeb: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'hello-web', namespace: 'default', title: 'Hello web' },
  spec: { type: 'website', lifecycle: 'production', owner: 'team-storefront' },
};

/** Renders a view of the plugin in Backstage's test app, on hello-web's page, against a fake gateway. */
export function renderPave(
  element: JSX.Element,
  gateway: FakeGateway,
  options: { initialRoute?: string } = {},
) {
  return renderInTestApp(<EntityProvider entity={helloWeb}>{element}</EntityProvider>, {
    apis: [[paveApiRef, { client: fakeClient(gateway), gatewayUrl: 'http://pave.test' }]],
    ...(options.initialRoute ? { initialRouteEntries: [options.initialRoute] } : {}),
  });
}
