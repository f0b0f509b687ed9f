import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { CliError } from '../errors.ts';

const FILE_NAMES = ['catalog-info.yaml', 'catalog-info.yml'];

export interface CatalogInfo {
  file: string;
  /** Canonical refs of the Component entities the file describes. */
  refs: string[];
}

/** The nearest catalog-info.yaml at or above `cwd` that describes at least one Component. */
export async function findCatalogInfo(cwd: string): Promise<CatalogInfo | undefined> {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of FILE_NAMES) {
      const file = join(dir, name);
      const text = await readFile(file, 'utf8').catch(() => undefined);
      if (text === undefined) continue;
      const refs = await componentRefs(file, text);
      if (refs.length > 0) return { file, refs };
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** `component:<namespace>/<name>`, lower case, for each Component document in the file. */
export async function componentRefs(file: string, text: string): Promise<string[]> {
  const { parseAllDocuments } = await import('yaml');
  const refs: string[] = [];
  for (const document of parseAllDocuments(text)) {
    if (document.errors.length > 0) {
      throw new CliError(`${file} is not valid YAML: ${document.errors[0]?.message.split('\n')[0]}`, {
        hint: 'Fix it, or name the component with --component/-c.',
      });
    }
    const entity = document.toJS() as {
      kind?: unknown;
      metadata?: { name?: unknown; namespace?: unknown };
    } | null;
    if (typeof entity?.kind !== 'string' || entity.kind.toLowerCase() !== 'component') continue;
    const name = entity.metadata?.name;
    if (typeof name !== 'string' || name === '') continue;
    const namespace = typeof entity.metadata?.namespace === 'string' ? entity.metadata.namespace : 'default';
    refs.push(`component:${namespace}/${name}`.toLowerCase());
  }
  return [...new Set(refs)];
}
