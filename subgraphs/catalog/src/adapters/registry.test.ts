import path from 'node:path';
import { ConfigError } from '@pave/subgraph-kit';
import { describe, expect, it } from 'vitest';
import { catalogAdapterKinds, loadCatalogBackend } from './registry.ts';

const baseDir = path.resolve(import.meta.dirname, '../../../..');

describe('loadCatalogBackend', () => {
  it('loads the files adapter with its defaults', async () => {
    const backend = await loadCatalogBackend(
      { kind: 'files', paths: ['examples/catalog/all.yaml'] },
      { baseDir },
    );
    expect(backend.kind).toBe('files');
    expect(backend.watch).toBeTypeOf('function');
    const snapshot = await backend.read();
    expect(snapshot.entities.length).toBeGreaterThan(10);
  });

  it('reads catalog-info.yaml in the base directory when no paths are given', async () => {
    const backend = await loadCatalogBackend(
      { kind: 'files' },
      { baseDir: path.join(baseDir, 'examples/hello-web') },
    );
    const snapshot = await backend.read();
    expect(snapshot.entities.map((e) => e.entity.metadata.name)).toEqual(['hello-web']);
  });

  it('names the known kinds for an unknown one', async () => {
    expect(catalogAdapterKinds).toContain('files');
    await expect(loadCatalogBackend({ kind: 'gitlab' }, { baseDir })).rejects.toThrow(
      `subgraphs.catalog.adapter.kind: got "gitlab", expected one of ${catalogAdapterKinds.join(', ')}`,
    );
    await expect(loadCatalogBackend({} as { kind: string }, { baseDir })).rejects.toThrow(
      `subgraphs.catalog.adapter.kind: missing, expected one of ${catalogAdapterKinds.join(', ')}`,
    );
  });

  it('says which option is wrong, and in which file', async () => {
    const fails = (config: Record<string, unknown>) =>
      loadCatalogBackend(
        { kind: 'files', ...config },
        { baseDir, file: path.join(process.cwd(), 'pave.yaml') },
      );
    await expect(fails({ paths: [] })).rejects.toThrow(ConfigError);
    await expect(fails({ paths: [] })).rejects.toThrow(
      'pave.yaml: subgraphs.catalog.adapter.paths: got an empty list, expected at least one file, directory or glob',
    );
    await expect(fails({ paths: 'a.yaml' })).rejects.toThrow(
      'subgraphs.catalog.adapter.paths: got "a.yaml", expected a list of files, directories or globs',
    );
    await expect(fails({ paths: ['a', 3] })).rejects.toThrow(
      'subgraphs.catalog.adapter.paths[1]: got 3, expected a path',
    );
    await expect(fails({ watch: 'yes' })).rejects.toThrow(
      'subgraphs.catalog.adapter.watch: got "yes", expected true or false',
    );
    await expect(fails({ path: 'b' })).rejects.toThrow(
      'subgraphs.catalog.adapter.path: unknown key, expected one of kind, paths, watch',
    );
  });
});
