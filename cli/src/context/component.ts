import { relative } from 'node:path';
import { UsageError } from '../errors.ts';
import { findCatalogInfo } from './catalogInfo.ts';
import { gitLocation } from './gitRemote.ts';
import { bestMatches, repoKey, withoutCredentials } from './sourceMatch.ts';

export type ComponentSource = '--component' | 'PAVE_COMPONENT' | 'catalog-info.yaml' | 'git remote';

export interface ResolvedComponent {
  /** As given by a flag or variable (the gateway accepts short refs), else a canonical ref. */
  ref: string;
  source: ComponentSource;
  /** The file or remote it was read from. */
  origin?: string;
}

export interface ComponentContextDeps {
  flag: string | undefined;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The catalog's components whose source holds `path` of the repository, most specific first. */
  componentsBySource(
    repositoryUrl: string,
    path: string,
  ): Promise<Array<{ ref: string; annotations: Array<{ key: string; value: string }> }>>;
  /** Picks among several candidates: a prompt on a terminal, else a usage error listing them. */
  choose(candidates: string[], why: string): Promise<string>;
}

const HINT = 'Name it with --component/-c REF or PAVE_COMPONENT=REF.';

/**
 * The component this command is about: `--component/-c`, then `PAVE_COMPONENT`, then the nearest
 * catalog-info.yaml, then the git remote matched against the catalog.
 */
export async function resolveComponent(deps: ComponentContextDeps): Promise<ResolvedComponent> {
  const flag = deps.flag?.trim();
  if (flag) return { ref: flag, source: '--component' };
  const fromEnv = deps.env.PAVE_COMPONENT?.trim();
  if (fromEnv) return { ref: fromEnv, source: 'PAVE_COMPONENT' };

  const info = await findCatalogInfo(deps.cwd);
  if (info) {
    const where = relative(deps.cwd, info.file) || info.file;
    const ref =
      info.refs.length === 1
        ? (info.refs[0] as string)
        : await deps.choose(info.refs, `${where} describes ${info.refs.length} components`);
    return { ref, source: 'catalog-info.yaml', origin: info.file };
  }

  const git = await gitLocation(deps.cwd);
  const remote = git && withoutCredentials(git.remoteUrl);
  const repo = remote && repoKey(remote);
  if (!git || !remote || !repo) {
    throw new UsageError(
      'No component here: no catalog-info.yaml in this folder or above, and no git remote.',
      HINT,
    );
  }
  const candidates = bestMatches(await deps.componentsBySource(remote, git.pathInRepo), repo);
  if (candidates.length === 0) {
    const where = git.pathInRepo ? `${repo}/${git.pathInRepo}` : repo;
    throw new UsageError(`No component in the catalog comes from ${where}.`, HINT);
  }
  const ref =
    candidates.length === 1
      ? (candidates[0] as string)
      : await deps.choose(candidates, `${candidates.length} components come from ${repo}`);
  return { ref, source: 'git remote', origin: remote };
}
