import type { Migration } from '@pave/subgraph-kit';

export const gatewayMigrations: Migration[] = [
  {
    id: '0001_service_tokens',
    sql: `
      create table gateway_service_tokens (
        id text primary key,
        name text not null,
        secret_hash text not null,
        admin boolean not null default false,
        groups text[] not null default '{}',
        created_by text not null,
        created_at timestamptz not null default now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      );
    `,
  },
];
