import { backendUnavailable, type ConfigChanged, parseEnvironmentId, TOPICS } from '@pave/subgraph-kit';
import type { VariableSetSnapshot, WriteRequest } from '../port.ts';
import type { SecretsContext } from '../resolvers/context.ts';
import { asBackendError, loadSet } from '../resolvers/loaders.ts';
import { type AuditAction, recordAudit } from '../store/audit.ts';

export interface AppliedChange {
  variableSet: VariableSetSnapshot;
  changedKeys: string[];
}

/**
 * Writes through the environment's backend, then records the write in the audit log and tells the
 * other capabilities with `config.changed` (a hint: nothing acknowledged here depends on it).
 * Authorization and validation happen before, in the resolvers.
 */
export async function applyChange(
  ctx: SecretsContext,
  action: AuditAction,
  request: Omit<WriteRequest, 'actor'>,
): Promise<AppliedChange> {
  const { environmentId } = request;
  const backend = ctx.services.router.backendFor(environmentId);
  const actor = ctx.identity.subject;
  let result: Awaited<ReturnType<typeof backend.write>>;
  try {
    result = await backend.write({ ...request, actor });
  } catch (error) {
    throw asBackendError(error, backend.kind);
  }
  await recordAudit(ctx.store, {
    environmentId,
    action,
    identity: ctx.identity,
    keys: result.changedKeys,
    version: result.version,
    releaseId: request.releaseId,
  }).catch((error) =>
    ctx.log.error('secrets audit entry could not be written', {
      action,
      environmentId,
      version: result.version,
      error,
    }),
  );
  if (result.changedKeys.length > 0) {
    const event: ConfigChanged = {
      environmentId,
      componentRef: parseEnvironmentId(environmentId)?.componentRef ?? environmentId,
      version: result.version,
      changedKeys: result.changedKeys,
      actor,
      ...(request.releaseId ? { releaseId: request.releaseId } : {}),
    };
    await ctx.bus
      .publish(TOPICS.configChanged, event)
      .catch((error) => ctx.log.warn('config.changed could not be published', { environmentId, error }));
  }
  const variableSet = await loadSet(ctx, environmentId, result.version);
  if (!variableSet) {
    throw backendUnavailable(
      `The ${backend.kind} backend lost version ${result.version} of ${environmentId}.`,
      {
        adapter: backend.kind,
        retryable: true,
      },
    );
  }
  return { variableSet, changedKeys: result.changedKeys };
}
