/**
 * Where the files adapter reads placeholders' targets: a path relative to the file that names it
 * (or `file:` and an absolute path), never a URL, and only inside the adapter's base directory, a
 * configured path, or the directory of the file itself. A catalog file must not be a way to publish
 * any file of the host (`$text: /etc/shadow`) through the catalog API; symbolic links are followed
 * before the check, so they cannot lead out either.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isAbsoluteUrl, MAX_PLACEHOLDER_BYTES, type PlaceholderReader } from '../placeholders.ts';

/** `named` is told of every file a placeholder names (found or not), to watch it for changes. */
export function filePlaceholderReader(
  file: string,
  roots: readonly string[],
  named: (target: string) => void = () => {},
): PlaceholderReader {
  return async (target) => {
    if (isAbsoluteUrl(target)) {
      throw new Error('the files adapter reads local files only, not URLs');
    }
    const relative = target.startsWith('file:') ? target.slice('file:'.length) : target;
    const resolved = path.resolve(path.dirname(file), relative);
    named(resolved);
    const allowed = [
      ...roots,
      path.dirname(file),
      await realpath(path.dirname(file)).catch(() => path.dirname(file)),
    ];
    const outside = (p: string) => !allowed.some((root) => p === root || p.startsWith(`${root}${path.sep}`));
    const refused = new Error(
      `${resolved} is outside the catalog's directories, which placeholders may not read`,
    );
    // Checked before touching the file, so that nothing says whether a file outside exists.
    if (outside(resolved)) throw refused;
    const real = await realpath(resolved).catch((error: NodeJS.ErrnoException) => {
      throw new Error(
        error.code === 'ENOENT' ? `${resolved} does not exist` : `${resolved} cannot be read (${error.code})`,
      );
    });
    if (outside(real)) throw refused;
    try {
      // Larger files are refused without reading them into memory first.
      if ((await stat(real)).size > MAX_PLACEHOLDER_BYTES) {
        throw new Error(`${resolved} is larger than ${MAX_PLACEHOLDER_BYTES / 1024 / 1024} MiB`);
      }
      return await readFile(real, 'utf8');
    } catch (error) {
      if (!(error as NodeJS.ErrnoException).code) throw error;
      throw new Error(`${resolved} cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`);
    }
  };
}

/**
 * The directories placeholders may read below: the base directory and what the configuration
 * names, as written and with symbolic links resolved.
 */
export async function placeholderRoots(paths: readonly string[], baseDir: string): Promise<string[]> {
  const candidates = [baseDir, ...paths.map((p) => path.resolve(baseDir, globFree(p)))];
  const real = await Promise.all(candidates.map((c) => realpath(c).catch(() => c)));
  return [...new Set([...candidates, ...real])];
}

/** The part of a configured path before its first wildcard segment: `services/*.yaml` → `services`. */
function globFree(p: string): string {
  const segments = p.split(/[\\/]/);
  const first = segments.findIndex((s) => /[*?[\]{}]/.test(s));
  return first === -1 ? p : segments.slice(0, first).join(path.sep) || '.';
}
