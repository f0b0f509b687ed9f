import { Content, Header, HeaderTabs, Page } from '@backstage/core-components';
import { useState } from 'react';
import { PaveCliPage, PaveOverviewPage } from '../index.tsx';

/** The Pave page for legacy apps, with the two tabs the new system's sub-pages give. */
export function LegacyPavePage() {
  const [tab, setTab] = useState(0);
  return (
    <Page themeId="tool">
      <Header title="Pave" subtitle="Environments, variables, releases and logs" />
      <HeaderTabs
        selectedIndex={tab}
        onChange={setTab}
        tabs={[
          { id: 'overview', label: 'Overview' },
          { id: 'cli', label: 'Get the CLI' },
        ]}
      />
      <Content>{tab === 0 ? <PaveOverviewPage /> : <PaveCliPage />}</Content>
    </Page>
  );
}
