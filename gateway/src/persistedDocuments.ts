import { readFile } from 'node:fs/promises';

/**
 * Reads the persisted-documents manifests (`{ "<hash>": "<document>" }`, what graphql-codegen's
 * client preset writes), one per client, into one lookup for the gateway's persisted-documents
 * option. A hash that two manifests map to different documents is refused: one of them is corrupt.
 */
export async function loadPersistedDocuments(manifestFiles: readonly string[]) {
  const documents = new Map<string, string>();
  for (const file of manifestFiles) {
    for (const [hash, document] of Object.entries(await readManifest(file))) {
      const known = documents.get(hash);
      if (known !== undefined && known !== document) {
        throw new Error(
          `The persisted-documents manifest ${file} maps ${hash} to another document than an earlier manifest does.`,
        );
      }
      documents.set(hash, document);
    }
  }
  return { getPersistedOperation: (key: string) => documents.get(key) ?? null };
}

async function readManifest(file: string): Promise<Record<string, string>> {
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the persisted-documents manifest ${file}: ${(error as Error).message}`);
  }
  const isManifest =
    typeof manifest === 'object' &&
    manifest !== null &&
    !Array.isArray(manifest) &&
    Object.values(manifest).every((document) => typeof document === 'string');
  if (!isManifest) {
    throw new Error(
      `The persisted-documents manifest ${file} is not an object of "<hash>": "<document>" strings.`,
    );
  }
  return manifest as Record<string, string>;
}
