/**
 * A backend that is down when Pave (re)starts never empties the catalog: the catalog subgraph is
 * started as the platform starts it, once with the backend up, then again — a restart, a fresh
 * adapter with nothing read before — with the backend down. What was stored stays, the failure is
 * a catalog problem and a log line, and the next complete read removes what is really gone.
 */
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger, createMemoryBus, migrate, type Peers } from '@pave/subgraph-kit';
import { describeEachStore } from '@pave/subgraph-kit/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBackstageDouble } from './adapters/backstage/backstageDouble.ts';
import { commit, component, git, initRepository } from './adapters/git/testRepo.ts';
import { type GithubDouble, startGithubDouble } from './adapters/github/githubDouble.ts';
import { catalogSubgraph } from './index.ts';
import { catalogMigrations } from './store/migrations.ts';
import { listProblems } from './store/queries.ts';

const noPeers: Peers = { request: () => Promise.reject(new Error('no peers here')), serves: () => false };
const GITHUB_TOKEN = 'ghp_outage-test-token-0123456789';
const BACKSTAGE_TOKEN = 'backstage-outage-service-token';

interface Backend {
  adapter: Record<string, unknown> & { kind: string };
  /** Takes the backend down (`true`) or brings it back with `orders` removed at the source (`false`). */
  down(down: boolean): Promise<void>;
  close(): Promise<void>;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pave-catalog-outage-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const backends: Record<string, (dir: string) => Promise<Backend>> = {
  async files(base) {
    const catalog = path.join(base, 'mnt', 'catalog');
    await mkdir(catalog, { recursive: true });
    await writeFile(path.join(catalog, 'orders.yaml'), component('orders'));
    await writeFile(path.join(catalog, 'web.yaml'), component('web'));
    return {
      adapter: { kind: 'files', paths: ['mnt/catalog'], watch: false },
      async down(down) {
        // Down: the volume holding the catalog is not mounted.
        if (down) await rename(catalog, `${catalog}.away`);
        else {
          await rename(`${catalog}.away`, catalog);
          await rm(path.join(catalog, 'orders.yaml'));
        }
      },
      close: async () => {},
    };
  },
  async github() {
    const github: GithubDouble = await startGithubDouble({
      organization: 'acme',
      token: GITHUB_TOKEN,
      maxPerPage: 1,
      repositories: [
        { name: 'orders', branches: { main: { 'catalog-info.yaml': component('orders') } } },
        { name: 'web', branches: { main: { 'catalog-info.yaml': component('web') } } },
      ],
    });
    return {
      adapter: {
        kind: 'github',
        organization: 'acme',
        token: GITHUB_TOKEN,
        baseUrl: github.url,
        watch: false,
      },
      async down(down) {
        // Down: the second page of the repository list answers 502, as GitHub does when struggling.
        github.listingFailsFromPage = down ? 2 : undefined;
        if (!down) github.repositories.splice(0, 1);
      },
      close: () => github.close(),
    };
  },
  async backstage() {
    const entity = (name: string) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name, namespace: 'default' },
      spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
    });
    const backstage = await startBackstageDouble({
      tokens: [BACKSTAGE_TOKEN],
      entities: [entity('orders'), entity('web')],
    });
    return {
      adapter: {
        kind: 'backstage',
        baseUrl: backstage.url,
        token: BACKSTAGE_TOKEN,
        pageSize: 1,
        watch: false,
      },
      async down(down) {
        // Down: the first page answers, the second is a 503.
        backstage.unavailableAfter = down ? 1 : undefined;
        if (!down) backstage.entities.splice(0, 1);
      },
      close: () => backstage.close(),
    };
  },
  async git(base) {
    const work = path.join(base, 'work');
    const bare = path.join(base, 'remote.git');
    await initRepository(work);
    await commit(work, {
      'orders/catalog-info.yaml': component('orders'),
      'web/catalog-info.yaml': component('web'),
    });
    git(base, 'clone', '--quiet', '--bare', work, bare);
    const moved = `${bare}.away`;
    return {
      adapter: {
        kind: 'git',
        repository: `file://${bare}`,
        watch: false,
        cacheDir: path.join(base, 'cache'),
      },
      async down(down) {
        if (down) {
          // A restart on a new machine: no mirror yet, and the remote cannot be reached.
          await rm(path.join(base, 'cache'), { recursive: true, force: true });
          await rename(bare, moved);
        } else {
          await rename(moved, bare);
          await commit(work, { 'orders/catalog-info.yaml': null });
          git(work, 'push', '--quiet', bare, 'main');
        }
      },
      close: async () => {},
    };
  },
};

describeEachStore('a backend down at start-up', (getStore) => {
  beforeAll(async () => {
    await migrate(getStore(), 'catalog', catalogMigrations);
  });

  it.each(Object.keys(backends))(
    '%s: keeps the catalog, reports the failure, removes nothing until read',
    async (kind) => {
      const store = getStore();
      await store.exec(
        'delete from catalog_entities; delete from catalog_documents; delete from catalog_relations',
      );
      const base = await mkdtemp(path.join(dir, `${kind}-`));
      const backend = await (backends[kind] as (dir: string) => Promise<Backend>)(base);
      const lines: Array<Record<string, unknown>> = [];
      const start = () =>
        catalogSubgraph.start({
          config: { adapter: backend.adapter },
          baseDir: base,
          dataDir: path.join(base, 'data'),
          store,
          bus: createMemoryBus(),
          log: createLogger({ write: (line) => lines.push(JSON.parse(line)) }),
          peers: noPeers,
        });
      const refs = async () =>
        (await store.query<{ ref: string }>('select ref from catalog_entities order by ref')).rows.map(
          (r) => r.ref,
        );
      try {
        const first = await start();
        await first.ready;
        expect(await refs()).toEqual(['component:default/orders', 'component:default/web']);
        await first.stop();

        await backend.down(true);
        const restarted = await start();
        await restarted.ready;
        expect(await refs()).toEqual(['component:default/orders', 'component:default/web']);
        expect((await listProblems(store)).map((p) => p.reason).join('\n')).toMatch(
          /nothing is removed from the catalog until/,
        );
        expect(lines).toContainEqual(
          expect.objectContaining({
            level: 'warn',
            msg: 'catalog read incomplete: entities added and updated, none removed',
            adapter: kind,
          }),
        );

        await backend.down(false);
        const change = await restarted.services.refresh();
        expect(change.removed).toEqual(['component:default/orders']);
        expect(await refs()).toEqual(['component:default/web']);
        await restarted.stop();
      } finally {
        await backend.close();
      }
    },
  );
});
