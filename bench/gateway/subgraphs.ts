// Child process: the embedded Pave platform (catalog + deployments subgraphs and the embedded
// gateway) on the generated catalog. The other gateways call its subgraphs.
import { join } from 'node:path';
import { catalogSubgraph } from '@pave/catalog';
import { composeSupergraph } from '@pave/schema';
import { loadConfig } from '@pave/subgraph-kit';
import { startPlatform } from '../../gateway/src/platform.ts';
import { benchInput, reportReady } from './child.ts';
import { deploymentsSubgraph } from './deploymentsSubgraph.ts';

const { dir, identityKey } = benchInput<{ dir: string; identityKey: string }>();
const config = await loadConfig({
  cwd: dir,
  env: { PAVE_DATA_DIR: join(dir, 'platform-data'), PAVE_IDENTITY_KEY: identityKey },
});
const platform = await startPlatform({ config, port: 0, modules: [catalogSubgraph, deploymentsSubgraph] });
// The same composition startPlatform serves, for the gateways in the other processes.
const supergraph = composeSupergraph(
  platform.capabilities.map(({ module, server }) => ({
    name: module.name,
    url: server.url,
    typeDefs: module.typeDefs,
  })),
);
reportReady(
  {
    url: `${platform.url}/graphql`,
    rootToken: platform.rootToken,
    supergraph,
    subgraphs: Object.fromEntries(
      platform.capabilities.map(({ module, server }) => [module.name, server.url]),
    ),
  },
  platform.close,
);
