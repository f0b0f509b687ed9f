// Child process: the Pave gateway alone (distributed mode) over the subgraphs of the platform
// process, with its own data directory (PGlite, for service tokens) and the shared identity key.
import { join } from 'node:path';
import { createLogger, loadConfig, migrate } from '@pave/subgraph-kit';
import { gatewayMigrations } from '../../gateway/src/auth/migrations.ts';
import { startGateway } from '../../gateway/src/server.ts';
import { openPlatformServices } from '../../gateway/src/services.ts';
import { benchInput, type GatewayInput, reportReady } from './child.ts';

const { dir, identityKey, rootToken, supergraph } = benchInput<GatewayInput>();
const config = await loadConfig({
  cwd: dir,
  env: { PAVE_DATA_DIR: join(dir, `${process.pid}-data`), PAVE_IDENTITY_KEY: identityKey },
});
const services = await openPlatformServices(config);
await migrate(services.store, 'gateway', gatewayMigrations);
const gateway = await startGateway({
  config,
  supergraph,
  store: services.store,
  signer: services.signer,
  rootToken,
  // One JSON line per request on stderr, which the benchmark sends to a log file, as in production.
  log: createLogger({ fields: { service: 'pave-gateway' } }),
  port: 0,
});
reportReady({ url: `${gateway.url}/graphql` }, async () => {
  await gateway.close();
  await services.close();
});
