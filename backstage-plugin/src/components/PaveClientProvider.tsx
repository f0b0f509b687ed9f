import { useApi } from '@backstage/frontend-plugin-api';
import type { ReactNode } from 'react';
import { Provider } from 'urql';
import { paveApiRef } from '../api/PaveApi.ts';

/** Gives the plugin's components the Pave gateway client from the app's API registry. */
export function PaveClientProvider(props: { children: ReactNode }) {
  const { client } = useApi(paveApiRef);
  return <Provider value={client}>{props.children}</Provider>;
}
