import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogSnapshot } from '../../port.ts';
import { createGitBackend } from './index.ts';
import { commit, component, git, initRepository } from './testRepo.ts';

let dir: string;
let work: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pave-catalog-git-'));
  work = path.join(dir, 'work');
  await initRepository(work);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const names = (snapshot: CatalogSnapshot) => snapshot.entities.map((e) => e.entity.metadata.name).sort();
const ctx = () => ({ baseDir: dir, dataDir: path.join(dir, 'data') });

/** A bare repository the work tree pushes to, read through a `file://` URL like any remote. */
function remote(): string {
  const bare = path.join(dir, 'remote.git');
  git(dir, 'init', '--quiet', '--bare', '--initial-branch', 'main', bare);
  git(work, 'remote', 'add', 'origin', bare);
  git(work, 'push', '--quiet', 'origin', 'main');
  return `file://${bare}`;
}

/** Resolves on the next onChange, or fails after `ms`. */
function nextChange(watch: NonNullable<ReturnType<typeof createGitBackend>['watch']>, ms = 5000) {
  let stop = () => {};
  const changed = new Promise<void>((resolve, reject) => {
    stop = watch(() => resolve());
    setTimeout(() => reject(new Error(`no change reported within ${ms} ms`)), ms).unref();
  });
  return changed.finally(() => stop());
}

