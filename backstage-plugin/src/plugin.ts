import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { paveApi } from './alpha/api.ts';
import {
  environmentsContent,
  logsContent,
  releasesContent,
  variablesContent,
} from './alpha/entityContents.tsx';
import { cliSubPage, overviewSubPage, pavePage, rootRouteRef } from './alpha/pages.tsx';

/** Pave for Backstage's new frontend system: add it to the app's features (or let discovery find it). */
export const pavePlugin = createFrontendPlugin({
  pluginId: 'pave',
  title: 'Pave',
  routes: { root: rootRouteRef },
  extensions: [
    paveApi,
    environmentsContent,
    variablesContent,
    releasesContent,
    logsContent,
    pavePage,
    overviewSubPage,
    cliSubPage,
  ],
});
