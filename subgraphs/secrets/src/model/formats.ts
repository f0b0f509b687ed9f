import { badUserInput } from '@pave/subgraph-kit';
import { FormatError, formatDotenvLine, parseDotenv } from './dotenv.ts';
import { compareKeys } from './plan.ts';
import { formatShellLine, parseShell } from './shell.ts';

export type VariableFormat = 'DOTENV' | 'JSON' | 'SHELL';

/**
 * Reads `content` as `format` into key/value pairs (a key given twice: the last one wins, as in
 * dotenv and a shell). Throws BAD_USER_INPUT naming `field` and the line.
 */
export function parseVariables(format: VariableFormat, content: string, field: string): Map<string, string> {
  try {
    if (format === 'JSON') return parseJsonVariables(content);
    return new Map(format === 'DOTENV' ? parseDotenv(content) : parseShell(content));
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    throw badUserInput(`The ${format.toLowerCase()} content cannot be read: ${error.message}.`, {
      field,
      rule: RULES[format],
    });
  }
}

const RULES: Record<VariableFormat, string> = {
  DOTENV: '.env lines KEY=value, quoted as dotenv reads them',
  JSON: 'a JSON object of strings',
  SHELL: "shell lines export KEY='value', without expansions",
};

function parseJsonVariables(content: string): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (error) {
    // JSON.parse messages quote the text around the error; that text may be a secret.
    throw new FormatError('not valid JSON', lineOfJsonError(content, error));
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new FormatError('expected a JSON object of strings', 1);
  }
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value === 'string') entries.set(key, value);
    else if (typeof value === 'number' || typeof value === 'boolean') entries.set(key, String(value));
    else throw new FormatError(`the value of ${JSON.stringify(key)} is not a string`, 1);
  }
  return entries;
}

function lineOfJsonError(content: string, error: unknown): number {
  const position = /position (\d+)/.exec((error as Error).message)?.[1];
  return position === undefined ? 1 : content.slice(0, Number(position)).split('\n').length;
}

/**
 * The variables as `format`, ordered by key. `hidden` names secrets left out (not revealed): a
 * comment says so in the formats that have comments. Throws BAD_USER_INPUT for a value a `.env`
 * file cannot carry.
 */
export function formatVariables(
  format: VariableFormat,
  variables: ReadonlyArray<{ key: string; value: string }>,
  hidden: readonly string[] = [],
): string {
  const sorted = [...variables].sort((a, b) => compareKeys(a.key, b.key));
  if (format === 'JSON') {
    return `${JSON.stringify(Object.fromEntries(sorted.map(({ key, value }) => [key, value])), null, 2)}\n`;
  }
  const lines = sorted.map(({ key, value }) => {
    if (format === 'SHELL') return formatShellLine(key, value);
    const line = formatDotenvLine(key, value);
    if (line === undefined) {
      throw badUserInput(`The value of ${key} cannot be written as .env: it holds ', " and \` at once.`, {
        field: 'format',
        rule: 'use JSON or SHELL for such values',
      });
    }
    return line;
  });
  if (hidden.length > 0) lines.unshift(`# secrets not revealed: ${[...hidden].sort(compareKeys).join(' ')}`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
