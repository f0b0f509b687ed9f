import type { DirectoryDefaults } from '../config/directoryDefaults.ts';
import { UsageError } from '../errors.ts';

export type EnvironmentSource = '--env' | 'PAVE_ENV' | 'pave env use';

export interface ResolvedEnvironment {
  name: string;
  source: EnvironmentSource;
  /** For `pave env use`: the directory the default was set in. */
  directory?: string;
}

// The platform's rule (subgraphs/environments/src/model/names.ts): a name it refuses could never match.
const NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

export function validEnvironmentName(name: string, from: string): string {
  if (!NAME.test(name)) {
    throw new UsageError(
      `${from}: "${name}" is not an environment name.`,
      'Environment names are DNS labels: 1–63 lower-case letters, digits or "-", not starting or ending with "-".',
    );
  }
  return name;
}

/** `--env/-e`, then `PAVE_ENV`, then the directory's default; undefined when none is set. */
export async function resolveEnvironment(deps: {
  flag: string | undefined;
  env: NodeJS.ProcessEnv;
  cwd: string;
  defaults: DirectoryDefaults;
}): Promise<ResolvedEnvironment | undefined> {
  const flag = deps.flag?.trim();
  if (flag) return { name: validEnvironmentName(flag, '--env'), source: '--env' };
  const fromEnv = deps.env.PAVE_ENV?.trim();
  if (fromEnv) return { name: validEnvironmentName(fromEnv, 'PAVE_ENV'), source: 'PAVE_ENV' };
  const stored = await deps.defaults.environment(deps.cwd);
  return stored && { name: stored.name, source: 'pave env use', directory: stored.directory };
}
