import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, runPave } from '../../cli/test/runPave.ts';
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
