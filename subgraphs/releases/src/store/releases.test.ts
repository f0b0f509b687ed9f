import { randomUUID } from 'node:crypto';
import { migrate } from '@pave/subgraph-kit';
import { describeEachStore } from '@pave/subgraph-kit/testing';
import { beforeAll, expect, it } from 'vitest';
import type { ReleaseArtifact } from '../port.ts';
import { releasesMigrations } from './migrations.ts';
import { releasePages } from './pages.ts';
import {
  currentReleases,
  deleteEnvironmentReleases,
  inFlightRelease,
  insertRelease,
  latestRelease,
  type NewRelease,
} from './releases.ts';
import { failAbandoned, markDeploying, markFailed, markSucceeded, recordArtifact } from './transitions.ts';

const DEV = 'component:default/web/dev';
const artifact: ReleaseArtifact = {
  kind: 'commit',
  id: 'a'.repeat(40),
  ref: 'main',
  description: 'commit aaaaaaa (main)',
};
const release = (environmentId = DEV, extra: Partial<NewRelease> = {}): NewRelease => ({
  id: randomUUID(),
  environmentId,
  componentRef: 'component:default/web',
  cause: 'deploy',
  description: 'Deploy main',
  createdBy: 'user:default/test',
  ...extra,
});

describeEachStore('releases store', (getStore) => {
  beforeAll(() => migrate(getStore(), 'releases', releasesMigrations));

  it('numbers releases per environment and lets one be in flight at a time', async () => {
    const store = getStore();
    const attempts = await Promise.all([1, 2, 3, 4].map(() => insertRelease(store, release())));
    const created = attempts.filter((r) => r !== undefined);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ number: 1, status: 'pending', artifact: null });
    expect((await inFlightRelease(store, DEV))?.id).toBe(created[0]?.id);

    const first = created[0]!;
    expect(await markDeploying(store, first.id)).toMatchObject({ status: 'deploying' });
    expect((await recordArtifact(store, first.id, artifact))?.artifact).toEqual(artifact);
    expect(await markSucceeded(store, first.id)).toMatchObject({ status: 'succeeded' });
    // A finished release does not move again.
    expect(await markFailed(store, first.id, 'late', 'LATE')).toBeUndefined();

    const second = await insertRelease(store, release(DEV, { artifact, cause: 'promote' }));
    expect(second).toMatchObject({ number: 2, artifact });
    const qa = await insertRelease(store, release('component:default/web/qa'));
    expect(qa).toMatchObject({ number: 1 });
    await markSucceeded(store, qa!.id);
    await markFailed(store, second!.id, 'The build failed.', 'BUILD_FAILED');
    expect((await currentReleases(store, [DEV])).get(DEV)?.number).toBe(1);
    expect((await latestRelease(store, DEV))?.number).toBe(2);
  });

  it('pages releases newest first per environment and per component', async () => {
    const store = getStore();
    const third = await insertRelease(store, release());
    await markSucceeded(store, third!.id);
    const pages = await releasePages(store, 'environment_id', [DEV, 'component:default/web/none'], {
      first: 2,
    });
    expect(pages.get(DEV)?.rows.map((r) => r.number)).toEqual([3, 2]);
    expect(pages.get(DEV)).toMatchObject({ hasNextPage: true, totalCount: 3 });
    expect(pages.get('component:default/web/none')).toEqual({ rows: [], hasNextPage: false, totalCount: 0 });
    const rest = await releasePages(store, 'environment_id', [DEV], {
      first: 2,
      afterId: pages.get(DEV)?.rows[1]?.id,
    });
    expect(rest.get(DEV)?.rows.map((r) => r.number)).toEqual([1]);
    const byComponent = await releasePages(store, 'component_ref', ['component:default/web'], { first: 10 });
    expect(byComponent.get('component:default/web')?.totalCount).toBe(4);
  });

  it('fails releases whose lease ran out, and forgets a deleted environment', async () => {
    const store = getStore();
    const stuck = await insertRelease(store, release('component:default/web/stuck'));
    expect(await failAbandoned(store, 60_000)).toEqual([]);
    const failed = await failAbandoned(store, 0);
    expect(failed.map((r) => r.id)).toEqual([stuck?.id]);
    expect(failed[0]).toMatchObject({ status: 'failed', failure_code: 'ABANDONED' });
    expect(await deleteEnvironmentReleases(store, DEV, new Date(Date.now() - 60_000))).toBe(0);
    expect(await deleteEnvironmentReleases(store, DEV, new Date())).toBe(3);
    expect(await insertRelease(store, release())).toMatchObject({ number: 1 });
  });
});
