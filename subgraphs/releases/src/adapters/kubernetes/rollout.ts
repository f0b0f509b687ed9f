import type { V1Deployment } from '@kubernetes/client-node';

/** Where a Deployment's rollout stands: done, failed (with why) or still going. */
export function rolloutState(
  deployment: V1Deployment,
): { done: true } | { done: false; failed?: string; progress: string } {
  const wanted = deployment.spec?.replicas ?? 1;
  const status = deployment.status ?? {};
  const stuck = status.conditions?.find((c) => c.type === 'Progressing' && c.status === 'False');
  if (stuck)
    return {
      done: false,
      failed: stuck.message ?? stuck.reason ?? 'the rollout is not progressing',
      progress: '',
    };
  const observed = (status.observedGeneration ?? 0) >= (deployment.metadata?.generation ?? 0);
  const updated = status.updatedReplicas ?? 0;
  const available = status.availableReplicas ?? 0;
  if (observed && updated >= wanted && available >= wanted && !status.unavailableReplicas)
    return { done: true };
  return { done: false, progress: `${updated}/${wanted} updated, ${available} available` };
}
