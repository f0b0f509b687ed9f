import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AnySubgraphModule, createLogger, loadConfig } from '@pave/subgraph-kit';
import { defaultModules, type Platform, startPlatform } from '../src/platform.ts';

const repoRoot = new URL('../../', import.meta.url).pathname;

export interface TestPlatform extends Platform {
  dir: string;
  logLines: string[];
  /** POSTs a GraphQL request to the gateway with the root token unless `token` says otherwise. */
  graphql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, any> }>;
}

/** A module listed twice (a default and a test's own) is served once: the later one wins. */
function withoutDuplicates(modules: AnySubgraphModule[]): AnySubgraphModule[] {
  return [...new Map(modules.map((module) => [module.name, module])).values()];
}

/**
 * The modules without the environments capability: secrets then runs alone and takes any
 * well-formed environment id, for tests about secrets themselves.
 */
export function withoutEnvironments(modules: AnySubgraphModule[]): AnySubgraphModule[] {
  return modules.filter((module) => module.name !== 'environments');
}

/**
 * An embedded platform in a temporary directory, with a copy of the demo catalog it may change,
 * on PGlite unless `databaseUrl` is given.
 */
export async function startTestPlatform(
  options: {
    yaml?: string;
    modules?: (defaults: AnySubgraphModule[]) => AnySubgraphModule[];
    env?: Record<string, string>;
  } = {},
): Promise<TestPlatform> {
  const dir = await mkdtemp(join(tmpdir(), 'pave-e2e-'));
  await cp(join(repoRoot, 'examples'), join(dir, 'examples'), { recursive: true });
  await writeFile(
    join(dir, 'pave.yaml'),
    options.yaml ??
      `subgraphs:\n  catalog:\n    adapter:\n      kind: files\n      paths: [examples/catalog/all.yaml]\n`,
  );
  const config = await loadConfig({ cwd: dir, env: { PAVE_DATA_DIR: join(dir, '.pave'), ...options.env } });
  const logLines: string[] = [];
  const log = createLogger({ write: (line) => logLines.push(line) });
  const defaults = await defaultModules();
  const platform = await startPlatform({
    config,
    log,
    port: 0,
    modules: withoutDuplicates(options.modules ? options.modules(defaults) : defaults),
  });
  return {
    ...platform,
    dir,
    logLines,
    async graphql(query, variables, token) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      const bearer = token === undefined ? platform.rootToken : token;
      if (bearer) headers.authorization = `Bearer ${bearer}`;
      const response = await fetch(`${platform.url}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...(await response.json()) };
    },
    async stop() {
      await platform.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
