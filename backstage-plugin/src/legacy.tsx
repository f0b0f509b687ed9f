import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  createRouteRef,
} from '@backstage/core-plugin-api';
import { paveApiFactory } from './api/paveApiFactory.ts';

/** The legacy frontend system's route for the Pave page. */
export const paveRouteRef = createRouteRef({ id: 'pave' });

/** Pave for apps on the legacy frontend system: add it to `plugins` and use the components below. */
export const pavePlugin = createPlugin({
  id: 'pave',
  apis: [createApiFactory(paveApiFactory)],
  routes: { root: paveRouteRef },
});

const views = () => import('./components/index.tsx');
const content = (name: string, pick: (m: Awaited<ReturnType<typeof views>>) => () => JSX.Element) =>
  pavePlugin.provide(createComponentExtension({ name, component: { lazy: () => views().then(pick) } }));

export const EntityPaveEnvironmentsContent = content(
  'EntityPaveEnvironmentsContent',
  (m) => m.EntityPaveEnvironmentsContent,
);
export const EntityPaveVariablesContent = content(
  'EntityPaveVariablesContent',
  (m) => m.EntityPaveVariablesContent,
);
export const EntityPaveReleasesContent = content(
  'EntityPaveReleasesContent',
  (m) => m.EntityPaveReleasesContent,
);
export const EntityPaveLogsContent = content('EntityPaveLogsContent', (m) => m.EntityPaveLogsContent);

/** The Pave page with its two tabs: the platform overview and "Get the CLI". */
export const PavePage = pavePlugin.provide(
  createRoutableExtension({
    name: 'PavePage',
    component: () => import('./components/PavePage/LegacyPavePage.tsx').then((m) => m.LegacyPavePage),
    mountPoint: paveRouteRef,
  }),
);
