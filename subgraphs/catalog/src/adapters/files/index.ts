/**
 * The `files` catalog adapter: catalog-info.yaml files on local disk, as Backstage's `file`
 * locations read them.
 */
import type { CatalogBackend, CatalogSnapshot } from '../../port.ts';
import { type FilesOptionsInput, filesOptionsSchema } from './config.ts';
import { readCatalogFiles, type WatchTarget } from './reader.ts';
import { type DirectoryWatch, watchDirectories } from './watch.ts';

export { type FilesOptions, type FilesOptionsInput, filesOptionsSchema as optionsSchema } from './config.ts';
export { fileLocation, readCatalogFiles } from './reader.ts';

export interface FilesBackendContext {
  /** The directory relative paths are resolved against: the config file's directory. */
  baseDir: string;
  /** Quiet time after the last file event before `onChange` fires. */
  debounceMs?: number;
}

export function createFilesBackend(options: FilesOptionsInput, ctx: FilesBackendContext): CatalogBackend {
  const { paths, watch } = filesOptionsSchema.parse(options);
  const debounceMs = ctx.debounceMs ?? 200;
  const watches = new Set<DirectoryWatch>();
  let lastTargets: WatchTarget[] | undefined;

  async function read(): Promise<CatalogSnapshot> {
    const { entities, problems, complete, watchTargets } = await readCatalogFiles(paths, ctx.baseDir);
    lastTargets = watchTargets;
    for (const w of watches) w.update(watchTargets);
    return { entities, problems, complete };
  }

  const backend: CatalogBackend = { kind: 'files', read };
  if (!watch) return backend;

  return {
    ...backend,
    watch(onChange) {
      const directoryWatch = watchDirectories(onChange, debounceMs);
      watches.add(directoryWatch);
      if (lastTargets) directoryWatch.update(lastTargets);
      else {
        // Not read yet: find out what to watch without publishing a snapshot.
        readCatalogFiles(paths, ctx.baseDir).then(
          (result) => directoryWatch.update(lastTargets ?? result.watchTargets),
          () => {},
        );
      }
      return () => {
        watches.delete(directoryWatch);
        directoryWatch.close();
      };
    },
  };
}

export const createBackend = createFilesBackend;
