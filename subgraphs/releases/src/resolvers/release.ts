import { connection, pageArgs } from '@pave/subgraph-kit';
import type {
  ArtifactResolvers,
  ComponentResolvers,
  EnvironmentResolvers,
  ReleaseResolvers,
} from '../__generated__/resolvers-types.ts';
import { releaseByNumber } from '../store/releases.ts';
import { currentReleaseLoader, releaseLoader, releasePageLoader } from './loaders.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const releaseCursor = (cursor: string) => (UUID.test(cursor) ? cursor : undefined);

export const Release = {
  __resolveReference: (reference: { id: string }, ctx) => releaseLoader(ctx).load(reference.id),
  version: (row) => `v${row.number}`,
  environmentId: (row) => row.environment_id,
  environment: (row) => ({ id: row.environment_id }),
  componentRef: (row) => row.component_ref,
  configVersion: (row) => row.config_version,
  cause: (row) => row.cause.toUpperCase() as 'DEPLOY',
  status: (row) => row.status.toUpperCase() as 'PENDING',
  failureReason: (row) => row.failure_reason,
  failureCode: (row) => row.failure_code,
  sourceRelease: (row, _args, ctx) =>
    row.source_release_id ? releaseLoader(ctx).load(row.source_release_id) : null,
  createdBy: (row) => row.created_by,
  createdAt: (row) => row.created_at,
  startedAt: (row) => row.started_at,
  finishedAt: (row) => row.finished_at,
  current: async (row, _args, ctx) =>
    (await currentReleaseLoader(ctx).load(row.environment_id))?.id === row.id,
} satisfies ReleaseResolvers;

export const Artifact = {
  kind: (artifact) => artifact.kind.toUpperCase() as 'COMMIT',
} satisfies ArtifactResolvers;

export const Environment = {
  __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
  releases: async (environment, args, ctx) => {
    const { first, after } = pageArgs(args, 200, releaseCursor);
    const page = await releasePageLoader(ctx, 'environment_id', { first, afterId: after }).load(
      environment.id,
    );
    return connection(page.rows, (row) => row.id, { ...page, after });
  },
  currentRelease: (environment, _args, ctx) => currentReleaseLoader(ctx).load(environment.id),
  release: async (environment, { number }, ctx) =>
    (await releaseByNumber(ctx.store, environment.id, number)) ?? null,
} satisfies EnvironmentResolvers;

export const Component = {
  __resolveReference: (reference: { ref: string }) => ({ ref: reference.ref }),
  releases: async (component, args, ctx) => {
    const { first, after } = pageArgs(args, 200, releaseCursor);
    const page = await releasePageLoader(ctx, 'component_ref', { first, afterId: after }).load(component.ref);
    return connection(page.rows, (row) => row.id, { ...page, after });
  },
} satisfies ComponentResolvers;
