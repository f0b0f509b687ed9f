import type { DirectoryDefaults } from '../config/directoryDefaults.ts';
import { UsageError } from '../errors.ts';

export type EnvironmentSource = '--env' | 'PAVE_ENV' | 'pave env use';

export interface ResolvedEnvironment {
  name: string;
  source: EnvironmentSource;
  /** For `pave env use`: the directory the default was set in. */
  directory?: string;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

export function validEnvironmentName(name: string, from: string): string {
  if (!NAME.test(name)) {
    throw new UsageError(
      `${from}: "${name}" is not an environment name.`,
      '1–63 letters, digits, dots, dashes or underscores, starting with a letter or digit.',
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
