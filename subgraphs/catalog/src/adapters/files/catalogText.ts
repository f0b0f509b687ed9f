/**
 * One catalog YAML text as entities and problems, by the rules every adapter that reads files
 * shares: several documents, each parsed and validated on its own, placeholders resolved first.
 */
import { entityRef, type RawEntity, validateEntity } from '../../model/entity.ts';
import { stringifyEntityRef } from '../../model/ref.ts';
import type { CatalogProblem, CatalogSnapshot } from '../../port.ts';
import { type PlaceholderReader, resolvePlaceholders } from '../placeholders.ts';
import { parseDocuments } from './documents.ts';

/** The ref of an entity that failed validation, when it has enough to name it. */
export function guessRef(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { kind, metadata } = value as { kind?: unknown; metadata?: { name?: unknown; namespace?: unknown } };
  if (typeof kind !== 'string' || typeof metadata?.name !== 'string' || metadata.name === '')
    return undefined;
  const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : undefined;
  return stringifyEntityRef({ kind, namespace, name: metadata.name });
}

/**
 * The entities of one catalog YAML text and its problems, all recorded against `location`, by the
 * same rules as a file read from disk (several documents, each validated on its own). For adapters
 * that read catalog files from somewhere else (a git commit, a GitHub repository).
 */
export async function parseCatalogText(
  text: string,
  location: string,
  readPlaceholder: PlaceholderReader,
): Promise<CatalogSnapshot> {
  const snapshot: CatalogSnapshot = { entities: [], problems: [], complete: true };
  const documents = parseDocuments(text);
  const many = documents.length > 1;
  for (const { line, value, error } of documents) {
    if (error !== undefined) {
      snapshot.problems.push({ location, reason: `invalid YAML ${error}` });
      continue;
    }
    if (value === null || value === undefined) continue;
    const where = many ? ` (document at line ${line})` : '';
    const resolved = await resolvePlaceholders(value, readPlaceholder);
    const checked = validateEntity(resolved.value);
    if ('error' in checked) {
      const entityRef = guessRef(value);
      const reason = `invalid entity${where}: ${checked.error}`;
      snapshot.problems.push(
        entityRef === undefined ? { location, reason } : { location, reason, entityRef },
      );
      continue;
    }
    snapshot.entities.push({ entity: checked.entity, location });
    snapshot.problems.push(...placeholderProblems(resolved.errors, location, checked.entity, where));
  }
  return snapshot;
}

/** Placeholders left as written: problems of an entity that still loads, its stored version kept. */
export function placeholderProblems(
  errors: readonly string[],
  location: string,
  entity: RawEntity,
  where: string,
): CatalogProblem[] {
  const ref = entityRef(entity);
  return errors.map((error) => ({ location, reason: `${error}${where}`, entityRef: ref, keepStored: true }));
}