describe('createGitBackend on a local repository', () => {
  it('reads catalog-info.yaml files of the branch commit, never the work tree', async () => {
    await commit(work, {
      'catalog-info.yaml': component('root'),
      'services/orders/catalog-info.yaml': component('orders'),
      'services/orders/other.yaml': component('not-matched'),
      '.github/catalog-info.yaml': component('hidden'),
    });
    await writeFile(path.join(work, 'catalog-info.yaml'), component('uncommitted'));
    const backend = createGitBackend({ kind: 'git', repository: 'work', watch: false }, ctx());
    expect(backend.kind).toBe('git');
    expect(backend.watch).toBeUndefined();

    const snapshot = await backend.read();
    expect(snapshot.problems).toEqual([]);
    expect(names(snapshot)).toEqual(['orders', 'root']);
    expect(snapshot.entities.map((e) => e.location).sort()).toEqual([
      `git:${work}@main:catalog-info.yaml`,
      `git:${work}@main:services/orders/catalog-info.yaml`,
    ]);
  });

  it('reads the configured branch and globs, and follows Location targets inside the commit', async () => {
    await commit(work, { 'catalog-info.yaml': component('on-main') });
    git(work, 'checkout', '--quiet', '-b', 'catalog');
    await commit(work, {
      'catalog/all.yaml':
        'apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: all\nspec:\n  targets: [./teams/*.yaml, ../shared.yml, https://example.com/x.yaml, ./missing.yaml]\n',
      'catalog/teams/a.yaml': component('team-a-service'),
      'shared.yml': `${component('shared')}---\n${component('shared-two')}`,
      'ignored.yaml': component('ignored'),
    });
    git(work, 'checkout', '--quiet', 'main');

    const backend = createGitBackend(
      { kind: 'git', repository: work, branch: 'catalog', paths: ['catalog/*.yaml'], watch: false },
      ctx(),
    );
    const snapshot = await backend.read();
    expect(names(snapshot)).toEqual(['all', 'shared', 'shared-two', 'team-a-service']);
    const at = `git:${work}@catalog:catalog/all.yaml`;
    expect(snapshot.problems).toEqual([
      {
        location: at,
        entityRef: 'location:default/all',
        reason:
          'target "https://example.com/x.yaml": the git adapter follows targets inside the repository only; skipped',
      },
      {
        location: at,
        entityRef: 'location:default/all',
        reason: 'target "./missing.yaml": catalog/missing.yaml does not exist in the repository',
      },
    ]);
  });

  it('reports broken YAML against the file, so the entities it held before are kept', async () => {
    await commit(work, { 'catalog-info.yaml': component('web'), 'b/catalog-info.yaml': component('api') });
    const backend = createGitBackend({ kind: 'git', repository: work, watch: false }, ctx());
    const before = await backend.read();
    const webLocation = before.entities.find((e) => e.entity.metadata.name === 'web')?.location;

    const broken = await commit(work, { 'catalog-info.yaml': 'kind: Component\nmetadata: [unclosed\n' });
    const after = await backend.read();
    expect(names(after)).toEqual(['api']);
    expect(after.complete).toBe(true);
    expect(after.problems).toHaveLength(1);
    expect(after.problems[0]?.location).toBe(webLocation);
    expect(after.problems[0]?.reason).toMatch(/^invalid YAML at line 3, column 1: /);
    expect(broken).toMatch(/^[0-9a-f]{40}$/);
  });

  it('resolves placeholders from the same commit, relative to the file, and reports those it cannot', async () => {
    const api = (name: string, definition: string) =>
      `apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata:\n  name: ${name}\nspec:\n  type: openapi\n  lifecycle: production\n  owner: team-a\n  definition: ${definition}\n`;
    await commit(work, {
      'apis/catalog-info.yaml': [
        api('orders', '{ $text: ./specs/orders.yaml }'),
        api('shared', '{ $text: ../shared.graphql }'),
        api('missing', '{ $text: ./nope.yaml }'),
        api('outside', '{ $text: ../../etc/passwd }'),
        api('remote', '{ $text: "https://example.com/x.yaml" }'),
      ].join('---\n'),
      'apis/specs/orders.yaml': 'openapi: 3.0.0\n',
      'shared.graphql': 'type Query { a: Int }\n',
    });
    await writeFile(path.join(work, 'apis/specs/orders.yaml'), 'uncommitted\n');
    const backend = createGitBackend(
      { kind: 'git', repository: work, paths: ['apis/catalog-info.yaml'], watch: false },
      ctx(),
    );
    const snapshot = await backend.read();
    expect(names(snapshot)).toEqual(['missing', 'orders', 'outside', 'remote', 'shared']);
    const definition = (name: string) =>
      snapshot.entities.find((e) => e.entity.metadata.name === name)?.entity.spec?.definition;
    expect(definition('orders')).toBe('openapi: 3.0.0\n');
    expect(definition('shared')).toBe('type Query { a: Int }\n');
    expect(definition('missing')).toEqual({ $text: './nope.yaml' });
    expect(snapshot.problems.map((p) => [p.entityRef, p.keepStored, p.reason])).toEqual([
      [
        'api:default/missing',
        true,
        expect.stringMatching(
          /placeholder \$text "\.\/nope\.yaml" at spec\.definition: apis\/nope\.yaml does not exist in the repository at commit [0-9a-f]{40} \(document at line 21\)$/,
        ),
      ],
      [
        'api:default/outside',
        true,
        expect.stringMatching(/\.\.\/\.\.\/etc\/passwd points outside the repository/),
      ],
      ['api:default/remote', true, expect.stringMatching(/reads files of the repository only, not URLs/)],
    ]);
    expect(snapshot.complete).toBe(true);
  });

  it('reports a missing branch, a repository that is not one, and globs matching nothing', async () => {
    await commit(work, { 'catalog-info.yaml': component('web') });
    const noBranch = await createGitBackend(
      { kind: 'git', repository: work, branch: 'nope', watch: false },
      ctx(),
    ).read();
    expect(noBranch).toEqual({
      entities: [],
      problems: [
        {
          location: `git:${work}@nope`,
          reason: `branch "nope" does not exist in ${work}; nothing is removed from the catalog until the repository can be read`,
        },
      ],
      complete: false,
    });

    const notRepo = await createGitBackend(
      { kind: 'git', repository: tmpdir(), branch: 'main', watch: false },
      ctx(),
    ).read();
    expect(notRepo.entities).toEqual([]);
    expect(notRepo.problems[0]?.location).toBe(`git:${tmpdir()}@main`);

    const nothing = await createGitBackend(
      { kind: 'git', repository: work, paths: ['x/**/*.yaml'], watch: false },
      ctx(),
    ).read();
    expect(nothing.problems).toEqual([
      {
        location: `git:${work}@main`,
        reason: expect.stringMatching(
          /^no file matches x\/\*\*\/\*\.yaml at commit [0-9a-f]{40}; nothing is removed from the catalog/,
        ),
      },
    ]);
    expect(nothing.complete).toBe(false);
  });
});

