import { badUserInput, forbidden } from '@pave/subgraph-kit';
import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import { staleVersionError } from '../model/conflict.ts';
import { parseVariables } from '../model/formats.ts';
import { planChanges } from '../model/plan.ts';
import {
  validateCount,
  validateEnvironmentId,
  validateKey,
  validateKeys,
  validateVersion,
  validateWrites,
} from '../model/validate.ts';
import { requireEnvironment } from '../peers/environments.ts';
import { applyChange } from '../service/changes.ts';
import { recordAudit } from '../store/audit.ts';
import type { SecretsContext } from './context.ts';
import { currentSet, loadSet, requireOwner } from './loaders.ts';

const releaseId = (id: string | null | undefined) => id ?? undefined;
const optionalVersion = (version: number | null | undefined, field: string) => {
  if (version === null || version === undefined) return undefined;
  validateVersion(version, field);
  return version;
};

/** The whole content of `version`, which must exist and be readable. */
async function requireVersion(
  ctx: SecretsContext,
  environmentId: string,
  version: number | undefined,
  field: string,
) {
  const set = await loadSet(ctx, environmentId, version);
  if (!set) {
    throw badUserInput(`${environmentId} has no version ${version}.`, { field, rule: 'an existing version' });
  }
  if (!ctx.services.router.backendFor(environmentId).revealable) {
    throw badUserInput(
      `${environmentId} is kept in a write-only backend, whose values cannot be read back to copy.`,
      {
        field,
        rule: 'an environment whose backend can reveal values',
      },
    );
  }
  return set;
}

/**
 * What every write checks first: that the environment exists (else NOT_FOUND naming `field`), then
 * that the caller owns its component (else FORBIDDEN). Both are asked of peers at once.
 */
async function requireWritable(ctx: SecretsContext, environmentId: string, field: string, action: string) {
  const checks = await Promise.allSettled([
    requireEnvironment(ctx, environmentId, field),
    requireOwner(ctx, environmentId, action),
  ]);
  const failed = checks.find((check): check is PromiseRejectedResult => check.status === 'rejected');
  if (failed) throw failed.reason;
}

const asWrites = (variables: ReadonlyArray<{ key: string; value: string | null; secret: boolean }>) =>
  variables.map((v) => ({ key: v.key, value: v.value ?? '', secret: v.secret }));

