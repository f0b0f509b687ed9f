import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, runPave, spawnPave } from '../../cli/test/runPave.ts';
import { git, LOOP_YAML } from '../../subgraphs/releases/src/testing/loop.ts';
import { startTestPlatform, type TestPlatform } from './harness.ts';

const MANIFEST = fileURLToPath(
  new URL('../../cli/src/__generated__/persisted-documents.json', import.meta.url),
);

/** A production gateway runs only persisted documents: pave answers it with its documents' hashes. */
describe('pave against a gateway that runs only persisted documents', () => {
  let platform: TestPlatform;
  let project: string;

  beforeAll(async () => {
    platform = await startTestPlatform({
      yaml: `mode: production
gateway:
  persistedDocuments:
    manifest: ${JSON.stringify(MANIFEST)}
subgraphs:
  catalog:
    adapter:
      kind: files
      paths: [examples/catalog/all.yaml]
`,
    });
    project = await mkdtemp(join(tmpdir(), 'pave-cli-persisted-'));
    await copyFile(
      join(platform.dir, 'examples/hello-web/catalog-info.yaml'),
      join(project, 'catalog-info.yaml'),
    );
  });
  afterAll(async () => {
    await platform?.stop();
    await rm(project, { recursive: true, force: true });
  });

  it('refuses a document sent as text, and pave still gets its answers', async () => {
    const text = await platform.graphql('{ viewer { subject } }');
    expect(text.errors?.[0]?.extensions).toMatchObject({ rule: 'persisted documents only' });

    const env = cleanEnv({
      HOME: project,
      PAVE_URL: platform.url,
      PAVE_TOKEN: platform.rootToken,
      CI: 'true',
    });
    const info = await runPave(['info', '--json'], { cwd: project, env });
    expect(info.stderr).toBe('');
    expect(JSON.parse(info.stdout).component.owner.ref).toBe('group:default/team-storefront');
    const whoami = await runPave(['whoami', '--json'], { cwd: project, env });
    expect(JSON.parse(whoami.stdout).viewer.subject).toBe('root');
  });
});

/**
 * Subscriptions by hash too: a deploy followed over `releaseStatus` and a log tail, against a
 * production gateway. Its environment is made first by a development gateway on the same data
 * directory, as only the CLI's documents pass a persisted-only one.
 */
describe('pave deploy and logs -f against a gateway that runs only persisted documents', () => {
  let dataDir: string;
  let platform: TestPlatform;
  let project: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pave-cli-persisted-data-'));
    const setup = await startTestPlatform({ yaml: LOOP_YAML, env: { PAVE_DATA_DIR: dataDir } });
    try {
      const created = await setup.graphql(
        'mutation { createEnvironment(input: { componentRef: "hello-web", name: "dev", type: DEVELOPMENT }) { environment { id } } }',
      );
      expect(created.errors).toBeUndefined();
    } finally {
      await setup.stop();
    }
    platform = await startTestPlatform({
      yaml: `mode: production\ngateway:\n  persistedDocuments:\n    manifest: ${JSON.stringify(MANIFEST)}\n${LOOP_YAML}`,
      env: { PAVE_DATA_DIR: dataDir },
    });
    project = join(platform.dir, 'examples/hello-web');
    git(project, 'init', '-q', '-b', 'main');
    git(project, 'add', '-A');
    git(project, 'commit', '-q', '-m', 'hello-web');
  });
  afterAll(async () => {
    await platform?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('follows a deploy and tails its logs', async () => {
    const env = cleanEnv({
      HOME: project,
      PAVE_URL: platform.url,
      PAVE_TOKEN: platform.rootToken,
      CI: 'true',
    });
    const tail = spawnPave(['logs', '-e', 'dev', '-f', '--json'], { cwd: project, env, timeoutMs: 60_000 });
    // No warning that live updates failed: the subscription was accepted by its hash.
    const deploy = await runPave(['deploy', 'main', '-e', 'dev'], { cwd: project, env, timeoutMs: 60_000 });
    expect(deploy.stderr).toBe('');
    expect(deploy.code).toBe(0);
    expect(deploy.stdout).toMatch(/^v1 SUCCEEDED /m);
    await tail.waitForStdout(/release v1 is live/, 20_000);
    tail.kill('SIGINT');
    const tailed = await tail.done;
    expect(tailed.stderr).toBe('');
    expect(tailed.code).toBe(0);
    const lines = tailed.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toContainEqual(
      expect.objectContaining({
        source: 'PLATFORM',
        releaseNumber: 1,
        line: expect.stringMatching(/^release v1 is live/),
      }),
    );
  });
});
