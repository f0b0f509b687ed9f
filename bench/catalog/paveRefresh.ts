/**
 * Child process: how long a refresh of the already-ingested catalog takes — reading every file
 * again, comparing, writing only what changed — with nothing changed, then with one file of 500
 * entities changed. Runs on the store the server used, after it stopped.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openStore } from '@pave/subgraph-kit';
import { createFilesBackend } from '../../subgraphs/catalog/src/adapters/files/index.ts';
import { ingestSnapshot } from '../../subgraphs/catalog/src/store/ingest.ts';
import { childInput, reportReady } from './child.ts';

export interface RefreshInput {
  workDir: string;
  catalogDir: string;
  databaseUrl?: string;
}

const input = childInput<RefreshInput>();
const store = await openStore({ databaseUrl: input.databaseUrl, dataDir: join(input.workDir, '.pave') });
const backend = createFilesBackend(
  { kind: 'files', paths: [input.catalogDir], watch: false },
  { baseDir: input.workDir },
);

async function timedRefresh() {
  const started = performance.now();
  const snapshot = await backend.read();
  const read = performance.now();
  const change = await ingestSnapshot(store, snapshot);
  return {
    readMs: Math.round(read - started),
    ingestMs: Math.round(performance.now() - read),
    changed: change.added.length + change.changed.length + change.removed.length,
  };
}

const unchanged = await timedRefresh();
const componentFiles = (await readdir(join(input.catalogDir, 'component'))).sort();
const file = join(input.catalogDir, 'component', componentFiles[Math.floor(componentFiles.length / 2)] ?? '');
const original = await readFile(file, 'utf8');
await writeFile(file, original.replaceAll('"description": "Handles', '"description": "Now handles'));
let changed: Awaited<ReturnType<typeof timedRefresh>>;
try {
  changed = await timedRefresh();
} finally {
  await writeFile(file, original);
}
await timedRefresh(); // back as it was, for the next run
reportReady({ unchanged, changed }, () => store.close());
