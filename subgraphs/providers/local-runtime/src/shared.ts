import path from 'node:path';
import { LocalRuntime, type LocalRuntimeOptions } from './runtime.ts';

interface Shared {
  runtime: Promise<LocalRuntime>;
  users: number;
}

const shared = new Map<string, Shared>();

export interface LocalRuntimeLease {
  runtime: LocalRuntime;
  /** Gives the runtime back; the last user to do so stops its processes. */
  release(): Promise<void>;
}

/**
 * The one runtime of a data directory in this process. The environments and releases capabilities
 * both use it (the first gives an environment its address, the second runs releases there), so
 * they must share one: two runtimes would each supervise processes the other cannot see.
 */
export async function acquireLocalRuntime(options: LocalRuntimeOptions): Promise<LocalRuntimeLease> {
  const key = path.resolve(options.dataDir);
  let entry = shared.get(key);
  if (!entry) {
    entry = { runtime: LocalRuntime.open(options), users: 0 };
    shared.set(key, entry);
    entry.runtime.catch(() => shared.delete(key));
  }
  entry.users += 1;
  const current = entry;
  const runtime = await current.runtime;
  let released = false;
  return {
    runtime,
    async release() {
      if (released) return;
      released = true;
      current.users -= 1;
      if (current.users > 0) return;
      if (shared.get(key) === current) shared.delete(key);
      await runtime.close();
    },
  };
}
