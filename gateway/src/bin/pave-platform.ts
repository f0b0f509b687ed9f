#!/usr/bin/env node
// `pnpm start`: the whole platform in one process, on PGlite under .pave/, with the demo data.
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { startPlatform } from '../platform.ts';
import { runProcess } from './run.ts';

const { values } = parseArgs({ options: { config: { type: 'string', short: 'c' } } });

await runProcess(
  async (config) => {
    const platform = await startPlatform({ config });
    const shown = relative(process.cwd(), platform.rootTokenFile);
    const tokenFile = shown.startsWith('..') ? platform.rootTokenFile : shown;
    const lines = [
      '',
      'Pave is running (embedded mode).',
      `  Platform API  ${platform.url}/graphql`,
      `  Explorer      ${platform.url}/graphql  (set the header Authorization: Bearer <root token>)`,
      `  Health        ${platform.url}/healthz · ${platform.url}/readyz · ${platform.url}/metrics`,
      `  Subgraphs     ${platform.capabilities.map((c) => `${c.module.name} ${c.server.url}`).join(' · ')}`,
      `  Data          ${config.dataDir}${config.database.url ? ` (PostgreSQL ${new URL(config.database.url).host})` : ' (PGlite)'}`,
      platform.rootTokenCreated
        ? `  Root token    ${platform.rootToken}\n                (saved to ${tokenFile} with mode 0600; it is shown only this once)`
        : `  Root token    in ${tokenFile}`,
      '',
      'Try it:',
      `  curl -s ${platform.url}/graphql -H "Authorization: Bearer $(cat ${tokenFile})" \\`,
      `    -H 'content-type: application/json' -d '{"query":"{ entities(filter: {kind: \\"component\\"}) { nodes { ref title } } }"}'`,
      '',
      'Press Ctrl-C to stop.',
      '',
    ];
    process.stdout.write(lines.join('\n'));
    return platform;
  },
  { configFile: values.config },
);
