import type { Migration } from '@pave/subgraph-kit';

export const catalogMigrations: Migration[] = [
  {
    id: '0001_entities',
    sql: `
      create table catalog_entities (
        ref text primary key,
        kind text not null,
        namespace text not null,
        name text not null,
        spec_type text,
        lifecycle text,
        owner_ref text,
        system_ref text,
        tags text[] not null default '{}',
        location text not null,
        hash text not null,
        entity jsonb not null,
        updated_at timestamptz not null default now()
      );
      create index catalog_entities_kind on catalog_entities (kind, ref);
      create index catalog_entities_owner on catalog_entities (owner_ref, ref);
      create index catalog_entities_system on catalog_entities (system_ref, ref);
      create index catalog_entities_tags on catalog_entities using gin (tags);

      create table catalog_relations (
        source_ref text not null,
        type text not null,
        target_ref text not null,
        primary key (source_ref, type, target_ref)
      );
      create index catalog_relations_target on catalog_relations (target_ref, type);

      create table catalog_problems (
        location text not null,
        reason text not null,
        entity_ref text,
        seen_at timestamptz not null default now()
      );
    `,
  },
];
