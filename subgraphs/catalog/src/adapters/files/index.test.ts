import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFilesBackend } from './index.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pave-catalog-watch-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const component = (name: string) =>
  `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\nspec:\n  type: service\n  lifecycle: production\n  owner: team-a\n`;

/** Resolves on the next onChange; `count()` tells how many fired in all. */
function changes() {
  let fired = 0;
  let wake: (() => void) | undefined;
  return {
    onChange: () => {
      fired++;
      wake?.();
    },
    next: () =>
      new Promise<void>((resolve, reject) => {
        wake = resolve;
        setTimeout(() => reject(new Error('no change reported within 5 s')), 5000).unref();
      }),
    count: () => fired,
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createFilesBackend', () => {
  it('reads relative to baseDir and reports its kind', async () => {
    await writeFile(path.join(dir, 'catalog-info.yaml'), component('a'));
    const backend = createFilesBackend({ kind: 'files', paths: ['catalog-info.yaml'] }, { baseDir: dir });
    expect(backend.kind).toBe('files');
    const snapshot = await backend.read();
    expect(snapshot.entities.map((e) => e.entity.metadata.name)).toEqual(['a']);
    expect(snapshot).not.toHaveProperty('watchTargets');
  });

  it('has no watch when watching is off', () => {
    const backend = createFilesBackend({ kind: 'files', paths: ['.'], watch: false }, { baseDir: dir });
    expect(backend.watch).toBeUndefined();
  });

  it('calls onChange once, debounced, when a file changes, and stops when asked', async () => {
    await mkdir(path.join(dir, 'cat'));
    await writeFile(path.join(dir, 'cat', 'a.yaml'), component('a'));
    const backend = createFilesBackend({ kind: 'files', paths: ['cat'] }, { baseDir: dir, debounceMs: 100 });
    await backend.read();
    const seen = changes();
    const stop = backend.watch?.(seen.onChange);
    expect(stop).toBeTypeOf('function');

    const changed = seen.next();
    await writeFile(path.join(dir, 'cat', 'a.yaml'), component('a2'));
    await writeFile(path.join(dir, 'cat', 'a.yaml'), component('a3'));
    await changed;
    await pause(300);
    expect(seen.count()).toBe(1);

    const added = seen.next();
    await mkdir(path.join(dir, 'cat', 'sub'));
    await writeFile(path.join(dir, 'cat', 'sub', 'b.yaml'), component('b'));
    await added;
    expect((await backend.read()).entities.map((e) => e.entity.metadata.name)).toEqual(['a3', 'b']);

    stop?.();
    const before = seen.count();
    await writeFile(path.join(dir, 'cat', 'a.yaml'), component('a4'));
    await pause(300);
    expect(seen.count()).toBe(before);
  });

  it('watches Location targets outside the configured paths, and targets that appear later', async () => {
    await mkdir(path.join(dir, 'root'));
    await mkdir(path.join(dir, 'other'));
    await writeFile(
      path.join(dir, 'root', 'all.yaml'),
      'apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: root\nspec:\n  targets: [../other/x.yaml, ../other/later.yaml]\n',
    );
    await writeFile(path.join(dir, 'other', 'x.yaml'), component('x'));
    const backend = createFilesBackend(
      { kind: 'files', paths: ['root/all.yaml'] },
      { baseDir: dir, debounceMs: 50 },
    );
    expect((await backend.read()).problems).toHaveLength(1);

    const seen = changes();
    // Watching before any read of its own: it finds what to watch by itself.
    const fresh = createFilesBackend(
      { kind: 'files', paths: ['root/all.yaml'] },
      { baseDir: dir, debounceMs: 50 },
    );
    const stopFresh = fresh.watch?.(seen.onChange);
    const stop = backend.watch?.(seen.onChange);
    await pause(100);

    const appeared = seen.next();
    await writeFile(path.join(dir, 'other', 'later.yaml'), component('later'));
    await appeared;
    const snapshot = await backend.read();
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.entities.map((e) => e.entity.metadata.name)).toEqual(['root', 'x', 'later']);
    stop?.();
    stopFresh?.();
  });

  it('notices a change to a file a placeholder names, whatever its name, and one that appears', async () => {
    await mkdir(path.join(dir, 'cat'));
    await mkdir(path.join(dir, 'specs'));
    await writeFile(
      path.join(dir, 'cat', 'api.yaml'),
      'apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata:\n  name: orders\nspec:\n  type: graphql\n  lifecycle: production\n  owner: team-a\n  definition: { $text: ../specs/orders.graphql }\n',
    );
    const backend = createFilesBackend({ kind: 'files', paths: ['cat'] }, { baseDir: dir, debounceMs: 50 });
    expect((await backend.read()).problems).toHaveLength(1);
    const seen = changes();
    const stop = backend.watch?.(seen.onChange);
    await pause(100);

    const appeared = seen.next();
    await writeFile(path.join(dir, 'specs', 'orders.graphql'), 'type Query { a: Int }\n');
    await appeared;
    const definition = async () => (await backend.read()).entities[0]?.entity.spec?.definition;
    expect(await definition()).toBe('type Query { a: Int }\n');

    const changed = seen.next();
    await writeFile(path.join(dir, 'specs', 'orders.graphql'), 'type Query { b: Int }\n');
    await changed;
    expect(await definition()).toBe('type Query { b: Int }\n');
    stop?.();
  });

  it('rejects invalid options', () => {
    expect(() => createFilesBackend({ kind: 'files', paths: [] }, { baseDir: dir })).toThrow();
  });
});
