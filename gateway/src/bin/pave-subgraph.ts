#!/usr/bin/env node
// `pave-subgraph NAME`: one capability as its own stateless process (distributed mode).
import { parseArgs } from 'node:util';
import { CAPABILITY_PORTS, type CapabilityName } from '@pave/schema';
import { createLogger } from '@pave/subgraph-kit';
import { loadCapability } from '../capabilities.ts';
import { openPlatformServices, runCapability } from '../services.ts';
import { runProcess } from './run.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { config: { type: 'string', short: 'c' }, host: { type: 'string' } },
});
const name = positionals[0];
if (!name) {
  process.stderr.write(`usage: pave-subgraph NAME [--config pave.yaml] [--host 0.0.0.0]\n`);
  process.exit(2);
}

await runProcess(
  async (config) => {
    const module = await loadCapability(name);
    const services = await openPlatformServices(config);
    const log = createLogger({ fields: { service: `pave-subgraph-${name}` } });
    const port = config.subgraphs[name as CapabilityName]?.port ?? CAPABILITY_PORTS[name as CapabilityName];
    try {
      const running = await runCapability(module, { config, services, log, host: values.host, port });
      log.info('subgraph listening', { url: running.server.url });
      return {
        close: async () => {
          await running.stop();
          await services.close();
        },
      };
    } catch (error) {
      await services.close();
      throw error;
    }
  },
  { configFile: values.config },
);
