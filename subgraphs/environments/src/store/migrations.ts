import type { Migration } from '@pave/subgraph-kit';

export const environmentsMigrations: Migration[] = [
  {
    id: '0001_environments',
    sql: `
      create table environments (
        id text primary key,
        component_ref text not null,
        name text not null,
        type text not null check (type in ('development', 'staging', 'production', 'preview')),
        protected boolean not null,
        url text,
        branch text,
        expires_at timestamptz,
        cloned_from text,
        state text not null default 'active' check (state in ('active', 'tearing_down')),
        created_by text not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        teardown_started_at timestamptz
      );
      create index environments_component on environments (component_ref, name);
      create index environments_expiry on environments (expires_at) where expires_at is not null;

      create table environment_teardowns (
        id text primary key,
        environment_id text not null,
        component_ref text not null,
        name text not null,
        type text not null,
        branch text,
        reason text not null check (reason in ('deleted', 'expired')),
        actor text not null,
        succeeded boolean not null,
        steps jsonb not null,
        started_at timestamptz not null,
        finished_at timestamptz not null default now()
      );
      create index environment_teardowns_component on environment_teardowns (component_ref, finished_at desc, id);
      create index environment_teardowns_finished on environment_teardowns (finished_at desc, id);
    `,
  },
  {
    // A number that moves with every change made to an environment, so CONFLICT can say where it is
    // now as every other capability does (a timestamp is no version).
    id: '0002_environment_version',
    sql: `alter table environments add column version integer not null default 1;`,
  },
];
