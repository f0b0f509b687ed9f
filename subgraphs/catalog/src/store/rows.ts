import type { RawEntity } from '../model/entity.ts';

/** An entity as queries return it: the columns they filter and sort on, plus the document. */
export interface EntityRow {
  ref: string;
  kind: string;
  namespace: string;
  name_key: string;
  title_key: string;
  spec_type: string | null;
  lifecycle: string | null;
  owner_ref: string | null;
  system_ref: string | null;
  tags: string[];
  location: string;
  hash: string;
  entity: RawEntity;
}

export interface RelationRow {
  source_ref: string;
  type: string;
  target_ref: string;
}

export interface MetadataMatch {
  key: string;
  /** Any value when undefined. */
  value?: string;
}

/** A filter in canonical form: lower case, refs resolved, nothing left to validate. */
export interface EntityFilter {
  kind?: string | null;
  type?: string | null;
  owner?: string | null;
  lifecycle?: string | null;
  system?: string | null;
  namespace?: string | null;
  tag?: string | null;
  labels?: MetadataMatch[];
  annotations?: MetadataMatch[];
}

/** The sort keys of `entities(orderBy)`, each paired with `ref` so that every order is total. */
export const ORDER_COLUMNS = {
  ref: 'ref',
  name: 'name_key',
  title: 'title_key',
  kind: 'kind',
  type: "coalesce(spec_type, '')",
  lifecycle: "coalesce(lifecycle, '')",
  owner: "coalesce(owner_ref, '')",
} as const;

export type OrderKey = keyof typeof ORDER_COLUMNS;

export interface EntityOrder {
  key: OrderKey;
  descending: boolean;
}
