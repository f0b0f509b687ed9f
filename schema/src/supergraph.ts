import { fileURLToPath } from 'node:url';

/** The committed supergraph: what `pnpm compose` writes and `pave-gateway --supergraph` can serve. */
export const SUPERGRAPH_FILE = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));
