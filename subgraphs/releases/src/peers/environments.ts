import type { Identity, Peers } from '@pave/subgraph-kit';

const QUERY = `query($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Environment { id componentRef protected branch } }
}`;

export interface EnvironmentInfo {
  id: string;
  componentRef: string;
  protected: boolean;
  /** The git branch a preview environment was made for. */
  branch: string | null;
}

/** Environments as the environments capability knows them; null for ids it does not know. */
export async function fetchEnvironments(
  peers: Peers,
  identity: Identity,
  ids: readonly string[],
): Promise<Array<EnvironmentInfo | null>> {
  const representations = ids.map((id) => ({ __typename: 'Environment', id }));
  const data = await peers.request<{ _entities: Array<EnvironmentInfo | null> }>(
    'environments',
    QUERY,
    { representations },
    identity,
  );
  return ids.map((_, i) => data._entities[i] ?? null);
}