export const Mutation = {
  async setVariables(_, { input }, ctx) {
    validateEnvironmentId(input.environmentId, 'input.environmentId');
    validateVersion(input.expectedVersion, 'input.expectedVersion');
    const set = input.variables.map((v) => ({ key: v.key, value: v.value, secret: v.secret ?? undefined }));
    const unset = input.unset ?? [];
    validateWrites(set, 'input.variables');
    validateKeys(unset, 'input.unset');
    validateCount(set.length + unset.length, 'input');
    const setKeys = new Set(set.map((write) => write.key));
    const both = unset.findIndex((key) => setKeys.has(key));
    if (both >= 0) {
      throw badUserInput(`${JSON.stringify(unset[both])} is both set and removed.`, {
        field: `input.unset[${both}]`,
        rule: 'a key either in variables or in unset',
      });
    }
    await requireWritable(ctx, input.environmentId, 'input.environmentId', 'change the variables of');
    return applyChange(ctx, 'SET', {
      environmentId: input.environmentId,
      expectedVersion: input.expectedVersion,
      set,
      unset,
      replace: false,
      releaseId: releaseId(input.releaseId),
    });
  },

  async unsetVariables(_, { input }, ctx) {
    validateEnvironmentId(input.environmentId, 'input.environmentId');
    validateVersion(input.expectedVersion, 'input.expectedVersion');
    validateKeys(input.keys, 'input.keys');
    await requireWritable(ctx, input.environmentId, 'input.environmentId', 'change the variables of');
    return applyChange(ctx, 'UNSET', {
      environmentId: input.environmentId,
      expectedVersion: input.expectedVersion,
      set: [],
      unset: [...input.keys],
      replace: false,
      releaseId: releaseId(input.releaseId),
    });
  },

  async rollbackVariables(_, { input }, ctx) {
    validateEnvironmentId(input.environmentId, 'input.environmentId');
    validateVersion(input.toVersion, 'input.toVersion');
    const expectedVersion = optionalVersion(input.expectedVersion, 'input.expectedVersion');
    await requireWritable(ctx, input.environmentId, 'input.environmentId', 'roll back the variables of');
    const target = await requireVersion(ctx, input.environmentId, input.toVersion, 'input.toVersion');
    return applyChange(ctx, 'ROLLBACK', {
      environmentId: input.environmentId,
      expectedVersion,
      set: asWrites(target.variables),
      unset: [],
      replace: true,
      releaseId: releaseId(input.releaseId),
    });
  },

  async copyVariables(_, { input }, ctx) {
    validateEnvironmentId(input.fromEnvironmentId, 'input.fromEnvironmentId');
    validateEnvironmentId(input.toEnvironmentId, 'input.toEnvironmentId');
    const fromVersion = optionalVersion(input.fromVersion, 'input.fromVersion');
    const expectedVersion = optionalVersion(input.expectedVersion, 'input.expectedVersion');
    await Promise.all([
      requireOwner(ctx, input.fromEnvironmentId, 'copy the variables of'),
      requireWritable(ctx, input.toEnvironmentId, 'input.toEnvironmentId', 'change the variables of'),
    ]);
    const source = await requireVersion(ctx, input.fromEnvironmentId, fromVersion, 'input.fromEnvironmentId');
    await recordAudit(ctx.store, {
      environmentId: input.fromEnvironmentId,
      action: 'REVEAL',
      identity: ctx.identity,
      keys: source.variables.filter((v) => v.secret).map((v) => v.key),
      version: source.version,
      releaseId: releaseId(input.releaseId),
    });
    return applyChange(ctx, 'COPY', {
      environmentId: input.toEnvironmentId,
      expectedVersion,
      set: asWrites(source.variables),
      unset: [],
      replace: true,
      releaseId: releaseId(input.releaseId),
    });
  },

  async importVariables(_, { input }, ctx) {
    validateEnvironmentId(input.environmentId, 'input.environmentId');
    validateVersion(input.expectedVersion, 'input.expectedVersion');
    const parsed = parseVariables(input.format, input.content, 'input.content');
    const set = [...parsed].map(([key, value]) => ({ key, value, secret: input.secret ?? undefined }));
    for (const { key } of set) validateKey(key, 'input.content');
    validateWrites(set, 'input.content');
    await requireWritable(ctx, input.environmentId, 'input.environmentId', 'import variables into');
    // The write checks the same expected version, so this plan is exactly what it will apply.
    const current = await currentSet(ctx, input.environmentId);
    if (current.version !== input.expectedVersion) {
      throw staleVersionError(input.environmentId, input.expectedVersion, current.version);
    }
    const plan = planChanges(current.variables, { set, unset: [], replace: false });
    const report = {
      addedKeys: plan.upserts.map((v) => v.key).filter((key) => !plan.overwrittenKeys.includes(key)),
      overwrittenKeys: plan.overwrittenKeys,
      unchangedKeys: plan.unchangedKeys,
    };
    if (input.dryRun) return { variableSet: current, dryRun: true, ...report };
    const { variableSet } = await applyChange(ctx, 'IMPORT', {
      environmentId: input.environmentId,
      expectedVersion: input.expectedVersion,
      set,
      unset: [],
      replace: false,
    });
    return { variableSet, dryRun: false, ...report };
  },

  async rotateMasterKey(_, { input }, ctx) {
    if (!ctx.identity.admin) throw forbidden('Only admins may rotate the master key.');
    const rotating = ctx.services.router.backends.filter((backend) => backend.rotateMasterKey);
    if (rotating.length === 0) {
      throw badUserInput('No configured secrets backend encrypts under a Pave master key.', {
        field: 'input',
        rule: 'a pave backend is configured',
      });
    }
    const results = [];
    for (const backend of rotating) {
      results.push(await backend.rotateMasterKey?.({ generateNewKey: input?.generateNewKey === true }));
    }
    const first = results[0];
    const total = {
      masterKeyId: first?.masterKeyId ?? '',
      rewrapped: results.reduce((sum, r) => sum + (r?.rewrapped ?? 0), 0),
      remaining: results.reduce((sum, r) => sum + (r?.remaining ?? 0), 0),
    };
    await recordAudit(ctx.store, {
      environmentId: null,
      action: 'ROTATE_MASTER_KEY',
      identity: ctx.identity,
      keys: [],
    });
    ctx.log.info('master key rotated', {
      masterKeyId: total.masterKeyId,
      rewrapped: total.rewrapped,
      remaining: total.remaining,
    });
    return total;
  },
} satisfies MutationResolvers;
