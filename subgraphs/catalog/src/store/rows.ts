import type { RawEntity } from '../model/entity.ts';

/** An entity as the store keeps it: the raw document plus the columns queries filter on. */
export interface EntityRow {
  ref: string;
  kind: string;
  namespace: string;
  name: string;
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

export interface EntityFilter {
  kind?: string | null;
  type?: string | null;
  owner?: string | null;
  lifecycle?: string | null;
  system?: string | null;
  namespace?: string | null;
  tag?: string | null;
}
