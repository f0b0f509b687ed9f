import type { Entity } from '@backstage/catalog-model';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';

const isComponent = (entity: Entity) => entity.kind.toLowerCase() === 'component';
const views = () => import('../components/index.tsx');

/** The four tabs on a component's page, each loaded when first opened. */
export const environmentsContent = EntityContentBlueprint.make({
  name: 'environments',
  params: {
    path: 'pave-environments',
    title: 'Environments',
    filter: isComponent,
    loader: () => views().then((m) => <m.EntityPaveEnvironmentsContent />),
  },
});

export const variablesContent = EntityContentBlueprint.make({
  name: 'variables',
  params: {
    path: 'pave-variables',
    title: 'Variables',
    filter: isComponent,
    loader: () => views().then((m) => <m.EntityPaveVariablesContent />),
  },
});

export const releasesContent = EntityContentBlueprint.make({
  name: 'releases',
  params: {
    path: 'pave-releases',
    title: 'Releases',
    filter: isComponent,
    loader: () => views().then((m) => <m.EntityPaveReleasesContent />),
  },
});

export const logsContent = EntityContentBlueprint.make({
  name: 'logs',
  params: {
    path: 'pave-logs',
    title: 'Logs',
    filter: isComponent,
    loader: () => views().then((m) => <m.EntityPaveLogsContent />),
  },
});
