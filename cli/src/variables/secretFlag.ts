import { UsageError } from '../errors.ts';

/** `--secret` → true, `--plain` → false, neither → undefined (the platform keeps the kind). */
export function secretFlag(options: Record<string, string | boolean | undefined>): boolean | undefined {
  if (options.secret && options.plain) throw new UsageError('Give --secret or --plain, not both.');
  if (options.secret) return true;
  if (options.plain) return false;
  return undefined;
}
