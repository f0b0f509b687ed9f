import type { SubgraphContext } from '@pave/subgraph-kit';
import type { EnvironmentsServices } from '../services.ts';

export type EnvironmentsContext = SubgraphContext<EnvironmentsServices>;
