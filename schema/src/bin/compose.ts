#!/usr/bin/env node
// `pnpm compose`: composes every subgraph's SDL and writes schema/supergraph.graphql.
import { writeFileSync } from 'node:fs';
import { composeSupergraph } from '../compose.ts';
import { defaultSubgraphSources, SUPERGRAPH_FILE } from '../index.ts';

try {
  const sources = defaultSubgraphSources();
  writeFileSync(SUPERGRAPH_FILE, composeSupergraph(sources));
  console.log(`Wrote ${SUPERGRAPH_FILE} from ${sources.map((s) => s.name).join(', ')}.`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
