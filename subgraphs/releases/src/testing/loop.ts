import { execFileSync } from 'node:child_process';
import { request } from 'node:http';

/** What e2e scenarios need from a running platform: its GraphQL endpoint, as the harness offers it. */
// biome-ignore lint/suspicious/noExplicitAny: scenarios read responses loosely, as the e2e harness types them
export type GraphQL = <T = any>(
  query: string,
  variables?: Record<string, unknown>,
  token?: string | null,
) => Promise<{
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}>;

/** pave.yaml for scenarios: the demo catalog, local environments and releases with short timings. */
export const LOOP_YAML = `subgraphs:
  catalog:
    adapter: { kind: files, paths: [examples/catalog/all.yaml], watch: false }
  environments:
    adapter: { kind: local, reapIntervalSeconds: 1 }
  releases:
    adapter: { kind: local, stopGraceSeconds: 5, restartDelaySeconds: 0.2, reconcileIntervalSeconds: 5 }
`;

export interface ReleaseView {
  id: string;
  number: number;
  status: 'PENDING' | 'DEPLOYING' | 'SUCCEEDED' | 'FAILED';
  cause: string;
  failureReason: string | null;
  failureCode: string | null;
  configVersion: number | null;
  artifact: { kind: string; id: string; description: string } | null;
}

const RELEASE_FIELDS =
  'id number status cause failureReason failureCode configVersion artifact { kind id description }';

/** Polls a release until it has finished (SUCCEEDED or FAILED). */
export async function waitForRelease(graphql: GraphQL, id: string, timeoutMs = 45_000): Promise<ReleaseView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { data, errors } = await graphql(`query($id: ID!) { release(id: $id) { ${RELEASE_FIELDS} } }`, {
      id,
    });
    if (errors) throw new Error(JSON.stringify(errors));
    const release = data.release as ReleaseView;
    if (release.status === 'SUCCEEDED' || release.status === 'FAILED') return release;
    if (Date.now() > deadline) throw new Error(`release ${id} still ${release.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** Polls until the environment's newest release is number `number` and has finished. */
export async function waitForReleaseNumber(
  graphql: GraphQL,
  environmentId: string,
  number: number,
  timeoutMs = 45_000,
): Promise<ReleaseView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { data, errors } = await graphql(
      `query($id: ID!) { environment(id: $id) { releases(first: 1) { nodes { ${RELEASE_FIELDS} } } } }`,
      { id: environmentId },
    );
    if (errors) throw new Error(JSON.stringify(errors));
    const newest = data.environment?.releases.nodes[0] as ReleaseView | undefined;
    if (newest && newest.number >= number && (newest.status === 'SUCCEEDED' || newest.status === 'FAILED')) {
      return newest;
    }
    if (Date.now() > deadline)
      throw new Error(`no finished release v${number} of ${environmentId} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** GET over a fresh connection (no keep-alive socket outlives a switch-over). */
export function httpGet(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, timeout: 5_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.once('timeout', () => req.destroy(new Error('timed out')));
    req.once('error', reject);
    req.end();
  });
}

/** Runs git in `dir` as a test author. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Pave Test', '-c', 'user.email=test@pave.invalid', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: dir, GIT_CONFIG_NOSYSTEM: '1' },
  }).trim();
}
