import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from './migrate.ts';
import { openStore } from './open.ts';

describe('openStore with a data directory (PGlite on disk)', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('keeps data and migration records across reopening', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'pave-store-')), 'nested', 'pave');
    dirs.push(dataDir);
    const migrations = [{ id: '0001', sql: 'create table notes (body jsonb)' }];

    const first = await openStore({ dataDir });
    expect(first.kind).toBe('pglite');
    expect(await migrate(first, 'notes', migrations)).toEqual(['0001']);
    await first.query('insert into notes values ($1)', [{ text: 'kept' }]);
    await first.close();
    expect(existsSync(join(dataDir, 'db'))).toBe(true);

    const second = await openStore({ dataDir });
    try {
      expect(await migrate(second, 'notes', migrations)).toEqual([]);
      expect((await second.query('select body from notes')).rows).toEqual([{ body: { text: 'kept' } }]);
    } finally {
      await second.close();
    }
  });
});
