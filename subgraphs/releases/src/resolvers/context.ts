import type { SubgraphContext } from '@pave/subgraph-kit';
import type { ReleasesServices } from '../services.ts';

export type ReleasesContext = SubgraphContext<ReleasesServices>;
