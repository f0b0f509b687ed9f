import type { Migration, Queryable, Store } from './types.ts';

// One key for every scope: migrations are short, and serialising them all keeps concurrent starts simple.
const LOCK = 'select pg_advisory_xact_lock(7061766501)';

const CREATE_TABLE = `create table if not exists pave_migrations (
  scope text not null,
  id text not null,
  applied_at timestamptz not null default now(),
  primary key (scope, id)
)`;

/**
 * Applies, in id order, the migrations of `scope` the database has not recorded yet, each in its own
 * transaction together with its record. Returns the ids it applied. Safe when several processes
 * start at once: each transaction takes the same advisory lock and re-checks the record under it.
 */
export async function migrate(
  store: Store,
  scope: string,
  migrations: readonly Migration[],
): Promise<string[]> {
  const ordered = orderMigrations(scope, migrations);
  const known = new Set(ordered.map((migration) => migration.id));

  await store.transaction(async (tx) => {
    await tx.exec(LOCK);
    await tx.exec(CREATE_TABLE);
    const unknown = (await recordedIds(tx, scope)).filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new Error(
        `Cannot migrate "${scope}": the database records migration(s) ${unknown.map((id) => `"${id}"`).join(', ')} ` +
          `of scope "${scope}" that this code does not know. Was Pave downgraded? ` +
          'Run a version that knows them, or restore a matching database.',
      );
    }
  });

  const applied: string[] = [];
  for (const migration of ordered) {
    const ran = await store.transaction(async (tx) => {
      await tx.exec(LOCK);
      const { rows } = await tx.query('select 1 from pave_migrations where scope = $1 and id = $2', [
        scope,
        migration.id,
      ]);
      if (rows.length > 0) return false;
      try {
        await tx.exec(migration.sql);
      } catch (error) {
        throw new Error(
          `Migration "${migration.id}" of scope "${scope}" failed: ${(error as Error).message}`,
          {
            cause: error,
          },
        );
      }
      await tx.query('insert into pave_migrations (scope, id) values ($1, $2)', [scope, migration.id]);
      return true;
    });
    if (ran) applied.push(migration.id);
  }
  return applied;
}

async function recordedIds(tx: Queryable, scope: string): Promise<string[]> {
  const { rows } = await tx.query<{ id: string }>('select id from pave_migrations where scope = $1', [scope]);
  return rows.map((row) => row.id);
}

function orderMigrations(scope: string, migrations: readonly Migration[]): Migration[] {
  const ordered = [...migrations].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < ordered.length; i++) {
    if (ordered[i]?.id === ordered[i - 1]?.id) {
      throw new Error(`Duplicate migration id "${ordered[i]?.id}" in scope "${scope}"`);
    }
  }
  return ordered;
}
