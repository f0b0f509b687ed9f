import type { CatalogBackend } from './port.ts';
import type { CatalogChange } from './store/ingest.ts';

/** Published on the event bus after each refresh that changed anything. */
export const CATALOG_CHANGED = 'catalog.changed';

export interface CatalogServices {
  backend: CatalogBackend;
  /** Re-reads the backend and brings the store in line; resolves with what changed. */
  refresh(): Promise<CatalogChange>;
}
