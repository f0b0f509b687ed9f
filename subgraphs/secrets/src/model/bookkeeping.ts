/**
 * Bookkeeping for backends that keep a whole set as one key/value object (Vault, Kubernetes):
 * each key's kind, the version it last changed in and who changed it, in one `pave.meta` entry.
 */
import type { StoredVariable, VariableSetSnapshot } from '../port.ts';
import type { PlannedVariable } from './plan.ts';

/** Which version an object holds and when it was written, as its backend says. */
export interface ObjectVersion {
  version: number;
  created_time: string;
}

/** The entry of a KV secret that holds Pave's bookkeeping; a dot keeps it out of variable names. */
export const META_KEY = 'pave.meta';

interface KeyMeta {
  secret: boolean;
  version: number;
  by: string;
  at: string;
}

export interface SetMeta {
  by: string;
  releaseId?: string;
  changed: string[];
  keys: Record<string, KeyMeta>;
}

function metaOf(data: Record<string, unknown>): Partial<SetMeta> {
  const meta = data[META_KEY];
  return meta !== null && typeof meta === 'object' ? (meta as Partial<SetMeta>) : {};
}

/**
 * A KV version as a variable set. Keys written by hand in the backend (no bookkeeping) are treated
 * as secrets changed in that version, by `author`.
 */
export function decodeSet(
  environmentId: string,
  data: Record<string, unknown> | null,
  metadata: ObjectVersion,
  author: string,
): VariableSetSnapshot {
  const meta = metaOf(data ?? {});
  const variables: StoredVariable[] = Object.entries(data ?? {})
    .filter(([key]) => key !== META_KEY)
    .map(([key, value]) => {
      const known = meta.keys?.[key];
      return {
        key,
        value: typeof value === 'string' ? value : JSON.stringify(value),
        secret: known?.secret ?? true,
        version: known?.version ?? metadata.version,
        updatedBy: known?.by ?? author,
        updatedAt: new Date(known?.at ?? metadata.created_time),
      };
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    environmentId,
    version: metadata.version,
    updatedAt: new Date(metadata.created_time),
    updatedBy: meta.by ?? author,
    variables,
  };
}

export function readMeta(data: Record<string, unknown> | null): Partial<SetMeta> {
  return metaOf(data ?? {});
}

/** The data of the next version: every variable, and bookkeeping that keeps unchanged keys' history. */
export function encodeSet(
  next: readonly PlannedVariable[],
  before: readonly StoredVariable[],
  change: { version: number; actor: string; releaseId?: string; changedKeys: string[] },
): Record<string, unknown> {
  const previous = new Map(before.map((variable) => [variable.key, variable]));
  const changed = new Set(change.changedKeys);
  const at = new Date().toISOString();
  const keys: Record<string, KeyMeta> = {};
  const data: Record<string, unknown> = {};
  for (const variable of next) {
    data[variable.key] = variable.value;
    const old = previous.get(variable.key);
    keys[variable.key] =
      old && !changed.has(variable.key)
        ? { secret: old.secret, version: old.version, by: old.updatedBy, at: old.updatedAt.toISOString() }
        : { secret: variable.secret, version: change.version, by: change.actor, at };
  }
  const meta: SetMeta = {
    by: change.actor,
    ...(change.releaseId ? { releaseId: change.releaseId } : {}),
    changed: change.changedKeys,
    keys,
  };
  data[META_KEY] = meta;
  return data;
}
