import { createHash } from 'node:crypto';
import { cp, lstat, readdir, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';

/** Never part of a snapshot: version control, installed dependencies, Pave's own data. */
const EXCLUDED = new Set(['.git', 'node_modules', '.pave']);

/** Copies `source` into `target` without the excluded directories. */
export async function copySnapshot(source: string, target: string): Promise<void> {
  await cp(source, target, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (file) => !EXCLUDED.has(path.basename(file)) || path.resolve(file) === path.resolve(source),
  });
}

/** A content hash of a directory tree: paths, executable bits, symlink targets and file contents. */
export async function hashTree(root: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir)).sort();
    for (const name of entries) {
      const file = path.join(dir, name);
      const relative = path.relative(root, file);
      const info = await lstat(file);
      if (info.isDirectory()) {
        hash.update(`d ${relative}\0`);
        await walk(file);
      } else if (info.isSymbolicLink()) {
        hash.update(`l ${relative}\0${await readlink(file)}\0`);
      } else if (info.isFile()) {
        const executable = (info.mode & 0o111) !== 0 ? 'x' : '-';
        const content = createHash('sha256')
          .update(await readFile(file))
          .digest('hex');
        hash.update(`f ${relative} ${executable} ${content}\0`);
      }
    }
  };
  await walk(root);
  return hash.digest('hex');
}
