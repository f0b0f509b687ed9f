import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachStore } from '../testing/database.ts';
import { migrate } from './migrate.ts';
import type { Migration } from './types.ts';

/** A scope and table names of its own per test, as tests share one store. */
function fixture() {
  const scope = `scope_${randomBytes(4).toString('hex')}`;
  const migrations: Migration[] = [
    // Listed out of order on purpose: migrate sorts by id.
    {
      id: '0002_add_label',
      sql: `alter table ${scope}_things add column label text; create index on ${scope}_things (label)`,
    },
    { id: '0001_create', sql: `create table ${scope}_things (id serial primary key)` },
  ];
  return { scope, migrations };
}

describeEachStore('migrate', (getStore) => {
  it('applies pending migrations in id order, each once', async () => {
    const { scope, migrations } = fixture();
    expect(await migrate(getStore(), scope, migrations)).toEqual(['0001_create', '0002_add_label']);
    expect(await migrate(getStore(), scope, migrations)).toEqual([]);
    await getStore().query(`insert into ${scope}_things (label) values ('works')`);
    const { rows } = await getStore().query('select id from pave_migrations where scope = $1 order by id', [
      scope,
    ]);
    expect(rows).toEqual([{ id: '0001_create' }, { id: '0002_add_label' }]);
  });

  it('applies only what was added since the last run', async () => {
    const { scope, migrations } = fixture();
    await migrate(getStore(), scope, migrations.slice(1));
    expect(await migrate(getStore(), scope, migrations)).toEqual(['0002_add_label']);
  });

  it('leaves nothing behind from a failing migration and reports which one failed', async () => {
    const { scope, migrations } = fixture();
    const broken = [
      ...migrations,
      { id: '0003_broken', sql: `create table ${scope}_other (id int); select nope` },
    ];
    await expect(migrate(getStore(), scope, broken)).rejects.toThrow(
      `Migration "0003_broken" of scope "${scope}"`,
    );
    const { rows } = await getStore().query('select id from pave_migrations where scope = $1 order by id', [
      scope,
    ]);
    expect(rows).toEqual([{ id: '0001_create' }, { id: '0002_add_label' }]);
    await expect(getStore().query(`select * from ${scope}_other`)).rejects.toThrow();
  });

  it('applies each migration once when several migrators start at once', async () => {
    const { scope, migrations } = fixture();
    // A slow first migration widens the window in which unlocked migrators would collide.
    const slow = [{ id: '0000_wait', sql: 'select pg_sleep(0.05)' }, ...migrations];
    const runs = await Promise.all([1, 2, 3].map(() => migrate(getStore(), scope, slow)));
    expect(runs.flat().sort()).toEqual(['0000_wait', '0001_create', '0002_add_label']);
  });

  it('refuses to run when the database knows a migration the code does not', async () => {
    const { scope, migrations } = fixture();
    await migrate(getStore(), scope, [...migrations, { id: '0003_newer', sql: 'select 1' }]);
    await expect(migrate(getStore(), scope, migrations)).rejects.toThrow(
      `the database records migration(s) "0003_newer" of scope "${scope}"`,
    );
  });

  it('keeps scopes apart and rejects duplicate ids', async () => {
    const first = fixture();
    const second = fixture();
    await migrate(getStore(), first.scope, first.migrations);
    expect(await migrate(getStore(), second.scope, second.migrations)).toHaveLength(2);
    const duplicate = [...first.migrations, { id: '0001_create', sql: 'select 1' }];
    await expect(migrate(getStore(), first.scope, duplicate)).rejects.toThrow(
      'Duplicate migration id "0001_create"',
    );
  });
});
