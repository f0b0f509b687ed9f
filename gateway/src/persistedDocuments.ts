import { readFile } from 'node:fs/promises';

/**
 * Reads a persisted-documents manifest (`{ "<hash>": "<document>" }`, what graphql-codegen's
 * client preset writes) for the gateway's persisted-documents option.
 */
export async function loadPersistedDocuments(manifestFile: string) {
  let documents: Record<string, string>;
  try {
    documents = JSON.parse(await readFile(manifestFile, 'utf8'));
  } catch (error) {
    throw new Error(
      `Cannot read the persisted-documents manifest ${manifestFile}: ${(error as Error).message}`,
    );
  }
  return { getPersistedOperation: (key: string) => documents[key] ?? null };
}
