import { EnvironmentsContent } from './EnvironmentsContent/EnvironmentsContent.tsx';
import { LogsContent } from './LogsContent/LogsContent.tsx';
import { PaveClientProvider } from './PaveClientProvider.tsx';
import { CliPage } from './PavePage/CliPage.tsx';
import { OverviewPage } from './PavePage/OverviewPage.tsx';
import { ReleasesContent } from './ReleasesContent/ReleasesContent.tsx';
import { VariablesContent } from './VariablesContent/VariablesContent.tsx';

/*
 * The plugin's views, each with the gateway client around it. Entity contents read the component
 * from the entity page (useEntity); both plugin systems mount these.
 */
export const EntityPaveEnvironmentsContent = () => (
  <PaveClientProvider>
    <EnvironmentsContent />
  </PaveClientProvider>
);
export const EntityPaveVariablesContent = () => (
  <PaveClientProvider>
    <VariablesContent />
  </PaveClientProvider>
);
export const EntityPaveReleasesContent = () => (
  <PaveClientProvider>
    <ReleasesContent />
  </PaveClientProvider>
);
export const EntityPaveLogsContent = () => (
  <PaveClientProvider>
    <LogsContent />
  </PaveClientProvider>
);
export const PaveOverviewPage = () => (
  <PaveClientProvider>
    <OverviewPage />
  </PaveClientProvider>
);
export const PaveCliPage = () => <CliPage />;
