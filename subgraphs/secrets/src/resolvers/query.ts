import {
  badUserInput,
  type ConfigChanged,
  forbidden,
  notFound,
  type PaveEvent,
  subscribeIterator,
  TOPICS,
} from '@pave/subgraph-kit';
import type {
  QueryResolvers,
  SecretsAuditEventResolvers,
  SubscriptionResolvers,
} from '../__generated__/resolvers-types.ts';
import { compareVariableSets } from '../model/comparison.ts';
import { diffVariables } from '../model/diff.ts';
import { validateEnvironmentId, validateVersion } from '../model/validate.ts';
import { listAudit } from '../store/audit.ts';
import type { SecretsContext } from './context.ts';
import { currentSet, loadSet, requireOwner } from './loaders.ts';
import { visibleVariables } from './variableSet.ts';

const MAX_AUDIT_PAGE = 500;

async function existingVersion(
  ctx: SecretsContext,
  environmentId: string,
  version: number | undefined,
  field: string,
) {
  if (version !== undefined) validateVersion(version, field);
  const set = await loadSet(ctx, environmentId, version);
  if (!set) throw notFound(`${environmentId} has no version ${version}.`, { field });
  return set;
}

function decodeAuditCursor(cursor: string): number {
  const id = Number(
    Buffer.from(cursor, 'base64url')
      .toString('utf8')
      .replace(/^audit:/, ''),
  );
  if (!Number.isSafeInteger(id) || id < 1) {
    throw badUserInput('The cursor given in `after` is not one this list returned.', {
      field: 'after',
      rule: 'a cursor from pageInfo.endCursor or edges.cursor',
    });
  }
  return id;
}

export const Query = {
  variableSet(_, args, ctx) {
    validateEnvironmentId(args.environmentId, 'environmentId');
    if (args.version !== null && args.version !== undefined) validateVersion(args.version, 'version');
    return loadSet(ctx, args.environmentId, args.version ?? undefined);
  },

  async variableSetDiff(_, args, ctx) {
    validateEnvironmentId(args.environmentId, 'environmentId');
    const [from, to] = await Promise.all([
      existingVersion(ctx, args.environmentId, args.fromVersion, 'fromVersion'),
      existingVersion(ctx, args.environmentId, args.toVersion ?? undefined, 'toVersion'),
    ]);
    return {
      environmentId: args.environmentId,
      fromVersion: from.version,
      toVersion: to.version,
      changes: diffVariables(from.variables, to.variables),
    };
  },

  async variableSetComparison(_, args, ctx) {
    validateEnvironmentId(args.fromEnvironmentId, 'fromEnvironmentId');
    validateEnvironmentId(args.toEnvironmentId, 'toEnvironmentId');
    const reveal = args.reveal === true;
    const [from, to] = await Promise.all([
      currentSet(ctx, args.fromEnvironmentId),
      currentSet(ctx, args.toEnvironmentId),
    ]);
    // Each side is revealed (and audited) exactly as variables(reveal:) would.
    const [fromVariables, toVariables] = await Promise.all([
      visibleVariables(from, reveal, undefined, ctx),
      visibleVariables(to, reveal, undefined, ctx),
    ]);
    return {
      fromEnvironmentId: from.environmentId,
      fromVersion: from.version,
      toEnvironmentId: to.environmentId,
      toVersion: to.version,
      variables: compareVariableSets(fromVariables, toVariables),
    };
  },

  async secretsAuditLog(_, args, ctx) {
    const first = args.first ?? 50;
    if (!Number.isInteger(first) || first < 1 || first > MAX_AUDIT_PAGE) {
      throw badUserInput(`first must be between 1 and ${MAX_AUDIT_PAGE}, got ${first}.`, {
        field: 'first',
        rule: `an integer from 1 to ${MAX_AUDIT_PAGE}`,
      });
    }
    const environmentId = args.environmentId ?? undefined;
    if (environmentId) {
      validateEnvironmentId(environmentId, 'environmentId');
      await requireOwner(ctx, environmentId, 'read the audit log of');
    } else if (!ctx.identity.admin) {
      throw forbidden(
        'Only admins may read the whole secrets audit log; owners may read it per environment.',
      );
    }
    const beforeId = args.after ? decodeAuditCursor(args.after) : undefined;
    const page = await listAudit(ctx.store, { environmentId, beforeId, first });
    const edges = page.rows.map((row) => ({
      cursor: Buffer.from(`audit:${row.id}`).toString('base64url'),
      node: row,
    }));
    return {
      edges,
      nodes: page.rows,
      totalCount: page.totalCount,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: beforeId !== undefined,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  },
} satisfies QueryResolvers;

export const SecretsAuditEvent = {
  id: (row) => String(row.id),
  environmentId: (row) => row.environment_id,
  requestId: (row) => row.request_id,
  releaseId: (row) => row.release_id,
} satisfies SecretsAuditEventResolvers;

export const Subscription = {
  configChanged: {
    subscribe: (_, args, ctx) => {
      if (args.environmentId) validateEnvironmentId(args.environmentId, 'environmentId');
      const componentRef = args.componentRef?.toLowerCase();
      return subscribeIterator<ConfigChanged>(
        ctx.bus,
        TOPICS.configChanged,
        ({ data }) =>
          (!args.environmentId || data.environmentId === args.environmentId) &&
          (!componentRef || data.componentRef === componentRef),
      );
    },
    resolve: (event: PaveEvent<ConfigChanged>) => ({ releaseId: null, ...event.data }),
  },
} satisfies SubscriptionResolvers;
