import { createHash } from 'node:crypto';
import type { V1Secret } from '@kubernetes/client-node';
import { decodeSet, encodeSet, META_KEY, readMeta, type SetMeta } from '../../model/bookkeeping.ts';
import type { PlannedVariable } from '../../model/plan.ts';
import type { StoredVariable, VariableSetSnapshot } from '../../port.ts';

export const LABEL_SET = 'pave.dev/set';
const LABEL_MANAGED = 'app.kubernetes.io/managed-by';
const ANNOTATION_ID = 'pave.dev/environment-id';
const ANNOTATION_VERSION = 'pave.dev/version';
const ANNOTATION_META = 'pave.dev/meta';
const ANNOTATION_WRITTEN = 'pave.dev/written-at';

/** Names of the live Secret of an environment and of the label its versions share. */
export function namesOf(prefix: string, environmentId: string): { live: string; set: string } {
  const hash = createHash('sha256').update(environmentId).digest('hex').slice(0, 16);
  const [component = '', environment = ''] = environmentId.split('/').slice(-2);
  const slug = `${component}-${environment}`
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .slice(0, 150);
  return { live: `${prefix}-${slug}-${hash.slice(0, 8)}`.replace(/-+/g, '-'), set: hash };
}

export const historyName = (live: string, version: number) => `${live}-v${version}`;

export function versionOf(secret: V1Secret): number {
  return Number(secret.metadata?.annotations?.[ANNOTATION_VERSION] ?? 0);
}

export function decodeSecret(environmentId: string, secret: V1Secret): VariableSetSnapshot {
  const annotations = secret.metadata?.annotations ?? {};
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(secret.data ?? {}))
    data[key] = Buffer.from(value, 'base64').toString('utf8');
  try {
    data[META_KEY] = JSON.parse(annotations[ANNOTATION_META] ?? '{}');
  } catch {
    data[META_KEY] = {};
  }
  const writtenAt =
    annotations[ANNOTATION_WRITTEN] ?? new Date(secret.metadata?.creationTimestamp ?? 0).toISOString();
  return decodeSet(
    environmentId,
    data,
    { version: versionOf(secret), created_time: writtenAt },
    'kubernetes',
  );
}

export function metaOf(secret: V1Secret): Partial<SetMeta> {
  try {
    return readMeta({ [META_KEY]: JSON.parse(secret.metadata?.annotations?.[ANNOTATION_META] ?? '{}') });
  } catch {
    return {};
  }
}

export function writtenAt(secret: V1Secret): Date {
  const at = secret.metadata?.annotations?.[ANNOTATION_WRITTEN];
  return new Date(at ?? secret.metadata?.creationTimestamp ?? 0);
}

/** The live Secret holding `next` as `version`, its data what pods see as environment variables. */
export function encodeSecret(
  names: { live: string; set: string },
  environmentId: string,
  next: readonly PlannedVariable[],
  before: readonly StoredVariable[],
  change: { version: number; actor: string; releaseId?: string; changedKeys: string[] },
): V1Secret {
  const { [META_KEY]: meta, ...values } = encodeSet(next, before, change);
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'Opaque',
    metadata: {
      name: names.live,
      labels: { [LABEL_MANAGED]: 'pave', [LABEL_SET]: names.set },
      annotations: {
        [ANNOTATION_ID]: environmentId,
        [ANNOTATION_VERSION]: String(change.version),
        [ANNOTATION_META]: JSON.stringify(meta),
        [ANNOTATION_WRITTEN]: new Date().toISOString(),
      },
    },
    data: Object.fromEntries(
      Object.entries(values).map(([key, value]) => [
        key,
        Buffer.from(String(value), 'utf8').toString('base64'),
      ]),
    ),
  };
}

/** An immutable copy of a live Secret, kept as the history of its version. */
export function historyCopy(live: V1Secret): V1Secret {
  const name = live.metadata?.name ?? '';
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'Opaque',
    immutable: true,
    metadata: {
      name: historyName(name, versionOf(live)),
      labels: { ...live.metadata?.labels, 'pave.dev/history': 'true' },
      annotations: live.metadata?.annotations,
    },
    data: live.data,
  };
}
