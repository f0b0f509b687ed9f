import path from 'node:path';
import type { z } from 'zod';
import { ConfigError } from './errors.ts';
import { expectedMessage, issuesToProblems, type Where } from './issues.ts';

export type SectionResult<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** Validates `value` against `schema`, collecting problem lines instead of throwing. */
export function checkSection<T>(schema: z.ZodType<T>, value: unknown, where: Where): SectionResult<T> {
  const result = schema.safeParse(value, { error: expectedMessage });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: issuesToProblems(result.error.issues, value, where) };
}

/**
 * Validates one section of the configuration, such as a capability's adapter options, and
 * reports problems in the loader's format:
 * `pave.yaml: subgraphs.secrets.adapter.address: got "x", expected an http(s) URL`.
 *
 * Word custom messages as what is expected (`z.string({ error: 'a Vault token' })`); issues a
 * schema leaves unworded are worded for you. Use strict objects so misspelt options are caught.
 */
export function parseSection<T>(
  schema: z.ZodType<T>,
  value: unknown,
  where: { file?: string; path: string },
): T {
  const result = checkSection(schema, value, {
    label: where.file ? displayFile(where.file) : undefined,
    path: where.path,
  });
  if (!result.ok) throw new ConfigError(result.problems);
  return result.value;
}

/** A file as named in messages: relative to `cwd` when inside it, else absolute. */
export function displayFile(file: string, cwd: string = process.cwd()): string {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}
