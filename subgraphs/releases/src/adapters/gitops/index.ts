/**
 * The `gitops` releases adapter: a release is a commit to a configuration repository that sets the
 * image (or revision) of the environment — what Argo CD or Flux then applies. Pushes are
 * fast-forward only, so a change someone else pushed meanwhile is a CONFLICT, never overwritten.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { conflict, parseEnvironmentId } from '@pave/subgraph-kit';
import { parseDocument } from 'yaml';
import { KeyedLocks } from '../../core/locks.ts';
import type { ApplyRequest, ReleasesBackend } from '../../port.ts';
import type { ReleasesAdapterContext } from '../registry.ts';
import { artifactFor } from './artifact.ts';
import type { GitopsOptions } from './config.ts';
import { type GitError, runGit } from './git.ts';

export { gitopsOptionsSchema as optionsSchema } from './config.ts';

const isRemote = (repository: string) =>
  /^[a-z][a-z0-9+.-]*:\/\//i.test(repository) || /^[^/@]+@[^/:]+:/.test(repository);

export async function createBackend(
  options: GitopsOptions,
  ctx: ReleasesAdapterContext,
): Promise<ReleasesBackend> {
  const repository = isRemote(options.repository)
    ? options.repository
    : path.resolve(ctx.baseDir, options.repository);
  const { branch } = options;
  const id = createHash('sha256').update(`${repository}#${branch}`).digest('hex').slice(0, 16);
  const workDir = path.join(ctx.dataDir, 'gitops', id);
  const timeoutMs = options.timeoutSeconds * 1000;
  const author = {
    GIT_AUTHOR_NAME: options.author.name,
    GIT_AUTHOR_EMAIL: options.author.email,
    GIT_COMMITTER_NAME: options.author.name,
    GIT_COMMITTER_EMAIL: options.author.email,
  };
  const git = (...args: string[]) => runGit(workDir, args, timeoutMs, author);
  // One working clone: its releases are committed one at a time.
  const serial = new KeyedLocks();

  async function ensureClone(): Promise<void> {
    if (existsSync(path.join(workDir, '.git'))) return;
    await mkdir(path.dirname(workDir), { recursive: true });
    await runGit(
      path.dirname(workDir),
      ['clone', '-q', '--no-checkout', '--', repository, workDir],
      timeoutMs,
    );
  }

  /** The remote branch's commit as fetched now; '' while the branch does not exist yet. */
  async function fetchBranch(): Promise<string> {
    await git('fetch', '-q', '--prune', 'origin');
    return git('rev-parse', '--verify', '--quiet', `refs/remotes/origin/${branch}`).catch(() => '');
  }

  async function commitRelease(request: ApplyRequest): Promise<void> {
    await ensureClone();
    const base = await fetchBranch();
    if (base) await git('checkout', '-q', '-f', '-B', branch, base);
    else {
      await git('checkout', '-q', '-f', '--orphan', branch);
      await git('rm', '-rqf', '--ignore-unmatch', '.');
    }
    const file = releaseFile(options.path, request.environmentId);
    const absolute = path.join(workDir, file);
    await mkdir(path.dirname(absolute), { recursive: true });
    await writeFile(absolute, await releaseYaml(absolute, request));
    await git('add', '--', file);
    const { component, release } = request;
    const environment = request.environmentId.slice(request.environmentId.lastIndexOf('/') + 1);
    await git(
      'commit',
      '-q',
      '--allow-empty',
      '-m',
      `Release v${release.number} of ${component.ref} to ${environment}`,
      '-m',
      `${request.artifact.description} (${release.cause})\n\nPave-Release-Id: ${release.id}`,
    );
    try {
      // No --force: the push only fast-forwards.
      await git('push', '-q', 'origin', `HEAD:refs/heads/${branch}`);
    } catch (error) {
      const now = await git('ls-remote', 'origin', `refs/heads/${branch}`).catch(() => undefined);
      const remote = now?.split(/\s+/)[0] ?? '';
      if (now !== undefined && remote !== base) {
        throw conflict(
          `${branch} of the configuration repository moved while v${release.number} was being committed ` +
            `(now at ${remote.slice(0, 7) || 'nothing'}): nothing was overwritten; release again.`,
          { currentVersion: remote },
        );
      }
      throw Object.assign(new Error((error as GitError).message), { code: 'PUSH_FAILED' });
    }
  }

  return {
    kind: 'gitops',
    prepare: async (request) => request.artifact ?? artifactFor(request.ref),
    apply: (request) => serial.run('repository', () => commitRelease(request)),
    close: async () => {},
  };
}

/** `environments/{component}/{environment}.yaml` for one environment. */
export function releaseFile(template: string, environmentId: string): string {
  const parsed = parseEnvironmentId(environmentId);
  if (!parsed) throw new Error(`"${environmentId}" is not an environment id.`);
  const [kindAndNamespace = '', name = ''] = parsed.componentRef.split('/');
  const namespace = kindAndNamespace.slice(kindAndNamespace.indexOf(':') + 1);
  return path.normalize(
    template
      .replaceAll('{component}', name)
      .replaceAll('{namespace}', namespace)
      .replaceAll('{environment}', parsed.name),
  );
}

/**
 * The environment's file with the release's fields set. Anything else in an existing file (and
 * its comments) stays as the repository's owners wrote it.
 */
async function releaseYaml(file: string, request: ApplyRequest): Promise<string> {
  const existing = await readFile(file, 'utf8').catch(() => undefined);
  const document = parseDocument(existing ?? '');
  if (!existing) {
    document.commentBefore = ` Written by Pave: the release of ${request.component.ref} in this environment.`;
  }
  if (document.contents === null) document.contents = document.createNode({}) as never;
  const { artifact } = request;
  document.set('component', request.component.ref);
  document.set('environment', request.environmentId);
  document.set('release', request.release.number);
  if (artifact.kind === 'image') {
    document.set('image', artifact.id);
    document.delete('revision');
  } else {
    document.set('revision', artifact.id);
    document.delete('image');
  }
  document.set('configVersion', request.configVersion);
  return document.toString();
}
