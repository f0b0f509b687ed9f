import type { OptionSpec } from '../command.ts';

/** Options deploy, promote and rollback share. */
export const NO_WAIT = {
  'no-wait': { type: 'boolean', description: 'Return once the release is recorded, without following it' },
} as const satisfies Record<string, OptionSpec>;

export const YES = {
  yes: { type: 'boolean', short: 'y', description: 'Do not ask for a confirmation' },
} as const satisfies Record<string, OptionSpec>;
