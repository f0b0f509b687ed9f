import type { Migration } from '@pave/subgraph-kit';

export const releasesMigrations: Migration[] = [
  {
    id: '0001_releases',
    sql: `
      create table releases (
        id text primary key,
        environment_id text not null,
        component_ref text not null,
        number integer not null,
        cause text not null check (cause in ('deploy', 'config', 'promote', 'rollback')),
        description text not null,
        requested_ref text,
        artifact jsonb,
        config_version integer,
        restore_config_version integer,
        source_release_id text,
        status text not null check (status in ('pending', 'deploying', 'succeeded', 'failed')),
        failure_reason text,
        failure_code text,
        created_by text not null,
        created_at timestamptz not null default now(),
        started_at timestamptz,
        finished_at timestamptz,
        heartbeat_at timestamptz not null default now(),
        unique (environment_id, number)
      );
      -- Never two releases of one environment in flight: the second is refused with CONFLICT.
      create unique index releases_one_in_flight on releases (environment_id)
        where status in ('pending', 'deploying');
      create index releases_succeeded on releases (environment_id, number desc) where status = 'succeeded';
      create index releases_component on releases (component_ref, created_at desc, id);
    `,
  },
];
