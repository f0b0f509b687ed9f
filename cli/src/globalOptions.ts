import type { OptionSpec } from './command.ts';

/** Flags every command takes. */
export const GLOBAL_OPTIONS = {
  component: {
    type: 'string',
    short: 'c',
    placeholder: 'REF',
    description: 'The component (default: catalog-info.yaml here or above, else the git remote)',
  },
  env: {
    type: 'string',
    short: 'e',
    placeholder: 'NAME',
    description: 'The environment (default: PAVE_ENV, then `pave env use`)',
  },
  json: { type: 'boolean', description: 'Print stable JSON on stdout; messages go to stderr' },
  help: { type: 'boolean', short: 'h', description: 'Show help' },
  version: { type: 'boolean', description: 'Print the CLI version' },
} as const satisfies Record<string, OptionSpec>;

export const ENVIRONMENT_VARIABLES: ReadonlyArray<readonly [string, string]> = [
  ['PAVE_URL', 'the gateway (default http://localhost:4000)'],
  ['PAVE_TOKEN', 'a token used instead of the stored login; never written to disk'],
  ['PAVE_COMPONENT', 'the component, as --component'],
  ['PAVE_ENV', 'the environment, as --env'],
  ['XDG_CONFIG_HOME', 'where pave/credentials.json is kept (default ~/.config)'],
  ['CI', 'set: plain output, no prompts, no spinners (as when not on a terminal)'],
  ['NO_COLOR', 'set: no colours'],
];

export const EXIT_CODES: ReadonlyArray<readonly [string, string]> = [
  ['0', 'success'],
  [
    '1',
    'failure: the gateway refused or could not be reached, nothing was found, a backend or a release failed',
  ],
  ['2', 'usage: an unknown command or flag, a missing argument, a component pave cannot work out'],
  ['130', 'interrupted (Ctrl-C; pave logs -f ends with 0)'],
];
