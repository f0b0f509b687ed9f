import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Node loads graphql's CommonJS build for the packages in node_modules; Vite would give our own
// (inlined) sources the ESM build, and two copies of GraphQLError break `instanceof` checks.
const graphqlEntry = createRequire(new URL('./gateway/package.json', import.meta.url)).resolve('graphql');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx', '**/*.e2e.ts'],
    exclude: ['**/node_modules/**', '.pave/**', '**/.pave/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: run files in parallel, but not more workers than the machine has.
    maxWorkers: 2,
    // Backstage's catalog-react pulls material-ui-popup-state, whose ESM build imports MUI folders
    // (`@mui/material/Popover`) that only a bundler resolves: let Vite transform it instead of Node.
    server: { deps: { inline: [/material-ui-popup-state/] } },
  },
});
