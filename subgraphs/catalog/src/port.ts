import type { Identity } from '@pave/subgraph-kit';
import type { RawEntity } from './model/entity.ts';
export interface CatalogProblem {
  location: string;
  reason: string;
  entityRef?: string;
  /**
   * The entity named was read only in part (a placeholder could not be resolved): the version
   * stored before is kept as it is; an entity not stored yet is written as read.
   */
  keepStored?: boolean;
}
export interface CatalogSnapshot {
  entities: Array<{ entity: RawEntity; location: string }>;
  problems: CatalogProblem[];
  /**
   * Whether the backend was read to the end: every entity it holds is in `entities`, so one the
   * store has and this snapshot lacks was removed at the source. An incomplete snapshot (a backend
   * down, rate limited or failing part-way) only adds and updates; it never removes anything.
   */
  complete: boolean;
}
/** Where catalog entities come from. Pave ingests a snapshot into its store and indexes it. */
export interface CatalogBackend {
  readonly kind: string;
  /** Reads every entity the backend knows, and the problems found on the way. Never throws for one bad file. */
  read(): Promise<CatalogSnapshot>;
  /** Calls `onChange` when the source may have changed; returns a function that stops watching. */
  watch?(onChange: () => void): () => void;
  /**
   * Entities by canonical ref as the backend shows them to `caller` right now, null where it has
   * none or the caller may not see it. For backends that decide per caller (Backstage and its
   * permissions): entity lookups of a caller who came with their own token go through it rather
   * than the store. Throws the kit's FORBIDDEN or BACKEND_UNAVAILABLE errors.
   */
  getMany?(refs: readonly string[], caller: Identity): Promise<Array<CatalogEntry | null>>;
}

/** An entity and where it was read from. */
export type CatalogEntry = CatalogSnapshot['entities'][number];
