/**
 * Reads catalog-info YAML files into a snapshot: several documents per file, directories walked for
 * *.yaml / *.yml, globs expanded, and `Location` entities' targets followed relative to the file
 * they are in. Every problem is recorded against its file; nothing here throws for one bad file.
 */
import type { Dirent } from 'node:fs';
import { glob, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { entityRef, type RawEntity, validateEntity } from '../../model/entity.ts';
import type { CatalogProblem, CatalogSnapshot } from '../../port.ts';
import { resolvePlaceholders } from '../placeholders.ts';
import { guessRef, placeholderProblems } from './catalogText.ts';
import { parseDocuments } from './documents.ts';
import { filePlaceholderReader, placeholderRoots } from './placeholderFiles.ts';

/** A directory whose changes may change the snapshot. */
export interface WatchTarget {
  dir: string;
  recursive: boolean;
  /** Files in `dir` that matter whatever their name (placeholder targets); catalog YAML files always do. */
  files?: string[];
}

export interface FilesReadResult extends CatalogSnapshot {
  /** What to watch to notice a change: directories read, and parents of missing targets. */
  watchTargets: WatchTarget[];
}

/** How an entity's location is written: Backstage's `file:<absolute path>`. */
export const fileLocation = (file: string): string => `file:${file}`;

const YAML_FILE = /\.ya?ml$/i;
/** Said of a read that failed part-way: the snapshot is incomplete and the store removes nothing. */
const KEPT = '; nothing is removed from the catalog until it can be read';
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

interface Origin {
  /** Where the path was named: a file's location, or the adapter configuration. */
  location: string;
  /** How it was named, for messages: `target "./x.yaml" of location:default/acme`. */
  label: string;
  entityRef?: string;
  optional: boolean;
  /** Named by the adapter's configuration rather than by a Location entity. */
  configured: boolean;
}

export async function readCatalogFiles(paths: readonly string[], baseDir: string): Promise<FilesReadResult> {
  const reader = new Reader(await placeholderRoots(paths, baseDir));
  for (const [i, p] of paths.entries()) {
    const absolute = path.resolve(baseDir, p);
    await reader.expand(absolute, {
      location: fileLocation(absolute),
      label: `adapter path paths[${i}] "${p}"`,
      optional: false,
      configured: true,
    });
  }
  return reader.result();
}

class Reader {
  #entities: CatalogSnapshot['entities'] = [];
  #problems: CatalogProblem[] = [];
  #visited = new Set<string>();
  #refs = new Map<string, string>();
  #watch = new Map<string, boolean>();
  #watchFiles = new Set<string>();
  #complete = true;
  readonly #placeholderRoots: readonly string[];

  constructor(placeholderRoots: readonly string[]) {
    this.#placeholderRoots = placeholderRoots;
  }

  result(): FilesReadResult {
    return {
      entities: this.#entities,
      problems: this.#problems,
      complete: this.#complete,
      watchTargets: [...this.#watch].map(([dir, recursive]) => {
        const files = [...this.#watchFiles].filter((file) => path.dirname(file) === dir);
        return files.length > 0 ? { dir, recursive, files } : { dir, recursive };
      }),
    };
  }

  /** A file, a directory or a glob, absolute. */
  async expand(target: string, origin: Origin): Promise<void> {
    if (isGlob(target)) return this.#expandGlob(target, origin);

    const info = await stat(target).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      this.#watchDir(path.dirname(target), false);
      if (info.code === 'ENOENT' && origin.optional) return;
      // A Location target that is gone was removed on purpose; a configured path that is gone, or
      // anything unreadable, is more likely a mount or a checkout away: keep what came from it.
      const keep = info.code !== 'ENOENT' || origin.configured;
      const what =
        info.code === 'ENOENT' ? 'does not exist' : `cannot be read (${info.code ?? info.message})`;
      this.#problem(
        origin.location,
        `${origin.label}: ${target} ${what}${keep ? KEPT : ''}`,
        origin.entityRef,
      );
      if (keep) this.#complete = false;
      return;
    }
    if (info.isDirectory()) return this.#readDirectory(target, origin);
    return this.#readFile(target);
  }

  async #expandGlob(pattern: string, origin: Origin): Promise<void> {
    const base = globBase(pattern);
    this.#watchDir(base, true);
    const matches: string[] = [];
    try {
      for await (const match of glob(path.relative(base, pattern), { cwd: base })) {
        const file = path.resolve(base, match);
        if (!file.split(path.sep).some((segment) => SKIPPED_DIRS.has(segment))) matches.push(file);
      }
    } catch (error) {
      this.#problem(origin.location, `${origin.label}: cannot expand: ${(error as Error).message}${KEPT}`);
      this.#complete = false;
      return;
    }
    matches.sort();
    let found = false;
    for (const file of matches) {
      const info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        found = true;
        await this.#readDirectory(file, origin);
      } else if (info?.isFile() && YAML_FILE.test(file)) {
        found = true;
        await this.#readFile(file);
      }
    }
    if (!found && !origin.optional) {
      // A configured glob finding nothing is more likely a mistake or a mount away than an empty catalog.
      const keep = origin.configured ? KEPT : '';
      this.#problem(
        origin.location,
        `${origin.label}: no YAML file matches ${pattern}${keep}`,
        origin.entityRef,
      );
      if (origin.configured) this.#complete = false;
    }
  }

  async #readDirectory(dir: string, origin: Origin): Promise<void> {
    this.#watchDir(dir, true);
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { recursive: true, withFileTypes: true });
    } catch (error) {
      this.#problem(
        origin.location,
        `${origin.label}: cannot list ${dir}: ${(error as Error).message}${KEPT}`,
      );
      this.#complete = false;
      return;
    }
    const files = entries
      .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && YAML_FILE.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .filter((file) => {
        const inside = path.relative(dir, file).split(path.sep).slice(0, -1);
        return !inside.some((segment) => SKIPPED_DIRS.has(segment) || segment.startsWith('.'));
      })
      .sort();
    for (const file of files) await this.#readFile(file);
  }

  async #readFile(file: string): Promise<void> {
    const location = fileLocation(file);
    let text: string;
    try {
      const real = await realpath(file);
      if (this.#visited.has(real)) return; // read already: a second mention or a Location cycle
      this.#visited.add(real);
      this.#watchDir(path.dirname(file), false);
      text = await readFile(real, 'utf8');
    } catch (error) {
      // Gone between listing and reading: removed. Anything else: kept until it can be read.
      const gone = (error as NodeJS.ErrnoException).code === 'ENOENT';
      this.#problem(location, `cannot read file: ${(error as Error).message}${gone ? '' : KEPT}`);
      if (!gone) this.#complete = false;
      return;
    }

    const documents = parseDocuments(text);
    const many = documents.length > 1;
    for (const { line, value, error } of documents) {
      const where = many ? ` (document at line ${line})` : '';
      if (error !== undefined) {
        this.#problem(location, `invalid YAML ${error}`);
        continue;
      }
      if (value === null || value === undefined) continue; // an empty document, e.g. a trailing `---`

      const read = filePlaceholderReader(file, this.#placeholderRoots, (target) => this.#watchFile(target));
      const resolved = await resolvePlaceholders(value, read);
      const checked = validateEntity(resolved.value);
      if ('error' in checked) {
        this.#problem(location, `invalid entity${where}: ${checked.error}`, guessRef(value));
        continue;
      }
      if (await this.#add(checked.entity, location, file, where)) {
        this.#problems.push(...placeholderProblems(resolved.errors, location, checked.entity, where));
      }
    }
  }

  /** Adds the entity unless its ref was read before; says whether it did. */
  async #add(entity: RawEntity, location: string, file: string, where: string): Promise<boolean> {
    const ref = entityRef(entity);
    const first = this.#refs.get(ref);
    if (first !== undefined) {
      this.#problem(location, `duplicate entity${where}: ${ref} is already defined in ${first}`, ref);
      return false;
    }
    this.#refs.set(ref, location);
    this.#entities.push({ entity, location });
    if (entity.kind === 'Location') await this.#followLocation(entity, ref, location, file);
    return true;
  }

  async #followLocation(entity: RawEntity, ref: string, location: string, file: string): Promise<void> {
    const spec = entity.spec ?? {};
    const targets = [spec.target, ...(Array.isArray(spec.targets) ? spec.targets : [])].filter(
      (t): t is string => typeof t === 'string' && t !== '',
    );
    for (const target of targets) {
      const label = `target "${target}" of ${ref}`;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
        this.#problem(location, `${label}: the files adapter reads local files only; skipped`, ref);
        continue;
      }
      const relative = target.startsWith('file:') ? target.slice('file:'.length) : target;
      await this.expand(path.resolve(path.dirname(file), relative), {
        location,
        label,
        entityRef: ref,
        optional: spec.presence === 'optional',
        configured: false,
      });
    }
  }

  #problem(location: string, reason: string, entityRef?: string): void {
    this.#problems.push(entityRef === undefined ? { location, reason } : { location, reason, entityRef });
  }

  #watchFile(file: string): void {
    this.#watchFiles.add(file);
    this.#watchDir(path.dirname(file), false);
  }

  #watchDir(dir: string, recursive: boolean): void {
    this.#watch.set(dir, recursive || (this.#watch.get(dir) ?? false));
  }
}

function isGlob(p: string): boolean {
  return /[*?[\]{}]/.test(p);
}

/** The directory part of a glob before its first wildcard segment. */
function globBase(pattern: string): string {
  const segments = pattern.split(path.sep);
  const index = segments.findIndex(isGlob);
  return segments.slice(0, index).join(path.sep) || path.sep;
}
