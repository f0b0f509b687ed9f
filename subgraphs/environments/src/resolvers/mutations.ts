import { badUserInput, conflict, notFound, parseEnvironmentId } from '@pave/subgraph-kit';
import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import { announce, createEnvironment } from '../lifecycle/create.ts';
import { TEARDOWN_RETRY_MS } from '../lifecycle/reaper.ts';
import { checkBranch, checkName, previewName } from '../model/names.ts';
import { toKind } from '../model/types.ts';
import { copyVariables, promoteRelease } from '../peers/capabilities.ts';
import { requireComponent, requireOwner } from '../peers/catalog.ts';
import { claimForTeardown, environmentsByIds, updateEnvironment } from '../store/environments.ts';
import type { EnvironmentRow } from '../store/rows.ts';
import type { EnvironmentsContext } from './context.ts';
import { loadEnvironment } from './loaders.ts';

const DAY = 86_400;
const MAX_TTL = 90 * DAY;

function checkTtl(ttlSeconds: number, field: string): Date {
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > MAX_TTL) {
    throw badUserInput(`A time-to-live of ${ttlSeconds} s is out of range.`, {
      field,
      rule: `seconds, from 1 to ${MAX_TTL} (90 days)`,
    });
  }
  return new Date(Date.now() + ttlSeconds * 1000);
}

async function requireEnvironment(
  ctx: EnvironmentsContext,
  id: string,
  field: string,
): Promise<EnvironmentRow> {
  if (!parseEnvironmentId(id)) {
    throw badUserInput(`"${id}" is not an environment id.`, {
      field,
      rule: 'an environment id: <component ref>/<name>',
    });
  }
  const row = await loadEnvironment(ctx, id);
  if (row?.state !== 'active') throw notFound(`There is no environment ${id}.`, { field });
  return row;
}

export const Mutation = {
  createEnvironment: async (_, { input }, ctx) => {
    const name = checkName(input.name, 'input.name');
    const component = await requireComponent(ctx, input.componentRef, 'input.componentRef');
    const type = toKind(input.type);
    const isProtected = input.protected ?? type === 'production';
    await requireOwner(ctx, component.ref, `create environments of ${component.ref}`);
    const environment = await createEnvironment(ctx, {
      componentRef: component.ref,
      name,
      type,
      protected: isProtected,
    });
    return { environment };
  },

  createPreviewEnvironment: async (_, { input }, ctx) => {
    const branch = checkBranch(input.branch, 'input.branch');
    const name = input.name ? checkName(input.name, 'input.name') : previewName(branch);
    const expiresAt = checkTtl(input.ttlSeconds ?? DAY, 'input.ttlSeconds');
    const component = await requireComponent(ctx, input.componentRef, 'input.componentRef');
    await requireOwner(ctx, component.ref, `create preview environments of ${component.ref}`);
    const existing = await loadEnvironment(ctx, `${component.ref}/${name}`);
    if (existing?.state === 'active' && existing.type === 'preview' && existing.branch === branch) {
      const environment = (await updateEnvironment(ctx.store, existing.id, { expiresAt })) ?? existing;
      await announce(ctx, environment, 'updated');
      ctx.services.reaper.wake();
      return { environment };
    }
    const environment = await createEnvironment(ctx, {
      componentRef: component.ref,
      name,
      type: 'preview',
      protected: false,
      branch,
      expiresAt,
    });
    ctx.services.reaper.wake();
    return { environment };
  },

  cloneEnvironment: async (_, { input }, ctx) => {
    const from = await requireEnvironment(ctx, input.fromEnvironmentId, 'input.fromEnvironmentId');
    const name = checkName(input.name, 'input.name');
    const type = input.type ? toKind(input.type) : from.type === 'preview' ? 'development' : from.type;
    const isProtected = type === 'production';
    await requireOwner(ctx, from.component_ref, `clone ${from.id}`);
    const environment = await createEnvironment(ctx, {
      componentRef: from.component_ref,
      name,
      type,
      protected: isProtected,
      clonedFrom: from.id,
    });
    const problems: string[] = [];
    const copied = await copyVariables(ctx.peers, ctx.identity, from.id, environment.id);
    if (!copied.ok) problems.push(`variables were not copied: ${copied.message}`);
    const promoted = await promoteRelease(ctx.peers, ctx.identity, from.id, environment.id);
    // NOT_FOUND: the environment cloned has no release to promote, which is no problem.
    if (!promoted.ok && promoted.code !== 'NOT_FOUND')
      problems.push(`the current release was not promoted: ${promoted.message}`);
    return {
      environment,
      variablesCopied: copied.ok,
      promotedRelease: promoted.ok ? { id: promoted.value } : null,
      problems,
    };
  },

  updateEnvironment: async (_, { input }, ctx) => {
    const current = await requireEnvironment(ctx, input.id, 'input.id');
    if (input.protected == null && input.ttlSeconds == null) {
      throw badUserInput('Say what to change: protected or ttlSeconds.', {
        field: 'input',
        rule: 'at least one of protected, ttlSeconds',
      });
    }
    if (current.protected || input.protected != null) {
      await requireOwner(
        ctx,
        current.component_ref,
        current.protected ? `change ${current.id}, which is protected` : `protect ${current.id}`,
      );
    }
    let expiresAt: Date | undefined;
    if (input.ttlSeconds != null) {
      if (current.type !== 'preview') {
        throw badUserInput(`${current.id} is not a preview environment; only previews expire.`, {
          field: 'input.ttlSeconds',
          rule: 'only for PREVIEW environments',
        });
      }
      expiresAt = checkTtl(input.ttlSeconds, 'input.ttlSeconds');
    }
    const environment = await updateEnvironment(ctx.store, current.id, {
      protected: input.protected ?? undefined,
      expiresAt,
    });
    if (!environment) throw notFound(`There is no environment ${current.id}.`, { field: 'input.id' });
    await announce(ctx, environment, 'updated');
    if (expiresAt) ctx.services.reaper.wake();
    return { environment };
  },

  deleteEnvironment: async (_, { input }, ctx) => {
    const current = await requireEnvironment(ctx, input.id, 'input.id');
    await requireOwner(ctx, current.component_ref, `delete ${current.id}`);
    if (current.protected) {
      if (input.confirm !== current.name) {
        throw badUserInput(`${current.id} is protected: set confirm to "${current.name}" to delete it.`, {
          field: 'input.confirm',
          rule: "the environment's name, to delete a protected environment",
        });
      }
    }
    const claimed = await claimForTeardown(ctx.store, current.id, TEARDOWN_RETRY_MS);
    if (!claimed) {
      const now = (await environmentsByIds(ctx.store, [current.id])).get(current.id);
      if (!now)
        throw notFound(`There is no environment ${current.id}: it was just torn down.`, {
          field: 'input.id',
        });
      throw conflict(`${current.id} is being torn down already (version ${now.version}).`, {
        currentVersion: now.version,
      });
    }
    const teardown = await ctx.services.teardowns.run(claimed, 'deleted', ctx.identity.subject);
    return { id: current.id, teardown };
  },
} satisfies MutationResolvers;
