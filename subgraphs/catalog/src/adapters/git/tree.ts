/**
 * Reads the catalog files of one commit: the files matching the adapter's globs, then the targets
 * of `Location` entities inside the same commit, each parsed by the files adapter's rules.
 */
import path from 'node:path';
import { entityRef, type RawEntity } from '../../model/entity.ts';
import type { CatalogSnapshot } from '../../port.ts';
import { parseCatalogText } from '../files/catalogText.ts';
import { isAbsoluteUrl } from '../placeholders.ts';
import type { GitRepository, TreeFile } from './repository.ts';

export interface CommitReadOptions {
  commit: string;
  patterns: readonly string[];
  /** The location of a file in the repository, and of the repository itself (no path). */
  location(file?: string): string;
}

const posix = path.posix;
const isGlob = (p: string) => /[*?[\]{}]/.test(p);

export async function readCommit(repo: GitRepository, options: CommitReadOptions): Promise<CatalogSnapshot> {
  const tree = await repo.files(options.commit);
  const byPath = new Map(tree.map((file) => [file.path, file]));
  const result: CatalogSnapshot = { entities: [], problems: [], complete: true };
  const problem = (location: string, reason: string, entityRef?: string) =>
    result.problems.push(entityRef === undefined ? { location, reason } : { location, reason, entityRef });

  let pending = tree.filter((file) => options.patterns.some((p) => posix.matchesGlob(file.path, p)));
  if (pending.length === 0) {
    // More likely a mistaken glob than a catalog emptied on purpose: keep what was loaded.
    problem(
      options.location(),
      `no file matches ${options.patterns.join(', ')} at commit ${options.commit}; nothing is removed from the catalog until one does`,
    );
    result.complete = false;
  }
  const seen = new Set(pending.map((file) => file.path));
  while (pending.length > 0) {
    const contents = await repo.readBlobs([...new Set(pending.map((file) => file.blob))]);
    const next: TreeFile[] = [];
    for (const file of pending) {
      const location = options.location(file.path);
      const text = contents.get(file.blob);
      if (text === undefined) {
        problem(location, `cannot read ${file.path} at commit ${options.commit}`);
        continue;
      }
      const parsed = await parseCatalogText(text, location, (target) =>
        readRepositoryFile(repo, byPath, file.path, target, options.commit),
      );
      result.entities.push(...parsed.entities);
      result.problems.push(...parsed.problems);
      for (const { entity } of parsed.entities) {
        if (entity.kind !== 'Location') continue;
        const report = (reason: string) => problem(location, reason, entityRef(entity));
        for (const target of locationTargets(entity, file.path, tree, byPath, report)) {
          if (!seen.has(target.path)) {
            seen.add(target.path);
            next.push(target);
          }
        }
      }
    }
    pending = next;
  }
  return result;
}

/** The files a Location entity's targets name inside the commit; what it cannot follow is reported. */
function locationTargets(
  entity: RawEntity,
  file: string,
  tree: readonly TreeFile[],
  byPath: Map<string, TreeFile>,
  report: (reason: string) => void,
): TreeFile[] {
  const spec = entity.spec ?? {};
  const optional = spec.presence === 'optional';
  const targets = [spec.target, ...(Array.isArray(spec.targets) ? spec.targets : [])].filter(
    (t): t is string => typeof t === 'string' && t !== '',
  );
  const found: TreeFile[] = [];
  for (const target of targets) {
    const label = `target "${target}"`;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
      report(`${label}: the git adapter follows targets inside the repository only; skipped`);
      continue;
    }
    const relative = target.startsWith('file:') ? target.slice('file:'.length) : target;
    const resolved = posix.normalize(posix.join(posix.dirname(file), relative));
    if (posix.isAbsolute(relative) || resolved === '..' || resolved.startsWith('../')) {
      report(`${label}: points outside the repository; skipped`);
      continue;
    }
    const matches = isGlob(resolved)
      ? tree.filter((f) => posix.matchesGlob(f.path, resolved) && /\.ya?ml$/i.test(f.path))
      : [byPath.get(resolved)].filter((f): f is TreeFile => f !== undefined);
    if (matches.length === 0 && !optional) report(`${label}: ${resolved} does not exist in the repository`);
    found.push(...matches);
  }
  return found;
}

/** A placeholder's target, relative to the file naming it, read from the same commit. */
async function readRepositoryFile(
  repo: GitRepository,
  byPath: Map<string, TreeFile>,
  file: string,
  target: string,
  commit: string,
): Promise<string> {
  if (isAbsoluteUrl(target)) throw new Error('the git adapter reads files of the repository only, not URLs');
  const relative = target.startsWith('file:') ? target.slice('file:'.length) : target;
  const resolved = posix.normalize(posix.join(posix.dirname(file), relative));
  if (posix.isAbsolute(relative) || resolved === '..' || resolved.startsWith('../')) {
    throw new Error(`${target} points outside the repository`);
  }
  const found = byPath.get(resolved);
  const text = found && (await repo.readBlobs([found.blob])).get(found.blob);
  if (text === undefined) throw new Error(`${resolved} does not exist in the repository at commit ${commit}`);
  return text;
}
