import type { Store } from '@pave/subgraph-kit';

const local = new Map<string, Promise<unknown>>();

/**
 * Runs `work` while no other writer through Pave works on `name`. GitHub has no check-and-set, so
 * Pave serialises its own writers: with PostgreSQL, across processes with an advisory lock held by a
 * transaction; with PGlite (one process), in memory, so the single connection stays free meanwhile.
 */
export async function withLock<T>(store: Store, name: string, work: () => Promise<T>): Promise<T> {
  if (store.kind === 'postgres') {
    return store.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock(hashtext($1))', [name]);
      return work();
    });
  }
  const before = local.get(name) ?? Promise.resolve();
  const run = before.then(work, work);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  local.set(name, settled);
  try {
    return await run;
  } finally {
    if (local.get(name) === settled) local.delete(name);
  }
}
