import { UsageError } from '../errors.ts';

/** What a variable's name may be: the secrets capability's rule, checked before anything is sent. */
export const KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

export type Assignment =
  | { key: string; from: 'argument'; value: string }
  /** `KEY=-`: the value is read from stdin, so it stays out of the shell's history and `ps`. */
  | { key: string; from: 'stdin' }
  /** `KEY` alone: asked for on a terminal, with the typed characters masked. */
  | { key: string; from: 'prompt' };

export function checkKey(key: string, where: string): string {
  if (!KEY_PATTERN.test(key)) {
    // Only the key is quoted: what follows `=` may be a secret.
    throw new UsageError(
      `${where}: "${key}" is not a variable name.`,
      'Letters, digits and _, not starting with a digit (e.g. DATABASE_URL).',
    );
  }
  return key;
}

/** `KEY=VALUE`, `KEY=-` and `KEY` words, each key once, at most one read from stdin. */
export function parseAssignments(words: readonly string[]): Assignment[] {
  const seen = new Set<string>();
  const assignments = words.map((word, i): Assignment => {
    const equals = word.indexOf('=');
    if (equals < 0 && !KEY_PATTERN.test(word)) {
      // Not quoted: a word without `=` that is no name is most likely a value typed without its key.
      throw new UsageError(
        `Argument ${i + 1} is neither KEY=VALUE nor a variable name.`,
        'Usage: pave vars set KEY=VALUE…',
      );
    }
    const key = checkKey(equals < 0 ? word : word.slice(0, equals), 'KEY=VALUE');
    if (seen.has(key)) throw new UsageError(`${key} is given more than once.`);
    seen.add(key);
    if (equals < 0) return { key, from: 'prompt' };
    const value = word.slice(equals + 1);
    return value === '-' ? { key, from: 'stdin' } : { key, from: 'argument', value };
  });
  if (assignments.filter((a) => a.from === 'stdin').length > 1) {
    throw new UsageError('Only one value can be read from stdin (KEY=-).');
  }
  return assignments;
}

/** All of stdin, without the one line break `echo` or a file's last line adds. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}
