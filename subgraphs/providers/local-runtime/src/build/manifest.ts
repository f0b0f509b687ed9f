import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, parseSection } from '@pave/subgraph-kit';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { RuntimeFailure } from '../failure.ts';

/** How to build, run and health-check an app, from its pave.yaml or Procfile. */
export interface AppManifest {
  /** A shell command run once per artifact in its directory, or null. */
  build: string | null;
  /** The shell command of the app's web process; it must listen on $PORT. */
  run: string;
  healthcheck: {
    /** An HTTP path answered with 2xx/3xx once the app serves; null = the port accepts connections. */
    path: string | null;
    timeoutMs: number;
  };
  /** Which file it came from, for messages. */
  file: 'pave.yaml' | 'Procfile';
}

const command = (what: string) => z.string({ error: what }).trim().min(1, { error: what });
const httpPath = z.string({ error: 'an HTTP path such as /healthz' }).regex(/^\/\S*$/, {
  error: 'an HTTP path such as /healthz',
});

const paveYamlSchema = z.strictObject({
  /** The catalog entity the app is; informative. */
  component: z.string({ error: 'an entity ref' }).optional(),
  build: command('a shell command, or null').nullable().optional(),
  run: command('the shell command that starts the web process'),
  healthcheck: z
    .union(
      [
        httpPath,
        z.strictObject({
          path: httpPath.nullable().optional(),
          timeoutSeconds: z.number({ error: 'seconds, from 1 to 600' }).min(1).max(600).optional(),
        }),
      ],
      { error: 'an HTTP path, or { path, timeoutSeconds }' },
    )
    .nullable()
    .optional(),
});

export const DEFAULT_HEALTH_TIMEOUT_MS = 30_000;

/** Reads `<appDir>/pave.yaml`, else the `web` process of `<appDir>/Procfile`. */
export async function readManifest(appDir: string): Promise<AppManifest> {
  const yamlText = await readOptional(path.join(appDir, 'pave.yaml'));
  if (yamlText !== undefined) return fromPaveYaml(yamlText);
  const procfile = await readOptional(path.join(appDir, 'Procfile'));
  if (procfile !== undefined) return fromProcfile(procfile);
  throw new RuntimeFailure(
    'INVALID_MANIFEST',
    'The app has neither a pave.yaml (build, run, healthcheck) nor a Procfile beside its catalog-info.yaml.',
  );
}

export function fromPaveYaml(text: string): AppManifest {
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    throw new RuntimeFailure('INVALID_MANIFEST', `pave.yaml is not valid YAML: ${(error as Error).message}`);
  }
  let parsed: z.output<typeof paveYamlSchema>;
  try {
    parsed = parseSection(paveYamlSchema, document ?? {}, { file: 'pave.yaml', path: '' });
  } catch (error) {
    const problems = error instanceof ConfigError ? error.problems.join('; ') : (error as Error).message;
    throw new RuntimeFailure('INVALID_MANIFEST', problems);
  }
  const { build, run, healthcheck } = parsed;
  const check = typeof healthcheck === 'string' ? { path: healthcheck } : (healthcheck ?? {});
  return {
    build: build ?? null,
    run,
    healthcheck: {
      path: check.path ?? null,
      timeoutMs:
        'timeoutSeconds' in check && check.timeoutSeconds
          ? check.timeoutSeconds * 1000
          : DEFAULT_HEALTH_TIMEOUT_MS,
    },
    file: 'pave.yaml',
  };
}

export function fromProcfile(text: string): AppManifest {
  for (const line of text.split('\n')) {
    const match = /^web\s*:\s*(.+)$/.exec(line.trim());
    if (match?.[1]) {
      return {
        build: null,
        run: match[1].trim(),
        healthcheck: { path: null, timeoutMs: DEFAULT_HEALTH_TIMEOUT_MS },
        file: 'Procfile',
      };
    }
  }
  throw new RuntimeFailure('INVALID_MANIFEST', 'The Procfile has no "web:" process.');
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
