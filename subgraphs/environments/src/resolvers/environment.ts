import { connection, pageArgs } from '@pave/subgraph-kit';
import type {
  ComponentResolvers,
  EnvironmentResolvers,
  EnvironmentStatusResolvers,
  EnvironmentTeardownResolvers,
} from '../__generated__/resolvers-types.ts';
import { toKind, toType } from '../model/types.ts';
import { environmentPageLoader, loadEnvironment, statusLoader } from './loaders.ts';

export const Environment = {
  __resolveReference: (reference: { id: string }, ctx) => loadEnvironment(ctx, reference.id),
  componentRef: (row) => row.component_ref,
  component: (row) => ({ ref: row.component_ref }),
  type: (row) => toType(row.type),
  status: (row, _args, ctx) => {
    if (row.state === 'tearing_down') {
      return {
        state: 'tearing_down',
        message: null,
        restarts: 0,
        since: row.teardown_started_at,
        releaseNumber: null,
      };
    }
    return statusLoader(ctx).load(row.id);
  },
  expiresAt: (row) => row.expires_at,
  clonedFrom: (row) => row.cloned_from,
  createdBy: (row) => row.created_by,
  createdAt: (row) => row.created_at,
  updatedAt: (row) => row.updated_at,
} satisfies EnvironmentResolvers;

export const EnvironmentStatus = {
  state: (status) => status.state.toUpperCase() as never,
} satisfies EnvironmentStatusResolvers;

export const Component = {
  __resolveReference: (reference: { ref: string }) => ({ ref: reference.ref }),
  environments: async (component, args, ctx) => {
    const { first, after } = pageArgs(args, 200, (cursor) =>
      /^[a-z0-9-]{1,63}$/.test(cursor) ? cursor : undefined,
    );
    const type = args.type ? toKind(args.type) : undefined;
    const page = await environmentPageLoader(ctx, { type, first, after }).load(component.ref);
    return connection(page.rows, (row) => row.name, { ...page, after });
  },
} satisfies ComponentResolvers;

export const EnvironmentTeardown = {
  environmentId: (row) => row.environment_id,
  componentRef: (row) => row.component_ref,
  type: (row) => toType(row.type),
  reason: (row) => row.reason.toUpperCase() as 'DELETED' | 'EXPIRED',
  startedAt: (row) => row.started_at,
  finishedAt: (row) => row.finished_at,
} satisfies EnvironmentTeardownResolvers;