describe('createGitBackend on a repository URL', () => {
  it('mirrors it under the data directory and notices new commits by polling', async () => {
    await commit(work, { 'catalog-info.yaml': component('web') });
    const url = remote();
    const backend = createGitBackend({ kind: 'git', repository: url, pollIntervalMs: 100 }, ctx());
    const first = await backend.read();
    expect(first.problems).toEqual([]);
    expect(first.entities.map((e) => e.location)).toEqual([`git:${url}@main:catalog-info.yaml`]);
    const mirrors = await readdir(path.join(dir, 'data', 'catalog', 'git'));
    expect(mirrors).toHaveLength(1);
    expect(
      git(path.join(dir, 'data', 'catalog', 'git', mirrors[0] ?? ''), 'rev-parse', '--is-bare-repository'),
    ).toBe('true');

    const watch = backend.watch;
    if (!watch) throw new Error('the git backend watches by default');
    const changed = nextChange(watch);
    await commit(work, { 'api/catalog-info.yaml': component('api') });
    git(work, 'push', '--quiet', 'origin', 'main');
    await changed;
    expect(names(await backend.read())).toEqual(['api', 'web']);
  });

  it('keeps reading the last fetched commit when the remote goes away, and says so', async () => {
    await commit(work, { 'catalog-info.yaml': component('web') });
    const url = remote();
    const backend = createGitBackend({ kind: 'git', repository: url, watch: false }, ctx());
    await backend.read();
    await rm(path.join(dir, 'remote.git'), { recursive: true });

    const snapshot = await backend.read();
    expect(names(snapshot)).toEqual(['web']);
    expect(snapshot.complete).toBe(false);
    expect(snapshot.problems).toEqual([
      {
        location: `git:${url}@main`,
        reason: expect.stringMatching(
          /^git fetch failed: .*; read commit [0-9a-f]{40}, the last one fetched; nothing is removed from the catalog until the repository can be read$/,
        ),
      },
    ]);
  });

  it('gives an incomplete snapshot when nothing can be read, never naming a credential', async () => {
    await commit(work, { 'catalog-info.yaml': component('web') });
    const url = remote();
    const backend = createGitBackend({ kind: 'git', repository: url, watch: false }, ctx());
    await backend.read();
    await rm(path.join(dir, 'data'), { recursive: true });
    await rm(path.join(dir, 'remote.git'), { recursive: true });
    const snapshot = await backend.read();
    expect(snapshot).toEqual({
      entities: [],
      problems: [{ location: `git:${url}@main`, reason: expect.stringMatching(/^git fetch failed: /) }],
      complete: false,
    });

    const secret = 'hunter2-s3cret';
    const withToken = createGitBackend(
      {
        kind: 'git',
        repository: `http://pave:${secret}@127.0.0.1:9/acme/catalog.git`,
        watch: false,
        timeoutMs: 5000,
      },
      ctx(),
    );
    const failed = await withToken.read();
    expect(failed.entities).toEqual([]);
    expect(failed.complete).toBe(false);
    expect(failed.problems[0]?.location).toBe('git:http://127.0.0.1:9/acme/catalog.git');
    expect(JSON.stringify(failed)).not.toContain(secret);
  });
});
