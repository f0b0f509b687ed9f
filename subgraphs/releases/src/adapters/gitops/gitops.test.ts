import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createMemoryBus, openPgliteStore, type Store, silentLogger } from '@pave/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplyRequest, ReleasesBackend } from '../../port.ts';
import { createBackend, optionsSchema, releaseFile } from './index.ts';

const env = { PATH: process.env.PATH, GIT_CONFIG_NOSYSTEM: '1', HOME: tmpdir() };
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Someone', '-c', 'user.email=someone@acme.invalid', ...args], {
    cwd,
    encoding: 'utf8',
    env,
  }).trim();

const DEV = 'component:default/hello-web/dev';
const IMAGE = 'ghcr.io/acme/hello-web:1.4.2';

describe('the gitops adapter, against real git repositories', () => {
  let dir: string;
  let origin: string;
  let teammate: string;
  let store: Store;
  let backend: ReleasesBackend;
  let number = 0;

  const request = async (ref: string | null): Promise<ApplyRequest> => {
    number += 1;
    const base = {
      environmentId: DEV,
      component: { ref: 'component:default/hello-web', location: null, annotations: {} },
      release: { id: `release-${number}`, number, cause: 'deploy' as const },
      signal: new AbortController().signal,
    };
    const artifact = await backend.prepare({ ...base, ref, artifact: null });
    return { ...base, artifact, variables: [], configVersion: 3 };
  };
  const show = (spec: string) => git(origin, 'show', spec);

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pave-gitops-'));
    origin = path.join(dir, 'origin.git');
    teammate = path.join(dir, 'teammate');
    git(dir, 'init', '-q', '--bare', '-b', 'main', origin);
    git(dir, 'clone', '-q', origin, teammate);
    await mkdir(path.join(teammate, 'environments/hello-web'), { recursive: true });
    await writeFile(
      path.join(teammate, 'environments/hello-web/dev.yaml'),
      '# dev, two replicas\nreplicas: 2\n',
    );
    git(teammate, 'add', '-A');
    git(teammate, 'commit', '-q', '-m', 'dev environment');
    git(teammate, 'push', '-q', 'origin', 'HEAD:main');
    store = await openPgliteStore(undefined);
    backend = await createBackend(optionsSchema.parse({ kind: 'gitops', repository: 'origin.git' }), {
      baseDir: dir,
      dataDir: path.join(dir, 'data'),
      store,
      bus: createMemoryBus(),
      log: silentLogger,
    });
  });
  afterAll(async () => {
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('takes images and revisions, and builds nothing', async () => {
    expect((await request(IMAGE)).artifact).toEqual({
      kind: 'image',
      id: IMAGE,
      ref: IMAGE,
      description: `image ${IMAGE}`,
    });
    const sha = 'a'.repeat(40);
    expect((await request(sha)).artifact).toMatchObject({ kind: 'commit', id: sha });
    await expect(request(null)).rejects.toMatchObject({ code: 'INVALID_REF' });
    await expect(request('hello-web')).rejects.toMatchObject({ code: 'INVALID_REF' });
    expect(releaseFile('apps/{namespace}/{component}/{environment}.yaml', DEV)).toBe(
      'apps/default/hello-web/dev.yaml',
    );
  });

  it('commits the release to the environment’s file, keeping what else is in it', async () => {
    const release = await request(IMAGE);
    await backend.apply(release);
    const file = show('main:environments/hello-web/dev.yaml');
    expect(file).toContain('# dev, two replicas');
    expect(file).toContain('replicas: 2');
    expect(file).toContain(`image: ${IMAGE}`);
    expect(file).toContain(`release: ${release.release.number}`);
    expect(file).toContain('configVersion: 3');
    expect(git(origin, 'log', '-1', '--format=%s%n%an', 'main')).toBe(
      `Release v${release.release.number} of component:default/hello-web to dev\nPave`,
    );
  });

  it('builds on changes others pushed before it', async () => {
    git(teammate, 'pull', '-q', 'origin', 'main');
    await writeFile(path.join(teammate, 'README.md'), 'deploy config\n');
    git(teammate, 'add', '-A');
    git(teammate, 'commit', '-q', '-m', 'readme');
    git(teammate, 'push', '-q', 'origin', 'HEAD:main');
    const theirs = git(teammate, 'rev-parse', 'HEAD');
    const release = await request('ghcr.io/acme/hello-web:1.5.0');
    await backend.apply(release);
    expect(git(origin, 'rev-parse', 'main^')).toBe(theirs);
    expect(show('main:environments/hello-web/dev.yaml')).toContain('image: ghcr.io/acme/hello-web:1.5.0');
  });

  it('refuses with CONFLICT when someone pushes between its fetch and its push, and overwrites nothing', async () => {
    git(teammate, 'pull', '-q', 'origin', 'main');
    await writeFile(path.join(teammate, 'README.md'), 'changed meanwhile\n');
    git(teammate, 'commit', '-q', '-am', 'meanwhile');
    const theirs = git(teammate, 'rev-parse', 'HEAD');
    // A real race: the working clone's pre-push hook lets the teammate push first.
    const [workDir] = execFileSync('ls', [path.join(dir, 'data/gitops')], { encoding: 'utf8' })
      .trim()
      .split('\n');
    const hook = path.join(dir, 'data/gitops', workDir ?? '', '.git/hooks/pre-push');
    await writeFile(hook, `#!/bin/sh\ngit -C '${teammate}' push -q origin HEAD:main\n`);
    await chmod(hook, 0o755);

    const failure = await backend
      .apply(await request('ghcr.io/acme/hello-web:1.6.0'))
      .catch((error) => error);
    expect(failure.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: theirs });
    expect(failure.message).toMatch(/moved while v\d+ was being committed/);
    expect(git(origin, 'rev-parse', 'main')).toBe(theirs);
    expect(show('main:environments/hello-web/dev.yaml')).toContain('image: ghcr.io/acme/hello-web:1.5.0');

    await rm(hook);
    await backend.apply(await request('ghcr.io/acme/hello-web:1.6.0'));
    expect(git(origin, 'rev-parse', 'main^')).toBe(theirs);
  });

  it('starts the branch in an empty repository', async () => {
    const empty = path.join(dir, 'empty.git');
    git(dir, 'init', '-q', '--bare', '-b', 'main', empty);
    const fresh = await createBackend(
      optionsSchema.parse({
        kind: 'gitops',
        repository: empty,
        branch: 'deploy',
        path: 'envs/{environment}.yaml',
      }),
      { baseDir: dir, dataDir: path.join(dir, 'data'), store, bus: createMemoryBus(), log: silentLogger },
    );
    const release = await request(IMAGE);
    await fresh.apply(release);
    expect(git(empty, 'show', 'deploy:envs/dev.yaml')).toContain(`image: ${IMAGE}`);
  });
});
