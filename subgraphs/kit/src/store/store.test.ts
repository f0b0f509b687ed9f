import { randomBytes } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { describeEachStore } from '../testing/database.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeEachStore('Store', (getStore) => {
  // One table per test file run: the Postgres schema is fresh, PGlite is in memory.
  beforeAll(async () => {
    await getStore().exec(`
      create table items (id serial primary key, name text not null, tags jsonb, created date);
      create table counters (name text primary key, value int not null);
    `);
  });

  it('runs queries with parameters', async () => {
    const store = getStore();
    await store.query('insert into items (name) values ($1), ($2)', ['a-one', 'a-two']);
    const { rows } = await store.query<{ name: string }>(
      'select name from items where name like $1 order by name',
      ['a-%'],
    );
    expect(rows.map((row) => row.name)).toEqual(['a-one', 'a-two']);
  });

  it('parses int8 and date the same way on both stores', async () => {
    const { rows } = await getStore().query(
      `select count(*) as n, 9007199254740993::int8 as big, '2024-02-29'::date as d from (values (1), (2)) v`,
    );
    expect(rows[0]).toEqual({ n: 2, big: 9007199254740993n, d: new Date('2024-02-29T00:00:00Z') });
  });

  it('round-trips JSONB', async () => {
    const tags = { owner: 'team-a', nested: { list: [1, 'two', null, true] }, unicode: 'Zürich ✓' };
    const { rows } = await getStore().query<{ tags: unknown; list: unknown }>(
      `insert into items (name, tags) values ('json', $1) returning tags, $2::jsonb as list`,
      [tags, JSON.stringify([1, 2])],
    );
    expect(rows[0]).toEqual({ tags, list: [1, 2] });
  });

  it('commits a transaction and returns its result', async () => {
    const store = getStore();
    const id = await store.transaction(async (tx) => {
      const { rows } = await tx.query<{ id: number }>(
        `insert into items (name) values ('committed') returning id`,
      );
      await tx.query(`update items set name = 'committed!' where id = $1`, [rows[0]?.id]);
      return rows[0]?.id;
    });
    const { rows } = await store.query('select name from items where id = $1', [id]);
    expect(rows).toEqual([{ name: 'committed!' }]);
  });

  it('rolls back everything when the work throws', async () => {
    const store = getStore();
    const failing = store.transaction(async (tx) => {
      await tx.query(`insert into items (name) values ('rolled-back')`);
      await tx.exec(
        `insert into items (name) values ('rolled-back'); insert into items (name) values ('rolled-back')`,
      );
      throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    const { rows } = await store.query(`select 1 from items where name = 'rolled-back'`);
    expect(rows).toEqual([]);
  });

  it('rolls back when a statement fails, even if the work swallowed the error', async () => {
    const store = getStore();
    const swallowing = store.transaction(async (tx) => {
      await tx.query(`insert into items (name) values ('aborted')`);
      await tx.query('insert into items (name) values (null)').catch(() => {});
    });
    await expect(swallowing).rejects.toThrow();
    expect((await store.query(`select 1 from items where name = 'aborted'`)).rows).toEqual([]);
  });

  it('keeps concurrent transactions apart', async () => {
    const store = getStore();
    const marker = randomBytes(4).toString('hex');
    const write = (name: string, fail: boolean) =>
      store.transaction(async (tx) => {
        for (let i = 0; i < 3; i++) {
          await tx.query('insert into items (name) values ($1)', [`${marker}-${name}`]);
          await sleep(5);
        }
        if (fail) throw new Error(`${name} failed`);
      });
    const results = await Promise.allSettled([write('ok', false), write('bad', true), write('ok2', false)]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const { rows } = await store.query<{ name: string; n: number }>(
      'select name, count(*) as n from items where name like $1 group by name order by name',
      [`${marker}-%`],
    );
    expect(rows).toEqual([
      { name: `${marker}-ok`, n: 3 },
      { name: `${marker}-ok2`, n: 3 },
    ]);
  });

  it('serialises read-modify-write transactions that lock their row', async () => {
    const store = getStore();
    await store.query(`insert into counters values ('hits', 0)`);
    const increment = () =>
      store.transaction(async (tx) => {
        const { rows } = await tx.query<{ value: number }>(
          `select value from counters where name = 'hits' for update`,
        );
        await sleep(2);
        await tx.query(`update counters set value = $1 where name = 'hits'`, [(rows[0]?.value ?? 0) + 1]);
      });
    await Promise.all(Array.from({ length: 8 }, increment));
    expect((await store.query(`select value from counters where name = 'hits'`)).rows).toEqual([
      { value: 8 },
    ]);
  });

  it('does not show uncommitted writes to queries running meanwhile', async () => {
    const store = getStore();
    let inserted!: () => void;
    const insertedSignal = new Promise<void>((resolve) => (inserted = resolve));
    const transaction = store.transaction(async (tx) => {
      await tx.query(`insert into items (name) values ('pending')`);
      inserted();
      await sleep(50);
    });
    await insertedSignal;
    const during = await store.query(`select count(*) as n from items where name = 'pending'`);
    await transaction;
    const after = await store.query(`select count(*) as n from items where name = 'pending'`);
    expect(after.rows).toEqual([{ n: 1 }]);
    // PGlite's one connection makes the query wait for the commit; Postgres reads the committed state.
    expect(during.rows).toEqual([{ n: store.kind === 'pglite' ? 1 : 0 }]);
  });

  it('refuses the store itself inside its own transaction, instead of deadlocking', async () => {
    const store = getStore();
    await expect(store.transaction(() => store.query('select 1'))).rejects.toThrow(
      /inside its own transaction/,
    );
    await expect(store.transaction(() => store.transaction(async () => 1))).rejects.toThrow(/nested/);
  });

  it('refuses a transaction handle used after the transaction ended', async () => {
    const store = getStore();
    const tx = await store.transaction(async (tx) => tx);
    await expect(tx.query('select 1')).rejects.toThrow(/closed/);
  });
});
