// Child process for a memory baseline: a Node process that only opens and migrates the Pave
// gateway's store (PGlite) and the identity signer, as a Pave gateway process does before it serves.
import { join } from 'node:path';
import { loadConfig, migrate } from '@pave/subgraph-kit';
import { gatewayMigrations } from '../../gateway/src/auth/migrations.ts';
import { openPlatformServices } from '../../gateway/src/services.ts';
import { benchInput, type GatewayInput, reportReady } from './child.ts';

const { dir, identityKey } = benchInput<GatewayInput>();
const config = await loadConfig({
  cwd: dir,
  env: { PAVE_DATA_DIR: join(dir, `${process.pid}-data`), PAVE_IDENTITY_KEY: identityKey },
});
const services = await openPlatformServices(config);
await migrate(services.store, 'gateway', gatewayMigrations);
reportReady({ url: '' }, services.close);
