import { type Peers, systemIdentity } from '@pave/subgraph-kit';
import type { ReleaseVariable } from '../port.ts';

/** The variables a release runs with, as the secrets capability keeps them. */
export interface VariableSnapshot {
  /** null when the platform has no secrets capability: the app then runs without variables. */
  version: number | null;
  variables: ReleaseVariable[];
}

const identity = systemIdentity('releases');

const VARIABLE_SET = `query($id: ID!, $version: Int) {
  variableSet(environmentId: $id, version: $version) { version variables(reveal: true) { key value secret } }
}`;

/** Inputs are written inline so the document does not depend on what secrets names its input types. */
const ROLLBACK = `mutation($id: ID!, $to: Int!, $release: ID) {
  rollbackVariables(input: { environmentId: $id, toVersion: $to, releaseId: $release }) { __typename }
}`;

/** The environment's variables at `version` (default: the latest), values revealed. */
export async function readVariables(
  peers: Peers,
  environmentId: string,
  version?: number | null,
): Promise<VariableSnapshot> {
  if (!peers.serves('secrets')) return { version: null, variables: [] };
  const data = await peers.request<{
    variableSet: {
      version: number;
      variables: Array<{ key: string; value: string | null; secret: boolean }>;
    } | null;
  }>(`secrets`, VARIABLE_SET, { id: environmentId, version: version ?? null }, identity);
  if (!data.variableSet) {
    if (version)
      throw Object.assign(
        new Error(`Version ${version} of the variables of ${environmentId} does not exist.`),
        { code: 'CONFIG_MISSING' },
      );
    return { version: 0, variables: [] };
  }
  return {
    version: data.variableSet.version,
    variables: data.variableSet.variables.map(({ key, value, secret }) => ({
      key,
      value: value ?? '',
      secret,
    })),
  };
}

/** The latest variable set version of each environment; null where secrets cannot say. */
export async function latestConfigVersions(
  peers: Peers,
  environmentIds: readonly string[],
): Promise<Array<number | null>> {
  if (environmentIds.length === 0) return [];
  if (!peers.serves('secrets')) return environmentIds.map(() => null);
  const fields = environmentIds
    .map((_, i) => `e${i}: variableSet(environmentId: $e${i}) { version }`)
    .join('\n');
  const params = environmentIds.map((_, i) => `$e${i}: ID!`).join(', ');
  const variables = Object.fromEntries(environmentIds.map((id, i) => [`e${i}`, id]));
  const data = await peers.request<Record<string, { version: number } | null>>(
    'secrets',
    `query(${params}) {\n${fields}\n}`,
    variables,
    identity,
  );
  return environmentIds.map((_, i) => data[`e${i}`]?.version ?? 0);
}

/** Makes the environment's variables what they were at `toVersion` again, as a new version made by `releaseId`. */
export async function restoreVariables(
  peers: Peers,
  environmentId: string,
  toVersion: number,
  releaseId: string,
): Promise<void> {
  if (!peers.serves('secrets')) return;
  await peers.request(
    'secrets',
    ROLLBACK,
    { id: environmentId, to: toVersion, release: releaseId },
    identity,
  );
}
