import { migrate } from '@pave/subgraph-kit';
import { describeEachStore } from '@pave/subgraph-kit/testing';
import { beforeAll, expect, it } from 'vitest';
import {
  claimForTeardown,
  dueForTeardown,
  environmentPages,
  insertEnvironment,
  nextExpiry,
  updateEnvironment,
} from './environments.ts';
import { environmentsMigrations } from './migrations.ts';
import { listTeardowns, recordTeardown } from './teardowns.ts';

const web = 'component:default/web';
const api = 'component:default/api';
const add = (
  componentRef: string,
  name: string,
  extra: { type?: 'preview' | 'development'; expiresAt?: Date } = {},
) => ({
  id: `${componentRef}/${name}`,
  componentRef,
  name,
  type: extra.type ?? 'development',
  protected: false,
  createdBy: 'user:default/test',
  expiresAt: extra.expiresAt,
});

describeEachStore('environments store', (getStore) => {
  beforeAll(async () => {
    await migrate(getStore(), 'environments', environmentsMigrations);
    for (const name of ['dev', 'qa', 'staging', 'uat']) await insertEnvironment(getStore(), add(web, name));
    await insertEnvironment(getStore(), add(api, 'dev'));
  });

  it('refuses a second environment with the same id', async () => {
    expect(await insertEnvironment(getStore(), add(web, 'dev'))).toBeUndefined();
  });

  it('counts the changes made to an environment in its version', async () => {
    const other = 'component:default/versioned';
    const created = await insertEnvironment(getStore(), add(other, 'dev'));
    expect(created?.version).toBe(1);
    const updated = await updateEnvironment(getStore(), `${other}/dev`, { protected: true });
    expect(updated?.version).toBe(2);
    expect(await claimForTeardown(getStore(), `${other}/dev`, 60_000)).toMatchObject({ version: 3 });
  });

  it('pages every component’s environments in one go, by name', async () => {
    const first = await environmentPages(getStore(), [web, api, 'component:default/none'], { first: 2 });
    expect(first.get(web)?.rows.map((r) => r.name)).toEqual(['dev', 'qa']);
    expect(first.get(web)).toMatchObject({ hasNextPage: true, totalCount: 4 });
    expect(first.get(api)).toMatchObject({ hasNextPage: false, totalCount: 1 });
    expect(first.get('component:default/none')).toEqual({ rows: [], hasNextPage: false, totalCount: 0 });
    const second = await environmentPages(getStore(), [web], { first: 2, after: 'qa' });
    expect(second.get(web)?.rows.map((r) => r.name)).toEqual(['staging', 'uat']);
    expect(second.get(web)).toMatchObject({ hasNextPage: false, totalCount: 4 });
    const previews = await environmentPages(getStore(), [web], { first: 2, type: 'preview' });
    expect(previews.get(web)).toMatchObject({ rows: [], totalCount: 0 });
  });

  it('lets one teardown claim an environment at a time, and finds expired previews', async () => {
    const past = new Date(Date.now() - 1000);
    await insertEnvironment(getStore(), add(web, 'preview-x', { type: 'preview', expiresAt: past }));
    expect((await nextExpiry(getStore()))?.getTime()).toBe(past.getTime());
    expect((await dueForTeardown(getStore(), 60_000)).map((r) => r.name)).toEqual(['preview-x']);
    const claims = await Promise.all(
      [1, 2, 3].map(() => claimForTeardown(getStore(), `${web}/preview-x`, 60_000)),
    );
    expect(claims.filter(Boolean)).toEqual([expect.objectContaining({ version: 2 })]);
    expect(await dueForTeardown(getStore(), 60_000)).toEqual([]);
    expect(await updateEnvironment(getStore(), `${web}/preview-x`, { protected: true })).toBeUndefined();
    // A claim that is old enough may be taken up again.
    expect(await claimForTeardown(getStore(), `${web}/preview-x`, 0)).toMatchObject({
      state: 'tearing_down',
    });
  });

  it('keeps teardown records, newest first, with stable cursors', async () => {
    const [env] = (await environmentPages(getStore(), [api], { first: 1 })).get(api)?.rows ?? [];
    if (!env) throw new Error('no environment');
    const ids: string[] = [];
    for (const step of ['a', 'b', 'c']) {
      const row = await recordTeardown(getStore(), env, {
        reason: 'deleted',
        actor: 'user:default/test',
        steps: [{ step, ok: step !== 'b', detail: step }],
        startedAt: new Date(),
      });
      ids.push(row.id);
      expect(row.succeeded).toBe(step !== 'b');
      // Records finished within the same millisecond have no order between them; keep them apart.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const page = await listTeardowns(getStore(), { componentRef: api }, { first: 2 });
    expect(page.rows.map((r) => r.id)).toEqual([ids[2], ids[1]]);
    expect(page).toMatchObject({ hasNextPage: true, totalCount: 3 });
    expect(page.rows[0]?.steps).toEqual([{ step: 'c', ok: true, detail: 'c' }]);
    const rest = await listTeardowns(getStore(), { componentRef: api }, { first: 2, afterId: ids[1] });
    expect(rest.rows.map((r) => r.id)).toEqual([ids[0]]);
    expect((await listTeardowns(getStore(), { componentRef: web }, { first: 5 })).totalCount).toBe(0);
  });
});
