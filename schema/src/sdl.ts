import { readFileSync } from 'node:fs';
import { type DocumentNode, parse } from 'graphql';

/** The SDL every subgraph shares (scalars, PageInfo). */
export const sharedSdl = readFileSync(new URL('./shared.graphql', import.meta.url), 'utf8');

/** A capability's `schema.graphql` with the shared SDL appended, ready for `buildSubgraphSchema`. */
export function loadSubgraphTypeDefs(schemaFile: URL | string): DocumentNode {
  return parse(`${readFileSync(schemaFile, 'utf8')}\n${sharedSdl}`);
}
