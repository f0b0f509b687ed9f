import type { V1Deployment, V1Namespace } from '@kubernetes/client-node';
import type { BackendStatus } from '../../port.ts';

/** What runs in an environment's namespace, from its Deployments. */
export function namespaceStatus(
  namespace: V1Namespace | undefined,
  deployments: V1Deployment[],
): BackendStatus {
  const base = { restarts: 0, releaseNumber: null };
  if (!namespace) return { ...base, state: 'unknown', message: 'its namespace does not exist', since: null };
  const since = namespace.metadata?.creationTimestamp ? new Date(namespace.metadata.creationTimestamp) : null;
  if (namespace.status?.phase === 'Terminating') {
    return { ...base, state: 'tearing_down', message: 'namespace terminating', since };
  }
  if (deployments.length === 0) return { ...base, state: 'empty', message: null, since };
  const wanted = (d: V1Deployment) => d.spec?.replicas ?? 1;
  if (deployments.every((d) => wanted(d) === 0))
    return { ...base, state: 'stopped', message: 'scaled to zero', since };
  const stuck = deployments.find((d) =>
    d.status?.conditions?.some((c) => c.type === 'Progressing' && c.status === 'False'),
  );
  if (stuck) {
    const reason =
      stuck.status?.conditions?.find((c) => c.type === 'Progressing')?.message ?? 'not progressing';
    return { ...base, state: 'crashed', message: `${stuck.metadata?.name}: ${reason}`, since };
  }
  const starting = deployments.filter(
    (d) => (d.status?.availableReplicas ?? 0) < wanted(d) || (d.status?.updatedReplicas ?? 0) < wanted(d),
  );
  if (starting.length > 0) {
    const names = starting.map((d) => d.metadata?.name).join(', ');
    return { ...base, state: 'starting', message: `rolling out: ${names}`, since };
  }
  return { ...base, state: 'running', message: null, since };
}
