import { AsyncLocalStorage } from 'node:async_hooks';

interface Frame {
  owner: object;
  open: boolean;
  parent: Frame | undefined;
}

const current = new AsyncLocalStorage<Frame>();

/**
 * Runs a transaction's `work` marked as "inside `owner`'s transaction", so that using the store
 * itself from there fails fast. On PGlite that query would wait for the single connection the
 * transaction holds (a deadlock); on Postgres it would silently run outside the transaction.
 */
export async function runInTransaction<T>(owner: object, work: () => Promise<T>): Promise<T> {
  const frame: Frame = { owner, open: true, parent: current.getStore() };
  try {
    return await current.run(frame, work);
  } finally {
    // Work started inside but still running afterwards (e.g. fire-and-forget) may use the store again.
    frame.open = false;
  }
}

export function assertOutsideTransaction(owner: object): void {
  for (let frame = current.getStore(); frame; frame = frame.parent) {
    if (frame.open && frame.owner === owner) {
      throw new Error(
        'Store used inside its own transaction: send SQL through the `tx` passed to transaction(), ' +
          'or run it after the transaction (nested transactions are not supported)',
      );
    }
  }
}
