/**
 * Watches the directories a read went through and calls back, debounced, when a catalog file in
 * them, or a file a placeholder named, may have changed. What is watched follows each new read
 * (`update`).
 */
import { type FSWatcher, watch } from 'node:fs';
import path from 'node:path';
import type { WatchTarget } from './reader.ts';

export interface DirectoryWatch {
  update(targets: readonly WatchTarget[]): void;
  close(): void;
}

export function watchDirectories(onChange: () => void, debounceMs: number): DirectoryWatch {
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  /** Placeholder targets: files that matter whatever their name. */
  let namedFiles = new Set<string>();

  const changed = (dir: string, filename: string | null) => {
    if (closed) return;
    if (!mayBeCatalogFile(filename) && !namedFiles.has(path.join(dir, filename ?? ''))) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!closed) onChange();
    }, debounceMs);
  };

  return {
    update(targets) {
      if (closed) return;
      namedFiles = new Set(targets.flatMap((target) => target.files ?? []));
      const wanted = new Map<string, WatchTarget>();
      for (const target of withoutCovered(targets)) wanted.set(key(target), target);

      for (const [k, watcher] of watchers) {
        if (!wanted.has(k)) {
          watcher.close();
          watchers.delete(k);
        }
      }
      for (const [k, target] of wanted) {
        if (watchers.has(k)) continue;
        try {
          const watcher = watch(
            target.dir,
            { recursive: target.recursive, persistent: false },
            (_event, name) => changed(target.dir, name),
          );
          watcher.on('error', () => {
            // The directory went away; the next read decides whether it is still wanted.
            watcher.close();
            watchers.delete(k);
            changed(target.dir, null);
          });
          watchers.set(k, watcher);
        } catch {
          // Missing directory (or no watch support): nothing to watch until a read names it again.
        }
      }
    },
    close() {
      closed = true;
      clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

const key = (target: WatchTarget) => `${target.recursive ? 'r' : 'd'}:${target.dir}`;

/** Drops directories already covered by a recursive watch on an ancestor (or on themselves). */
function withoutCovered(targets: readonly WatchTarget[]): WatchTarget[] {
  const recursive = targets.filter((t) => t.recursive).map((t) => t.dir);
  return targets.filter((target) => {
    const coveredBy = recursive.filter((dir) => dir !== target.dir || !target.recursive);
    return !coveredBy.some((dir) => target.dir === dir || target.dir.startsWith(dir + path.sep));
  });
}

/** YAML files, and names without an extension (directories appearing or going away). */
function mayBeCatalogFile(filename: string | null): boolean {
  if (filename === null) return true;
  const base = path.basename(filename);
  return /\.ya?ml$/i.test(base) || !base.includes('.');
}
