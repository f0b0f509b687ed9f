import { createRouteRef, PageBlueprint, SubPageBlueprint } from '@backstage/frontend-plugin-api';

export const rootRouteRef = createRouteRef();
const views = () => import('../components/index.tsx');

/** `/pave`: the platform overview and the "Get the CLI" page, as two tabs. */
export const pavePage = PageBlueprint.make({
  params: { path: '/pave', title: 'Pave', routeRef: rootRouteRef },
});

export const overviewSubPage = SubPageBlueprint.make({
  attachTo: { id: 'page:pave', input: 'pages' },
  name: 'overview',
  params: { path: 'overview', title: 'Overview', loader: () => views().then((m) => <m.PaveOverviewPage />) },
});

export const cliSubPage = SubPageBlueprint.make({
  attachTo: { id: 'page:pave', input: 'pages' },
  name: 'cli',
  params: { path: 'cli', title: 'Get the CLI', loader: () => views().then((m) => <m.PaveCliPage />) },
});
