import { extname } from 'node:path';
import type { VariableFormat } from '../__generated__/graphql.ts';
import { UsageError } from '../errors.ts';

/** The names `--format` takes, and what the API calls them. */
export const FORMATS = { env: 'DOTENV', json: 'JSON', shell: 'SHELL' } as const satisfies Record<
  string,
  VariableFormat
>;
export type FormatName = keyof typeof FORMATS;

export function parseFormat(name: string): VariableFormat {
  const format = FORMATS[name.toLowerCase() as FormatName];
  if (!format) {
    throw new UsageError(`--format must be one of ${Object.keys(FORMATS).join(', ')}, not "${name}".`);
  }
  return format;
}

/**
 * The form of a file to import: by its extension (`.json`, `.sh`), else by its content — a JSON
 * object, `export KEY=…` lines as a shell writes them, or a `.env` file.
 */
export function detectFormat(fileName: string, content: string): VariableFormat {
  const extension = extname(fileName).toLowerCase();
  if (extension === '.json') return 'JSON';
  if (extension === '.sh' || extension === '.bash' || extension === '.zsh') return 'SHELL';
  if (content.trimStart().startsWith('{')) return 'JSON';
  const lines = content.split('\n').map((line) => line.trim());
  const statements = lines.filter((line) => line && !line.startsWith('#'));
  if (statements.length > 0 && statements.every((line) => line.startsWith('export '))) return 'SHELL';
  return 'DOTENV';
}
