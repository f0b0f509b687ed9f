import { parseEnvironmentId } from '@pave/subgraph-kit';
import type {
  ComponentResolvers,
  EnvironmentResolvers,
  QueryResolvers,
} from '../__generated__/resolvers-types.ts';
import { environmentIdArg } from './input.ts';
import { resolveLogs } from './logs.ts';
import { resolveMetrics } from './metrics.ts';

export const Environment = {
  __resolveReference: ({ id }) => ({ id }),
  logs: (environment, args, ctx) => resolveLogs({ environmentId: environment.id }, args, ctx),
  metrics: (environment, args, ctx) => {
    const { componentRef } = parseEnvironmentId(environmentIdArg(environment.id, 'id')) as {
      componentRef: string;
    };
    return resolveMetrics({ environmentId: environment.id }, componentRef, args, ctx);
  },
} satisfies EnvironmentResolvers;

export const Component = {
  __resolveReference: ({ ref }) => ({ ref: ref.toLowerCase() }),
  logs: (component, args, ctx) => resolveLogs({ componentRef: component.ref }, args, ctx),
  metrics: (component, args, ctx) =>
    resolveMetrics({ componentRef: component.ref }, component.ref, args, ctx),
} satisfies ComponentResolvers;

export const Query = {
  metricQueries: (_, __, ctx) => [...(ctx.services.metrics?.namedQueries ?? [])],
} satisfies QueryResolvers;
