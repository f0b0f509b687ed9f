import type { Migration, Queryable } from '@pave/subgraph-kit';

/** The runtime's own tables, migrated under the scope `local-runtime` by whichever capability opens it first. */
export const localRuntimeMigrations: Migration[] = [
  {
    id: '0001_slots',
    sql: `
      create table local_runtime_slots (
        environment_id text primary key,
        port integer not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
    `,
  },
  {
    id: '0002_processes',
    sql: `
      create table local_runtime_processes (
        pid integer primary key,
        started text not null,
        environment_id text not null,
        recorded_at timestamptz not null default now()
      );
    `,
  },
];

/** Remembers an app process, so that a Pave that died without stopping it can stop it when it starts again. */
export async function recordProcess(
  db: Queryable,
  pid: number,
  started: string,
  environmentId: string,
): Promise<void> {
  await db.query(
    `insert into local_runtime_processes (pid, started, environment_id) values ($1, $2, $3)
     on conflict (pid) do update set started = excluded.started, environment_id = excluded.environment_id`,
    [pid, started, environmentId],
  );
}

export async function forgetProcess(db: Queryable, pid: number): Promise<void> {
  await db.query('delete from local_runtime_processes where pid = $1', [pid]);
}

/** Every process recorded, and forgets them. */
export async function takeRecordedProcesses(db: Queryable): Promise<Array<{ pid: number; started: string }>> {
  const { rows } = await db.query<{ pid: number; started: string }>(
    'delete from local_runtime_processes returning pid, started',
  );
  return rows;
}

export async function slotPort(db: Queryable, environmentId: string): Promise<number | undefined> {
  const { rows } = await db.query<{ port: number }>(
    'select port from local_runtime_slots where environment_id = $1',
    [environmentId],
  );
  return rows[0]?.port;
}

export async function saveSlot(db: Queryable, environmentId: string, port: number): Promise<void> {
  await db.query(
    `insert into local_runtime_slots (environment_id, port) values ($1, $2)
     on conflict (environment_id) do update set port = excluded.port, updated_at = now()`,
    [environmentId, port],
  );
}

export async function deleteSlot(db: Queryable, environmentId: string): Promise<void> {
  await db.query('delete from local_runtime_slots where environment_id = $1', [environmentId]);
}

export async function allSlots(db: Queryable): Promise<Array<{ environment_id: string; port: number }>> {
  const { rows } = await db.query<{ environment_id: string; port: number }>(
    'select environment_id, port from local_runtime_slots order by environment_id',
  );
  return rows;
}
