import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { RuntimeFailure } from '../failure.ts';
import { baseEnvironment } from '../process/env.ts';
import { extractTree, git, gitTopLevel } from '../process/git.ts';
import { describeExit, runCommand } from '../process/run.ts';
import { type AppManifest, readManifest } from './manifest.ts';
import { copySnapshot, hashTree } from './snapshot.ts';
import { type ComponentSource, resolveSource } from './source.ts';

/** What a release runs: a git commit of the component's repository, or a content hash of its directory. */
export interface Artifact {
  kind: 'commit' | 'snapshot';
  /** The full commit SHA, or `sha256:<hex>` of the snapshot. */
  id: string;
  /** What was asked for (a branch, tag or SHA), null for "as it is now". */
  ref: string | null;
  description: string;
}

export interface BuiltArtifact {
  artifact: Artifact;
  /** Where the app runs: the build directory plus the app's path inside its source. */
  appDir: string;
  manifest: AppManifest;
}

export interface BuildRequest {
  component: ComponentSource;
  /** A git ref to build; null builds HEAD (git) or the directory as it is (no git). */
  ref?: string | null;
  /** Rebuilds nothing when this artifact was built before; rebuilds a commit that is missing. */
  artifact?: Artifact;
  /** Build output, line by line. */
  onLine?: (stream: 'stdout' | 'stderr', line: string) => void;
  signal?: AbortSignal;
}

interface BuildRecord {
  artifact: Artifact;
  appPath: string;
  manifest: AppManifest;
  builtAt: string;
}

/**
 * Builds artifacts into `<runtimeDir>/builds/<component>/<artifact>/`, once each: a promotion, a
 * rollback or a config release reuses the directory. A `<artifact>.json` record beside it marks
 * a finished build; a directory without one is a build that failed or was interrupted.
 */
export class ArtifactBuilder {
  readonly #buildsDir: string;
  readonly #buildTimeoutMs: () => number;
  readonly #inFlight = new Map<string, Promise<BuiltArtifact>>();

  constructor(options: { runtimeDir: string; buildTimeoutMs: () => number }) {
    this.#buildsDir = path.join(options.runtimeDir, 'builds');
    this.#buildTimeoutMs = options.buildTimeoutMs;
  }

