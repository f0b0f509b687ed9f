/** Writes a generated catalog as catalog-info YAML files, the way an organisation keeps them. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type BenchEntity, generateCatalog } from './generate.ts';

/** Block-style YAML for the plain data entities hold; scalars double-quoted (JSON strings are valid YAML). */
export function toYaml(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return ' []';
    return value.map((item) => `\n${indent}-${toYaml(item, `${indent}  `).replace(/^\n\s*/, ' ')}`).join('');
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return ' {}';
    return entries
      .map(([key, v]) => `\n${indent}${JSON.stringify(key)}:${toYaml(v, `${indent}  `)}`)
      .join('');
  }
  return ` ${JSON.stringify(value)}`;
}

const documentOf = (entity: BenchEntity) => toYaml(entity).replace(/^\n/, '');

/**
 * Writes `total` entities into `dir`, `perFile` documents per file, one folder per kind, and
 * returns the number of files. Point the files adapter at the directory.
 */
export async function writeCatalogFiles(dir: string, total: number, perFile = 500): Promise<number> {
  let files = 0;
  let batch: string[] = [];
  let kind = '';
  const flush = async () => {
    if (batch.length === 0) return;
    await mkdir(join(dir, kind), { recursive: true });
    await writeFile(
      join(dir, kind, `part-${String(files).padStart(5, '0')}.yaml`),
      `${batch.join('\n---\n')}\n`,
    );
    files++;
    batch = [];
  };
  for (const entity of generateCatalog(total)) {
    const folder = entity.kind.toLowerCase();
    if (folder !== kind || batch.length >= perFile) {
      await flush();
      kind = folder;
    }
    batch.push(documentOf(entity));
  }
  await flush();
  return files;
}
