import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RuntimeFailure } from '../failure.ts';
import { commitAll, copyHelloWeb, gitIn, initRepo, tempDir } from '../testing/fixtures.ts';
import { ArtifactBuilder, slug } from './builder.ts';

describe('building artifacts', () => {
  let temp: Awaited<ReturnType<typeof tempDir>>;
  let builder: ArtifactBuilder;
  beforeEach(async () => {
    temp = await tempDir();
    builder = new ArtifactBuilder({
      runtimeDir: path.join(temp.dir, 'runtime'),
      buildTimeoutMs: () => 10_000,
    });
  });
  afterEach(() => temp.remove());

  it('ships a directory that is not in git as a content-addressed snapshot, built once', async () => {
    const { appDir, component } = await copyHelloWeb(path.join(temp.dir, 'src'));
    const first = await builder.build({ component });
    expect(first.artifact).toMatchObject({ kind: 'snapshot', ref: null });
    expect(first.artifact.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(first.appDir.startsWith(path.join(temp.dir, 'runtime/builds', slug(component.ref)))).toBe(true);
    expect(await readFile(path.join(first.appDir, 'server.js'), 'utf8')).toContain('hello-web');
    expect(first.manifest.run).toBe('node server.js');

    const again = await builder.build({ component });
    expect(again.artifact.id).toBe(first.artifact.id);

    await writeFile(path.join(appDir, 'server.js'), '// changed\n', { flag: 'a' });
    const changed = await builder.build({ component });
    expect(changed.artifact.id).not.toBe(first.artifact.id);
    expect(existsSync(first.appDir)).toBe(true);
  });

  it('builds a commit of a git repository, and only the component’s directory of it', async () => {
    const repo = path.join(temp.dir, 'repo');
    const { appDir, component } = await copyHelloWeb(repo, 'apps/hello-web');
    await writeFile(path.join(repo, 'README.md'), 'monorepo\n');
    await writeFile(
      path.join(appDir, 'pave.yaml'),
      'run: node server.js\nbuild: echo built > built.txt; echo building\n',
    );
    const v1 = initRepo(repo);
    await writeFile(path.join(appDir, 'server.js'), '// v2\n', { flag: 'a' });
    const v2 = commitAll(repo, 'v2');
    gitIn(repo, 'tag', 'first', v1);

    const lines: string[] = [];
    const head = await builder.build({ component, onLine: (_s, line) => lines.push(line) });
    expect(head.artifact).toMatchObject({ kind: 'commit', id: v2, ref: null });
    expect(lines).toEqual(['$ echo built > built.txt; echo building', 'building']);
    expect(await readFile(path.join(head.appDir, 'built.txt'), 'utf8')).toBe('built\n');
    expect(existsSync(path.join(head.appDir, 'README.md'))).toBe(false);

    const tagged = await builder.build({ component, ref: 'first' });
    expect(tagged.artifact).toMatchObject({
      kind: 'commit',
      id: v1,
      ref: 'first',
      description: `commit ${v1.slice(0, 7)} (first)`,
    });
    expect(await readFile(path.join(tagged.appDir, 'server.js'), 'utf8')).not.toContain('// v2');

    // Uncommitted changes are not part of a commit artifact, and a deploy of HEAD says so.
    await writeFile(path.join(appDir, 'server.js'), '// dirty\n', { flag: 'a' });
    const reused = await builder.build({ component, artifact: tagged.artifact });
    expect(reused.appDir).toBe(tagged.appDir);
    const notes: string[] = [];
    const again = await builder.build({ component, onLine: (_s, line) => notes.push(line) });
    expect(again.artifact.id).toBe(v2);
    expect(notes).toEqual([
      `note: uncommitted changes in ${appDir} are not part of commit ${v2.slice(0, 7)}`,
    ]);
  });

  it('fails a build with the command and its exit code, and leaves nothing half-built', async () => {
    const repo = path.join(temp.dir, 'repo');
    const { appDir, component } = await copyHelloWeb(repo);
    await writeFile(path.join(appDir, 'pave.yaml'), 'run: node server.js\nbuild: echo compiling; exit 2\n');
    initRepo(repo);
    const failure = await builder.build({ component }).catch((error) => error);
    expect(failure).toBeInstanceOf(RuntimeFailure);
    expect(failure).toMatchObject({
      code: 'BUILD_FAILED',
      message: 'The build "echo compiling; exit 2" exited with code 2.',
    });
    const componentDir = path.join(temp.dir, 'runtime/builds', slug(component.ref));
    const { readdir } = await import('node:fs/promises');
    expect(await readdir(componentDir)).toEqual([]);
  });

  it('refuses refs it cannot ship', async () => {
    const repo = path.join(temp.dir, 'repo');
    const { component } = await copyHelloWeb(repo);
    await expect(builder.build({ component, ref: 'main' })).rejects.toMatchObject({ code: 'INVALID_REF' });
    initRepo(repo);
    await expect(builder.build({ component, ref: 'no-such-branch' })).rejects.toMatchObject({
      code: 'INVALID_REF',
      message: expect.stringContaining('"no-such-branch" is not a commit'),
    });
    await expect(builder.build({ component, ref: '--output=/tmp/x' })).rejects.toMatchObject({
      code: 'INVALID_REF',
    });
  });
});