  async build(request: BuildRequest): Promise<BuiltArtifact> {
    const componentDir = path.join(this.#buildsDir, slug(request.component.ref));
    if (request.artifact) {
      const built = await this.#recorded(componentDir, request.artifact);
      if (built) return built;
    }
    const source = resolveSource(request.component);
    const top = await gitTopLevel(source.root);
    const ref = request.artifact ? request.artifact.id : (request.ref ?? null);
    if (request.artifact?.kind === 'snapshot') {
      throw new RuntimeFailure(
        'INVALID_SOURCE',
        `Snapshot ${request.artifact.id} is no longer on this machine; deploy the component again.`,
      );
    }
    if (top) return this.#buildCommit(componentDir, source.root, source.appPath, top, ref, request);
    if (ref) {
      throw new RuntimeFailure(
        'INVALID_REF',
        `${source.root} is not in a git repository, so it cannot deploy "${ref}"; deploy without a ref ` +
          'to ship the directory as it is.',
      );
    }
    return this.#buildSnapshot(componentDir, source.root, source.appPath, request);
  }

  async #buildCommit(
    componentDir: string,
    root: string,
    appPath: string,
    top: string,
    ref: string | null,
    request: BuildRequest,
  ): Promise<BuiltArtifact> {
    let sha: string;
    try {
      sha = await git(top, [
        'rev-parse',
        '--verify',
        '--quiet',
        '--end-of-options',
        `${ref ?? 'HEAD'}^{commit}`,
      ]);
    } catch {
      throw new RuntimeFailure('INVALID_REF', `"${ref ?? 'HEAD'}" is not a commit of ${top}.`);
    }
    const short = sha.slice(0, 7);
    if (!ref) {
      // A commit is what ships: say so when the working tree holds changes that are not in it.
      const prefix = path.relative(top, root) || '.';
      const dirty = await git(top, ['status', '--porcelain', '--', prefix]).catch(() => '');
      if (dirty)
        request.onLine?.('stderr', `note: uncommitted changes in ${root} are not part of commit ${short}`);
    }
    const artifact: Artifact = request.artifact ?? {
      kind: 'commit',
      id: sha,
      ref,
      description: ref && ref !== sha ? `commit ${short} (${ref})` : `commit ${short}`,
    };
    return this.#once(
      componentDir,
      artifact,
      async (dir) => {
        const prefix = path.relative(top, root);
        await extractTree(top, prefix ? `${sha}:${prefix}` : sha, dir);
        return appPath;
      },
      request,
    );
  }

  async #buildSnapshot(
    componentDir: string,
    root: string,
    appPath: string,
    request: BuildRequest,
  ): Promise<BuiltArtifact> {
    const staging = path.join(componentDir, `.snapshot-${randomBytes(6).toString('hex')}`);
    try {
      await copySnapshot(root, staging);
      const hash = await hashTree(staging);
      const artifact: Artifact = {
        kind: 'snapshot',
        id: `sha256:${hash}`,
        ref: null,
        description: `snapshot ${hash.slice(0, 12)} of ${root}`,
      };
      return await this.#once(
        componentDir,
        artifact,
        async (dir) => {
          await rename(staging, dir);
          return appPath;
        },
        request,
      );
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }

  /** Materialises and builds `artifact` unless it was built before; one build per artifact at a time. */
  #once(
    componentDir: string,
    artifact: Artifact,
    materialise: (dir: string) => Promise<string>,
    request: BuildRequest,
  ): Promise<BuiltArtifact> {
    const dir = artifactDir(componentDir, artifact);
    const running = this.#inFlight.get(dir);
    if (running) return running;
    const work = (async () => {
      const recorded = await this.#recorded(componentDir, artifact);
      if (recorded) return recorded;
      await rm(dir, { recursive: true, force: true });
      await mkdir(componentDir, { recursive: true });
      try {
        const appPath = await materialise(dir);
        const appDir = path.join(dir, appPath);
        const manifest = await readManifest(appDir);
        if (manifest.build) await this.#runBuild(manifest.build, appDir, request);
        const record: BuildRecord = { artifact, appPath, manifest, builtAt: new Date().toISOString() };
        await writeFile(`${dir}.json`, JSON.stringify(record, null, 2));
        return { artifact, appDir, manifest };
      } catch (error) {
        await rm(dir, { recursive: true, force: true });
        throw error;
      }
    })().finally(() => this.#inFlight.delete(dir));
    this.#inFlight.set(dir, work);
    return work;
  }

  async #runBuild(command: string, appDir: string, request: BuildRequest): Promise<void> {
    request.onLine?.('stdout', `$ ${command}`);
    const timeoutMs = this.#buildTimeoutMs();
    const result = await runCommand(command, {
      cwd: appDir,
      env: { ...baseEnvironment(), PAVE_BUILD: '1' },
      timeoutMs,
      signal: request.signal,
      onLine: request.onLine,
    });
    if (result.code !== 0) {
      throw new RuntimeFailure('BUILD_FAILED', `The build "${command}" ${describeExit(result, timeoutMs)}.`);
    }
  }

  async #recorded(componentDir: string, artifact: Artifact): Promise<BuiltArtifact | undefined> {
    const dir = artifactDir(componentDir, artifact);
    try {
      const record = JSON.parse(await readFile(`${dir}.json`, 'utf8')) as BuildRecord;
      return {
        artifact: { ...record.artifact, ref: artifact.ref ?? record.artifact.ref },
        appDir: path.join(dir, record.appPath),
        manifest: record.manifest,
      };
    } catch {
      return undefined;
    }
  }
}

function artifactDir(componentDir: string, artifact: Artifact): string {
  const name =
    artifact.kind === 'commit' ? `commit-${artifact.id}` : `snapshot-${artifact.id.replace(/^sha256:/, '')}`;
  return path.join(componentDir, name);
}

/** A component ref as a directory name: `component:default/hello-web` → `component__default__hello-web`. */
export function slug(ref: string): string {
  return ref.toLowerCase().replace(/[^a-z0-9._-]+/g, '__');
}
