import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPersistedDocuments } from './persistedDocuments.ts';

async function manifests(contents: Record<string, string>) {
  const dir = await mkdtemp(path.join(tmpdir(), 'pave-manifests-'));
  return Promise.all(
    Object.entries(contents).map(async ([name, text]) => {
      const file = path.join(dir, name);
      await writeFile(file, text);
      return file;
    }),
  );
}

describe('loadPersistedDocuments', () => {
  it('serves the documents of every client’s manifest', async () => {
    const files = await manifests({
      'cli.json': JSON.stringify({ 'sha256:a': 'query A { a }', 'sha256:shared': 'query S { s }' }),
      'plugin.json': JSON.stringify({ 'sha256:b': 'query B { b }', 'sha256:shared': 'query S { s }' }),
    });
    const store = await loadPersistedDocuments(files);
    expect(store.getPersistedOperation('sha256:a')).toBe('query A { a }');
    expect(store.getPersistedOperation('sha256:b')).toBe('query B { b }');
    expect(store.getPersistedOperation('sha256:shared')).toBe('query S { s }');
    expect(store.getPersistedOperation('sha256:unknown')).toBeNull();
  });

  it('refuses a hash two manifests map to different documents', async () => {
    const files = await manifests({
      'one.json': JSON.stringify({ 'sha256:x': 'query One { a }' }),
      'two.json': JSON.stringify({ 'sha256:x': 'query Two { b }' }),
    });
    await expect(loadPersistedDocuments(files)).rejects.toThrow(
      `The persisted-documents manifest ${files[1]} maps sha256:x to another document than an earlier manifest does.`,
    );
  });

  it('names the file that is missing or not a manifest', async () => {
    const [list, broken] = await manifests({ 'list.json': '["query { a }"]', 'broken.json': '{' });
    await expect(loadPersistedDocuments([list as string])).rejects.toThrow(
      `The persisted-documents manifest ${list} is not an object of "<hash>": "<document>" strings.`,
    );
    await expect(loadPersistedDocuments([broken as string])).rejects.toThrow(
      `Cannot read the persisted-documents manifest ${broken}:`,
    );
    await expect(loadPersistedDocuments(['/nonexistent/m.json'])).rejects.toThrow(
      'Cannot read the persisted-documents manifest /nonexistent/m.json: ENOENT',
    );
  });
});
