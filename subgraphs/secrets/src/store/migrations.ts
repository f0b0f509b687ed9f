import type { Migration } from '@pave/subgraph-kit';

/**
 * The audit log serves every backend. The other tables belong to the `pave` adapter: a set's
 * variables are rows valid from the version that wrote them until the version that replaced or
 * removed them, so any version reads back with one query and history is never rewritten. Values are
 * AES-256-GCM ciphertext under the environment's data key, which is wrapped by the master key.
 */
export const secretsMigrations: Migration[] = [
  {
    id: '0001_secrets',
    sql: `
      create table secrets_sets (
        environment_id text primary key,
        version integer not null
      );

      create table secrets_versions (
        environment_id text not null,
        version integer not null,
        created_at timestamptz not null default now(),
        created_by text not null,
        release_id text,
        changed_keys text[] not null,
        primary key (environment_id, version)
      );

      create table secrets_variables (
        environment_id text not null,
        key text collate "C" not null,
        valid_from integer not null,
        valid_to integer,
        secret boolean not null,
        ciphertext bytea not null,
        primary key (environment_id, key, valid_from)
      );
      create index secrets_variables_current on secrets_variables (environment_id, key) where valid_to is null;

      create table secrets_data_keys (
        environment_id text primary key,
        master_key_id text not null,
        wrapped_key bytea not null,
        created_at timestamptz not null default now(),
        rewrapped_at timestamptz
      );
      create index secrets_data_keys_master on secrets_data_keys (master_key_id);

      create table secrets_audit (
        id bigserial primary key,
        at timestamptz not null default now(),
        environment_id text,
        action text not null,
        actor text not null,
        client text,
        request_id text,
        keys text[] not null default '{}',
        version integer,
        release_id text
      );
      create index secrets_audit_environment on secrets_audit (environment_id, id);
    `,
  },
];
