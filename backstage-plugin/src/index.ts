/**
 * @pave/backstage-plugin — Pave's environments, variables, releases and logs in Backstage.
 * The default export is the plugin for the new frontend system; `@pave/backstage-plugin/legacy`
 * has the same views for apps still on the legacy system.
 */
import { pavePlugin } from './plugin.ts';

export { createPaveClient, type PaveClientOptions } from './api/createPaveClient.ts';
export { type PaveApi, paveApiRef } from './api/PaveApi.ts';
export { paveApiFactory } from './api/paveApiFactory.ts';
export {
  EntityPaveEnvironmentsContent,
  EntityPaveLogsContent,
  EntityPaveReleasesContent,
  EntityPaveVariablesContent,
  PaveCliPage,
  PaveOverviewPage,
} from './components/index.tsx';
export { pavePlugin };
export default pavePlugin;
