import path from 'node:path';
import { z } from 'zod';
import type { FileConfig } from './schema.ts';
import { databaseUrl, eventsKind, identityKey, mode, natsUrl, port, text } from './schema.ts';
import { checkSection } from './section.ts';

/** The environment variables that override `pave.yaml`, and where each one lands. */
interface EnvVar<T> {
  name: string;
  schema: z.ZodType<T>;
  apply(config: FileConfig, value: T, cwd: string): void;
}

function envVar<T>(name: string, schema: z.ZodType<T>, apply: EnvVar<T>['apply']): EnvVar<unknown> {
  return { name, schema, apply } as EnvVar<unknown>;
}

/** Env vars are strings: an integer must be written as digits only. */
function integerText(schema: z.ZodType<number, number>, expected: string) {
  return z
    .string()
    .trim()
    .regex(/^[0-9]+$/, { error: expected })
    .transform(Number)
    .pipe(schema);
}

export const ENV_VARS: readonly EnvVar<unknown>[] = [
  // A relative PAVE_DATA_DIR is relative to the working directory, as a shell user expects.
  envVar('PAVE_DATA_DIR', text('a directory path'), (c, v, cwd) => (c.dataDir = path.resolve(cwd, v))),
  envVar('PAVE_MODE', mode, (c, v) => (c.mode = v)),
  envVar('PAVE_HOST', text(), (c, v) => (c.gateway.host = v)),
  envVar('PORT', integerText(port, 'an integer from 1 to 65535'), (c, v) => (c.gateway.port = v)),
  envVar('PAVE_IDENTITY_KEY', identityKey, (c, v) => (c.identity.key = v)),
  envVar('DATABASE_URL', databaseUrl, (c, v) => (c.database.url = v)),
  envVar('PAVE_EVENTS', eventsKind, (c, v) => (c.events.kind = v)),
  envVar('NATS_URL', natsUrl, (c, v) => (c.events.url = v)),
];

export interface EnvOverrides {
  /** Names of the variables that were set, so later messages can say where a value came from. */
  names: Set<string>;
  apply(config: FileConfig, cwd: string): void;
}

/** Reads and validates every override; an empty variable counts as unset. */
export function readEnv(env: NodeJS.ProcessEnv): { overrides: EnvOverrides; problems: string[] } {
  const problems: string[] = [];
  const steps: Array<(config: FileConfig, cwd: string) => void> = [];
  const names = new Set<string>();
  for (const variable of ENV_VARS) {
    const raw = env[variable.name];
    if (raw === undefined || raw === '') continue;
    const result = checkSection(variable.schema, raw, { path: variable.name });
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    names.add(variable.name);
    steps.push((config, cwd) => variable.apply(config, result.value, cwd));
  }
  return {
    problems,
    overrides: {
      names,
      apply: (config, cwd) => {
        for (const step of steps) step(config, cwd);
      },
    },
  };
}
