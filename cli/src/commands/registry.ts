import type { Command } from '../command.ts';

export interface CommandEntry {
  /** One or two words: `info`, `env use`. */
  name: string;
  summary: string;
  load(): Promise<Command>;
}

/**
 * Every command, loaded only when it runs: `pave --help` and `pave --version` read this table and
 * nothing else. A new command is one module in this folder and one line here.
 */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'info',
    summary: 'Show this directory’s component: owner, system, environments, links',
    load: async () => (await import('./info.ts')).default,
  },
  { name: 'search', summary: 'Search the catalog', load: async () => (await import('./search.ts')).default },
  {
    name: 'env use',
    summary: 'Set or show the default environment for this directory',
    load: async () => (await import('./envUse.ts')).default,
  },
  {
    name: 'env list',
    summary: 'List this component’s environments',
    load: async () => (await import('./envList.ts')).default,
  },
  {
    name: 'env create',
    summary: 'Create an environment, or a preview for a git branch (--preview)',
    load: async () => (await import('./envCreate.ts')).default,
  },
  {
    name: 'env clone',
    summary: 'Create an environment as a copy of another (variables and release)',
    load: async () => (await import('./envClone.ts')).default,
  },
  {
    name: 'env delete',
    summary: 'Tear an environment down (asks you to type its name)',
    load: async () => (await import('./envDelete.ts')).default,
  },
  {
    name: 'env open',
    summary: 'Open an environment’s URL in the browser',
    load: async () => (await import('./envOpen.ts')).default,
  },
  {
    name: 'vars',
    summary: 'List the environment’s variables, secrets masked (--reveal)',
    load: async () => (await import('./varsList.ts')).default,
  },
  {
    name: 'vars list',
    summary: 'The same as pave vars',
    load: async () => (await import('./varsList.ts')).default,
  },
  {
    name: 'vars get',
    summary: 'Print one variable’s value',
    load: async () => (await import('./varsGet.ts')).default,
  },
  {
    name: 'vars set',
    summary: 'Set variables: KEY=VALUE…',
    load: async () => (await import('./varsSet.ts')).default,
  },
  {
    name: 'vars unset',
    summary: 'Remove variables',
    load: async () => (await import('./varsUnset.ts')).default,
  },
  {
    name: 'vars import',
    summary: 'Set the variables of a .env, JSON or shell file',
    load: async () => (await import('./varsImport.ts')).default,
  },
  {
    name: 'vars export',
    summary: 'Print the variables as .env, JSON or shell',
    load: async () => (await import('./varsExport.ts')).default,
  },
  {
    name: 'vars diff',
    summary: 'Compare two versions of the variables, or two environments',
    load: async () => (await import('./varsDiff.ts')).default,
  },
  {
    name: 'vars history',
    summary: 'List the versions of the variables: who, when, which keys',
    load: async () => (await import('./varsHistory.ts')).default,
  },
  {
    name: 'vars rollback',
    summary: 'Make the variables what they were at a version again',
    load: async () => (await import('./varsRollback.ts')).default,
  },
  {
    name: 'run',
    summary: 'Run a command with the environment’s variables',
    load: async () => (await import('./run.ts')).default,
  },
  {
    name: 'releases',
    summary: 'List the environment’s releases',
    load: async () => (await import('./releases.ts')).default,
  },
  {
    name: 'releases list',
    summary: 'List the environment’s releases (as pave releases)',
    load: async () => (await import('./releases.ts')).default,
  },
  {
    name: 'releases info',
    summary: 'Show one release in full',
    load: async () => (await import('./releasesInfo.ts')).default,
  },
  {
    name: 'deploy',
    summary: 'Build a git ref and release it, following it until it succeeds or fails',
    load: async () => (await import('./deploy.ts')).default,
  },
  {
    name: 'promote',
    summary: 'Release one environment’s current build to another (--from, --to)',
    load: async () => (await import('./promote.ts')).default,
  },
  {
    name: 'rollback',
    summary: 'Restore an earlier release (default: the previous one that succeeded)',
    load: async () => (await import('./rollback.ts')).default,
  },
  {
    name: 'logs',
    summary: 'Show or follow (-f) the environment’s log lines',
    load: async () => (await import('./logs.ts')).default,
  },
  {
    name: 'login',
    summary: 'Sign in to the gateway (device code in the browser, or --token)',
    load: async () => (await import('./login.ts')).default,
  },
  {
    name: 'logout',
    summary: 'Forget (and revoke) this gateway’s stored token',
    load: async () => (await import('./logout.ts')).default,
  },
  {
    name: 'whoami',
    summary: 'Show who the gateway thinks you are',
    load: async () => (await import('./whoami.ts')).default,
  },
  {
    name: 'version',
    summary: 'Show the CLI version, the gateway URL and the gateway version',
    load: async () => (await import('./version.ts')).default,
  },
  {
    name: 'completion',
    summary: 'Print a shell completion script (bash, zsh or fish)',
    load: async () => (await import('./completion.ts')).default,
  },
];

/** The command named by the leading words of `words` (the longest match), and how many words it took. */
export function findCommand(words: readonly string[]): { entry: CommandEntry; used: number } | undefined {
  for (const used of [2, 1]) {
    const name = words.slice(0, used).join(' ');
    const entry = COMMANDS.find((command) => command.name === name);
    if (entry && words.length >= used) return { entry, used };
  }
  return undefined;
}

/** Commands under a group word (`env` → `env use`), for `pave env` without a subcommand. */
export const commandsUnder = (group: string) => COMMANDS.filter((c) => c.name.startsWith(`${group} `));
