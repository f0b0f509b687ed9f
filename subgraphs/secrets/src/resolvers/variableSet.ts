import { badUserInput, environmentId as makeEnvironmentId } from '@pave/subgraph-kit';
import type {
  ComponentResolvers,
  EnvironmentResolvers,
  VariableSetResolvers,
  VariableSetVersionResolvers,
} from '../__generated__/resolvers-types.ts';
import { diffVariables } from '../model/diff.ts';
import { formatVariables } from '../model/formats.ts';
import { validateEnvironmentId, validateKeys } from '../model/validate.ts';
import type { StoredVariable, VariableSetSnapshot } from '../port.ts';
import { recordAudit } from '../store/audit.ts';
import type { SecretsContext } from './context.ts';
import { asBackendError, currentSet, loadSet, requireOwner } from './loaders.ts';

const MAX_HISTORY_PAGE = 100;

/**
 * The variables the caller may see in full. Secrets are only given when `reveal` is asked, the
 * caller owns the component (or is an admin), and the reveal is in the audit log first.
 */
export async function visibleVariables(
  set: VariableSetSnapshot,
  reveal: boolean,
  keys: readonly string[] | null | undefined,
  ctx: SecretsContext,
): Promise<Array<StoredVariable & { masked: boolean }>> {
  if (keys) validateKeys(keys, 'keys');
  const wanted = keys ? set.variables.filter((v) => keys.includes(v.key)) : set.variables;
  const secrets = wanted.filter((v) => v.secret).map((v) => v.key);
  if (reveal && secrets.length > 0) {
    const backend = ctx.services.router.backendFor(set.environmentId);
    if (!backend.revealable) {
      throw badUserInput(
        `The variables of ${set.environmentId} are kept in ${backend.kind}, which is write-only: it cannot give values back.`,
        { field: 'reveal', rule: `false for environments kept in ${backend.kind}` },
      );
    }
    await requireOwner(ctx, set.environmentId, 'reveal the secrets of');
    await recordAudit(ctx.store, {
      environmentId: set.environmentId,
      action: 'REVEAL',
      identity: ctx.identity,
      keys: secrets,
      version: set.version,
    });
  }
  return wanted.map((v) => {
    const masked = v.value === null || (v.secret && !reveal);
    return { ...v, value: masked ? null : v.value, masked };
  });
}

const encodeCursor = (version: number) => Buffer.from(`v${version}`).toString('base64url');

function decodeCursor(cursor: string): number {
  const match = /^v(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) {
    throw badUserInput('The cursor given in `after` is not one this list returned.', {
      field: 'after',
      rule: 'a cursor from pageInfo.endCursor or edges.cursor',
    });
  }
  return Number(match[1]);
}

export const VariableSet = {
  backend: (set, _args, ctx) => ctx.services.router.backendFor(set.environmentId).kind,
  revealable: (set, _args, ctx) => ctx.services.router.backendFor(set.environmentId).revealable,
  variables: (set, args, ctx) => visibleVariables(set, args.reveal === true, args.keys, ctx),
  async export(set, args, ctx) {
    const reveal = args.reveal === true;
    const visible = await visibleVariables(set, reveal, undefined, ctx);
    const shown = visible.filter((v) => !v.masked).map((v) => ({ key: v.key, value: v.value as string }));
    return formatVariables(
      args.format,
      shown,
      visible.filter((v) => v.masked).map((v) => v.key),
    );
  },
  async history(set, args, ctx) {
    const first = args.first ?? 20;
    if (!Number.isInteger(first) || first < 1 || first > MAX_HISTORY_PAGE) {
      throw badUserInput(`first must be between 1 and ${MAX_HISTORY_PAGE}, got ${first}.`, {
        field: 'first',
        rule: `an integer from 1 to ${MAX_HISTORY_PAGE}`,
      });
    }
    const beforeVersion = args.after ? decodeCursor(args.after) : undefined;
    const backend = ctx.services.router.backendFor(set.environmentId);
    let page: Awaited<ReturnType<typeof backend.versions>>;
    try {
      page = await backend.versions(set.environmentId, { first: first + 1, beforeVersion });
    } catch (error) {
      throw asBackendError(error, backend.kind);
    }
    const nodes = page.versions
      .slice(0, first)
      .map((info) => ({ ...info, environmentId: set.environmentId }));
    const edges = nodes.map((node) => ({ cursor: encodeCursor(node.version), node }));
    return {
      edges,
      nodes,
      totalCount: page.total,
      pageInfo: {
        hasNextPage: page.versions.length > first,
        hasPreviousPage: beforeVersion !== undefined,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  },
} satisfies VariableSetResolvers;

export const VariableSetVersion = {
  async changes(version, _args, ctx) {
    const [before, after] = await Promise.all([
      version.version > 1 ? loadSet(ctx, version.environmentId, version.version - 1) : null,
      loadSet(ctx, version.environmentId, version.version),
    ]);
    if (!after) return [];
    if (!before && version.version > 1) {
      // The version before is gone from the backend (e.g. Vault's max_versions): what this version
      // wrote is still known from each variable's version, though not whether it was new.
      return after.variables
        .filter((v) => v.version === version.version)
        .map((v) => ({
          key: v.key,
          change: 'CHANGED' as const,
          secret: v.secret,
          oldValue: null,
          newValue: v.secret ? null : v.value,
        }));
    }
    return diffVariables(before?.variables ?? [], after.variables);
  },
} satisfies VariableSetVersionResolvers;

export const Environment = {
  __resolveReference: ({ id }: { id: string }) => ({ id }),
  config: ({ id }, _args, ctx) => {
    validateEnvironmentId(id, 'id');
    return currentSet(ctx, id);
  },
} satisfies EnvironmentResolvers;

export const Component = {
  __resolveReference: ({ ref }: { ref: string }) => ({ ref: ref.toLowerCase() }),
  config: ({ ref }, args, ctx) => {
    const id = makeEnvironmentId(ref, args.environment);
    validateEnvironmentId(id, 'environment');
    return currentSet(ctx, id);
  },
} satisfies ComponentResolvers;
