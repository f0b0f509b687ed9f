import type { Entity } from '@backstage/catalog-model';
import { Progress, TabbedLayout } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { gql } from '@urql/core';
import { useEffect, useState } from 'react';
import {
  EntityPaveEnvironmentsContent,
  EntityPaveLogsContent,
  EntityPaveReleasesContent,
  EntityPaveVariablesContent,
  paveApiRef,
} from '../src/index.ts';

/** The component as the catalog would hand it to its page: its catalog-info.yaml, read from Pave. */
function useEntityFromPave(ref: string) {
  const { client } = useApi(paveApiRef);
  const [state, setState] = useState<{ entity?: Entity; error?: string }>({});
  useEffect(() => {
    let live = true;
    client
      .query(gql`query DevEntity($ref: String!) { entity(ref: $ref) { raw } }`, { ref })
      .toPromise()
      .then((result) => {
        if (!live) return;
        const raw = result.data?.entity?.raw as Entity | undefined;
        setState(raw ? { entity: raw } : { error: result.error?.message ?? `Pave has no ${ref}` });
      });
    return () => {
      live = false;
    };
  }, [client, ref]);
  return state;
}

/** The plugin's four tabs on the sample component's page, as an app's entity page lays them out. */
export function DevEntityPage(props: { entityRef: string }) {
  const { entity, error } = useEntityFromPave(props.entityRef);
  if (error) return <p role="alert">{error}</p>;
  if (!entity) return <Progress />;
  return (
    <EntityProvider entity={entity}>
      <TabbedLayout>
        <TabbedLayout.Route path="/pave-environments" title="Environments">
          <EntityPaveEnvironmentsContent />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/pave-variables" title="Variables">
          <EntityPaveVariablesContent />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/pave-releases" title="Releases">
          <EntityPaveReleasesContent />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/pave-logs" title="Logs">
          <EntityPaveLogsContent />
        </TabbedLayout.Route>
      </TabbedLayout>
    </EntityProvider>
  );
}
