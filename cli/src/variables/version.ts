import { UsageError } from '../errors.ts';

/** `3` or `v3`, as history shows them. */
export function parseVersion(text: string, name: string): number {
  const match = /^v?(\d{1,9})$/i.exec(text.trim());
  if (!match)
    throw new UsageError(
      `${name}: "${text}" is not a version number.`,
      'A number from pave vars history, e.g. 3 or v3.',
    );
  return Number(match[1]);
}
