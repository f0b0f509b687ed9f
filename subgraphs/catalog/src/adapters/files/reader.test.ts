import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entityRef } from '../../model/entity.ts';
import { fileLocation, readCatalogFiles } from './reader.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pave-catalog-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(file: string, text: string): Promise<string> {
  const full = path.join(dir, file);
  await mkdir(path.dirname(full), { recursive: true });
  await writeFile(full, text);
  return full;
}

const component = (name: string, extra = '') => `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ${name}
spec:
  type: service
  lifecycle: production
  owner: team-a
${extra}`;

const location = (name: string, targets: string[], extra = '') => `apiVersion: backstage.io/v1alpha1
kind: Location
metadata:
  name: ${name}
spec:
  targets: [${targets.map((t) => JSON.stringify(t)).join(', ')}]
${extra}`;

const refs = (result: { entities: Array<{ entity: Parameters<typeof entityRef>[0] }> }) =>
  result.entities.map(({ entity }) => entityRef(entity));

describe('readCatalogFiles', () => {
  it('reads several documents per file, skipping empty ones', async () => {
    const file = await write('catalog-info.yaml', `---\n${component('a')}---\n${component('b')}---\n`);
    const result = await readCatalogFiles(['catalog-info.yaml'], dir);
    expect(refs(result)).toEqual(['component:default/a', 'component:default/b']);
    expect(result.entities[0]?.location).toBe(fileLocation(file));
    expect(result.problems).toEqual([]);
  });

  it('follows Location targets relative to the file they are in, and keeps the Location', async () => {
    await write('root/all.yaml', location('root', ['./teams/a.yaml', '../elsewhere/b.yaml']));
    await write('root/teams/a.yaml', component('a'));
    await write('elsewhere/b.yaml', `${location('nested', ['./more/*.yaml'])}---\n${component('b')}`);
    await write('elsewhere/more/c.yaml', component('c'));
    await write('elsewhere/more/d.yml', component('d'));
    await write('elsewhere/more/README.md', '# not YAML');

    const result = await readCatalogFiles(['root/all.yaml'], dir);
    expect(refs(result)).toEqual([
      'location:default/root',
      'component:default/a',
      'location:default/nested',
      'component:default/c',
      'component:default/b',
    ]);
    expect(result.problems).toEqual([]);
  });

  it('stops at cycles between Locations', async () => {
    await write('a.yaml', location('a', ['./b.yaml']));
    await write('b.yaml', `${location('b', ['./a.yaml', './b.yaml'])}---\n${component('x')}`);
    const result = await readCatalogFiles(['a.yaml', 'b.yaml'], dir);
    expect(refs(result)).toEqual(['location:default/a', 'location:default/b', 'component:default/x']);
    expect(result.problems).toEqual([]);
  });

  it('walks directories recursively for .yaml and .yml, skipping node_modules and dot folders', async () => {
    await write('cat/one.yaml', component('one'));
    await write('cat/sub/two.yml', component('two'));
    await write('cat/sub/notes.txt', 'nothing');
    await write('cat/node_modules/pkg/catalog-info.yaml', component('vendored'));
    await write('cat/.git/x.yaml', component('hidden'));
    const result = await readCatalogFiles(['cat'], dir);
    expect(refs(result).sort()).toEqual(['component:default/one', 'component:default/two']);
  });

  it('expands globs in the configured paths', async () => {
    await write('services/a/catalog-info.yaml', component('a'));
    await write('services/b/catalog-info.yaml', component('b'));
    await write('services/b/other.yaml', component('other'));
    const result = await readCatalogFiles(['services/*/catalog-info.yaml'], dir);
    expect(refs(result)).toEqual(['component:default/a', 'component:default/b']);
    const none = await readCatalogFiles(['nothing/*.yaml'], dir);
    expect(none.problems).toEqual([
      expect.objectContaining({ reason: expect.stringMatching(/no YAML file matches/) }),
    ]);
  });

  it('reports bad YAML with its file and line while the good entities load', async () => {
    const bad = await write(
      'bad.yaml',
      `${component('fine-in-bad-file')}---\nkind: Component\nmetadata: [\n  name: x\n`,
    );
    await write('good.yaml', component('good'));
    const result = await readCatalogFiles(['bad.yaml', 'good.yaml'], dir);
    expect(refs(result)).toEqual(['component:default/fine-in-bad-file', 'component:default/good']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.location).toBe(fileLocation(bad));
    expect(result.problems[0]?.reason).toMatch(/^invalid YAML at line \d+, column \d+: /);
  });

  it('reports an entity without metadata.name, and invalid entities, naming what it can', async () => {
    const file = await write(
      'c.yaml',
      `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  title: No name\nspec: {}\n---\n${component(
        'Bad Name',
      )}---\n${component('ok')}---\njust a string\n`,
    );
    const result = await readCatalogFiles(['c.yaml'], dir);
    expect(refs(result)).toEqual(['component:default/ok']);
    expect(result.problems).toEqual([
      {
        location: fileLocation(file),
        reason: expect.stringMatching(/^invalid entity \(document at line 1\): metadata\.name is missing/),
      },
      {
        location: fileLocation(file),
        reason: expect.stringMatching(/^invalid entity \(document at line 7\): metadata\.name must be/),
        entityRef: 'component:default/bad name',
      },
      {
        location: fileLocation(file),
        reason: expect.stringMatching(
          /^invalid entity \(document at line \d+\): an entity must be a mapping/,
        ),
      },
    ]);
  });

  it('reports a missing Location target against the Location, unless it is optional', async () => {
    const root = await write(
      'all.yaml',
      `${location('root', ['./missing.yaml', './here.yaml'])}---\n${location('opt', ['./maybe.yaml'], '  presence: optional')}`,
    );
    await write('here.yaml', component('here'));
    const result = await readCatalogFiles(['all.yaml'], dir);
    expect(refs(result)).toContain('component:default/here');
    expect(result.problems).toEqual([
      {
        location: fileLocation(root),
        reason: `target "./missing.yaml" of location:default/root: ${path.join(dir, 'missing.yaml')} does not exist`,
        entityRef: 'location:default/root',
      },
    ]);
  });

  it('reports a missing configured path and skips URL targets', async () => {
    await write('all.yaml', location('root', ['https://github.com/acme/x/blob/main/catalog-info.yaml']));
    const result = await readCatalogFiles(['nope.yaml', 'all.yaml'], dir);
    expect(result.problems.map((p) => p.reason)).toEqual([
      expect.stringMatching(/paths\[0\] "nope\.yaml": .*nope\.yaml does not exist/),
      expect.stringMatching(/reads local files only/),
    ]);
  });

  it('is complete when everything named could be read, and a removed Location target is removed', async () => {
    await write('all.yaml', location('root', ['./gone.yaml']));
    const result = await readCatalogFiles(['all.yaml'], dir);
    expect(result.problems).toHaveLength(1);
    expect(result.complete).toBe(true);
  });

  it('is incomplete when a configured path is missing or cannot be read, so nothing is removed', async () => {
    await write('cat/a.yaml', component('a'));
    await symlink(path.join(dir, 'loop'), path.join(dir, 'loop'));
    const missing = await readCatalogFiles(['cat', 'mounted/catalog'], dir);
    expect(refs(missing)).toEqual(['component:default/a']);
    expect(missing.complete).toBe(false);
    expect(missing.problems[0]?.reason).toMatch(
      /paths\[1\] "mounted\/catalog": .* does not exist; nothing is removed from the catalog until it can be read$/,
    );

    const unreadable = await readCatalogFiles(['cat', 'loop', 'cat/a.yaml/x.yaml'], dir);
    expect(refs(unreadable)).toEqual(['component:default/a']);
    expect(unreadable.complete).toBe(false);
    expect(unreadable.problems.map((p) => p.reason)).toEqual([
      expect.stringMatching(/paths\[1\] "loop": .*loop cannot be read \(ELOOP\)/),
      expect.stringMatching(/paths\[2\] "cat\/a\.yaml\/x\.yaml": .* cannot be read \(ENOTDIR\)/),
    ]);
  });

  it('is incomplete when a Location target cannot be read for another reason than being gone', async () => {
    await write('all.yaml', location('root', ['./here.yaml', './here.yaml/below.yaml']));
    await write('here.yaml', component('here'));
    const result = await readCatalogFiles(['all.yaml'], dir);
    expect(refs(result)).toEqual(['location:default/root', 'component:default/here']);
    expect(result.complete).toBe(false);
  });

  it('resolves $text, $json and $yaml placeholders relative to the file that holds them', async () => {
    const api = `apiVersion: backstage.io/v1alpha1
kind: API
metadata:
  name: orders
  annotations:
    x: { $text: ../shared/VERSION }
spec:
  type: openapi
  lifecycle: production
  owner: team-a
  definition:
    $text: ./openapi.yaml
  schema: { $json: "file:./schema.json" }
  config: { $yaml: ../shared/config.yaml }
`;
    await write('apis/orders/catalog-info.yaml', api);
    await write('apis/orders/openapi.yaml', 'openapi: 3.0.0\n');
    await write('apis/orders/schema.json', '{"type": "object"}');
    await write('apis/shared/VERSION', '1.2.3');
    await write('apis/shared/config.yaml', 'replicas: 2\n');
    const result = await readCatalogFiles(['apis/orders/catalog-info.yaml'], dir);
    expect(result.problems).toEqual([]);
    expect(result.entities[0]?.entity).toMatchObject({
      metadata: { annotations: { x: '1.2.3' } },
      spec: { definition: 'openapi: 3.0.0\n', schema: { type: 'object' }, config: { replicas: 2 } },
    });
  });

  it('reports a placeholder it cannot resolve against the file and the entity, which still loads', async () => {
    const api = (name: string, definition: string) => `apiVersion: backstage.io/v1alpha1
kind: API
metadata:
  name: ${name}
spec:
  type: openapi
  lifecycle: production
  owner: team-a
  definition: ${definition}
`;
    const file = await write(
      'catalog/apis.yaml',
      [
        api('missing', '{ $text: ./missing.yaml }'),
        api('bad-json', '{ $json: ./bad.json }'),
        api('outside', '{ $text: /etc/hostname }'),
        api('url', '{ $text: "https://example.com/openapi.yaml" }'),
        api('linked', '{ $text: ./hostname }'),
      ].join('---\n'),
    );
    await write('catalog/bad.json', '{ nope');
    const elsewhere = await mkdtemp(path.join(tmpdir(), 'pave-catalog-elsewhere-'));
    await writeFile(path.join(elsewhere, 'secret.txt'), 'not for the catalog');
    await symlink(path.join(elsewhere, 'secret.txt'), path.join(dir, 'catalog', 'hostname'));
    const result = await readCatalogFiles(['catalog/apis.yaml'], dir);
    await rm(elsewhere, { recursive: true, force: true });
    expect(refs(result)).toEqual([
      'api:default/missing',
      'api:default/bad-json',
      'api:default/outside',
      'api:default/url',
      'api:default/linked',
    ]);
    expect(result.entities[0]?.entity.spec?.definition).toEqual({ $text: './missing.yaml' });
    expect(result.complete).toBe(true);
    const problem = (name: string, reason: string | RegExp) => ({
      location: fileLocation(file),
      entityRef: `api:default/${name}`,
      reason: typeof reason === 'string' ? reason : expect.stringMatching(reason),
      keepStored: true,
    });
    expect(result.problems).toEqual([
      problem(
        'missing',
        `placeholder $text "./missing.yaml" at spec.definition: ${path.join(dir, 'catalog/missing.yaml')} does not exist (document at line 1)`,
      ),
      problem(
        'bad-json',
        /^placeholder \$json "\.\/bad\.json" at spec\.definition: not valid JSON: .* \(document at line 11\)$/,
      ),
      problem(
        'outside',
        /^placeholder \$text "\/etc\/hostname" at spec\.definition: \/etc\/hostname is outside the catalog's directories/,
      ),
      problem(
        'url',
        /^placeholder \$text "https:\/\/example\.com\/openapi\.yaml" at spec\.definition: the files adapter reads local files only, not URLs/,
      ),
      problem(
        'linked',
        /^placeholder \$text "\.\/hostname" at spec\.definition: .*\/catalog\/hostname is outside the catalog's directories/,
      ),
    ]);
  });

  it('keeps the first of two entities with the same ref and reports the second', async () => {
    const first = await write('one.yaml', component('same'));
    const second = await write('two.yaml', component('Same'));
    const result = await readCatalogFiles(['one.yaml', 'two.yaml'], dir);
    expect(result.entities.map((e) => e.location)).toEqual([fileLocation(first)]);
    expect(result.problems).toEqual([
      {
        location: fileLocation(second),
        reason: `duplicate entity: component:default/same is already defined in ${fileLocation(first)}`,
        entityRef: 'component:default/same',
      },
    ]);
  });

  it('reads a file reached twice (e.g. through a symlink) once', async () => {
    const real = await write('real/a.yaml', component('a'));
    await mkdir(path.join(dir, 'link'));
    await symlink(real, path.join(dir, 'link', 'a.yaml'));
    const result = await readCatalogFiles(['real', 'link'], dir);
    expect(refs(result)).toEqual(['component:default/a']);
    expect(result.problems).toEqual([]);
  });

  it('names the directories to watch', async () => {
    await write(
      'root/all.yaml',
      location('root', ['../other/x.yaml', './gone/y.yaml'], '  presence: optional'),
    );
    await write('other/x.yaml', component('x'));
    const { watchTargets } = await readCatalogFiles(['root/all.yaml', 'dir'], dir);
    expect(watchTargets).toEqual(
      expect.arrayContaining([
        { dir: path.join(dir, 'root'), recursive: false },
        { dir: path.join(dir, 'other'), recursive: false },
        { dir: path.join(dir, 'root', 'gone'), recursive: false },
        { dir, recursive: false },
      ]),
    );
  });
});
