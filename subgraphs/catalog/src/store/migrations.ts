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
  {
    // The catalog tables hold what the backend last said, nothing else: rebuilding them empty is
    // safe, and the first refresh after the upgrade fills them again.
    id: '0002_entity_model',
    sql: `
      drop table catalog_relations;
      drop table catalog_entities;
      drop table catalog_problems;

      -- Narrow on purpose: list, count and facet queries read this table only; the documents live
      -- in catalog_documents, read for the rows of a page. Sort keys use the "C" collation so
      -- PGlite and PostgreSQL order alike and cursors compare bytewise.
      create table catalog_entities (
        ref text collate "C" primary key,
        kind text collate "C" not null,
        namespace text collate "C" not null,
        name_key text collate "C" not null,
        title_key text collate "C" not null,
        spec_type text collate "C",
        lifecycle text collate "C",
        owner_ref text collate "C",
        system_ref text collate "C",
        tags text[] collate "C" not null default '{}',
        labels jsonb not null default '{}',
        annotations jsonb not null default '{}',
        search tsvector not null,
        location text not null,
        hash text not null,
        updated_at timestamptz not null default now()
      );
      create index catalog_entities_kind on catalog_entities (kind, ref);
      create index catalog_entities_kind_type on catalog_entities (kind, spec_type, lifecycle, ref);
      create index catalog_entities_owner on catalog_entities (owner_ref, ref);
      create index catalog_entities_system on catalog_entities (system_ref, ref);
      create index catalog_entities_namespace on catalog_entities (namespace, ref);
      create index catalog_entities_name on catalog_entities (name_key, ref);
      create index catalog_entities_title on catalog_entities (title_key, ref);
      create index catalog_entities_tags on catalog_entities using gin (tags);
      create index catalog_entities_labels on catalog_entities using gin (labels);
      create index catalog_entities_annotations on catalog_entities using gin (annotations);
      create index catalog_entities_search on catalog_entities using gin (search);

      create table catalog_documents (
        ref text collate "C" primary key,
        entity jsonb not null
      );

      create table catalog_relations (
        source_ref text collate "C" not null,
        type text collate "C" not null,
        target_ref text collate "C" not null,
        primary key (source_ref, type, target_ref)
      );
      create index catalog_relations_target on catalog_relations (target_ref, type);

      -- Where each entity's source lives, for finding a working directory's component.
      create table catalog_sources (
        repository text collate "C" not null,
        path text collate "C" not null,
        ref text collate "C" not null,
        rank smallint not null,
        primary key (repository, path, ref)
      );
      create index catalog_sources_ref on catalog_sources (ref);

      -- origin: 'read' (found by the backend, replaced on every refresh) or 'relation' (a relation
      -- whose target does not exist, recomputed when entities change).
      create table catalog_problems (
        location text not null,
        reason text not null,
        entity_ref text,
        -- for 'relation' problems: the ref that is not in the catalog
        target_ref text,
        origin text not null default 'read',
        seen_at timestamptz not null default now()
      );
      create index catalog_problems_entity on catalog_problems (entity_ref);
      create index catalog_problems_target on catalog_problems (target_ref);

      -- Counts per kind of every value of the counted facets, rewritten by each ingestion that
      -- changed something (store/facetCounts.ts).
      create table catalog_facet_counts (
        kind text collate "C" not null,
        field text collate "C" not null,
        value text collate "C" not null,
        count integer not null,
        primary key (field, kind, value)
      );
    `,
  },
];
