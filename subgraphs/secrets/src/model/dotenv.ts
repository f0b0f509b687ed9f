/**
 * `.env` files as the `dotenv` package reads them: `KEY=value`, optional `export `, `#` comments;
 * values in single quotes or backticks are literal, in double quotes `\n` and `\r` become line
 * breaks; any quoted value may span lines; an unquoted value ends at `#` and is trimmed.
 */

export class FormatError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(`line ${line}: ${message}`);
    this.line = line;
  }
}

const QUOTES = new Set(["'", '"', '`']);

export function parseDotenv(content: string): Array<[string, string]> {
  const text = content.replace(/\r\n?/g, '\n');
  const entries: Array<[string, string]> = [];
  let pos = 0;
  const lineAt = (at: number) => text.slice(0, at).split('\n').length;

  while (pos < text.length) {
    const lineEnd = text.indexOf('\n', pos) === -1 ? text.length : text.indexOf('\n', pos);
    const line = text.slice(pos, lineEnd);
    if (line.trim() === '' || line.trimStart().startsWith('#')) {
      pos = lineEnd + 1;
      continue;
    }
    const head = /^\s*(?:export\s+)?([\w.-]+)(?:\s*=[ \t]*|:[ \t]+)/.exec(line);
    if (!head) throw new FormatError('expected KEY=value', lineAt(pos));
    const key = head[1] as string;
    let valueStart = pos + head[0].length;
    const quote = text[valueStart];
    if (quote !== undefined && QUOTES.has(quote)) {
      const close = closingQuote(text, valueStart + 1, quote);
      if (close === -1) throw new FormatError(`the value of ${key} has no closing ${quote}`, lineAt(pos));
      let value = text.slice(valueStart + 1, close);
      if (quote === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
      entries.push([key, value]);
      pos = endOfLine(text, close) + 1;
      continue;
    }
    valueStart = Math.min(valueStart, lineEnd);
    const raw = text.slice(valueStart, lineEnd);
    const hash = raw.indexOf('#');
    entries.push([key, (hash === -1 ? raw : raw.slice(0, hash)).trim()]);
    pos = lineEnd + 1;
  }
  return entries;
}

/**
 * Where the quoted value closes, as dotenv's regular expression decides: at the first unescaped
 * `quote` if only whitespace or a comment follows it on its line, else at the latest escaped one
 * before it that is so followed (backtracking: the backslash then belongs to the value).
 */
function closingQuote(text: string, from: number, quote: string): number {
  const candidates: number[] = [];
  let i = from;
  for (; i < text.length; i++) {
    if (text[i] === '\\' && text[i + 1] === quote) candidates.push(++i);
    else if (text[i] === quote) break;
  }
  if (i < text.length) candidates.push(i);
  for (const at of candidates.reverse()) if (closesLine(text, at)) return at;
  return -1;
}

const endOfLine = (text: string, from: number) => {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
};

const closesLine = (text: string, at: number) =>
  /^[ \t]*(#.*)?$/.test(text.slice(at + 1, endOfLine(text, at)));

const BARE = /^[A-Za-z0-9_./:@%+,=-]*$/;

/**
 * One `KEY=value` line (or several, for a multi-line value) that `parseDotenv` and the `dotenv`
 * package read back exactly. Returns undefined for the rare value no dotenv quoting can carry: one
 * that holds all three quote characters, or `\n` as text along with `'` and a backtick.
 */
export function formatDotenvLine(key: string, value: string): string | undefined {
  if (BARE.test(value)) return `${key}=${value}`;
  if (!value.includes("'")) return `${key}='${value}'`;
  if (!value.includes('`')) return `${key}=\`${value}\``;
  if (!value.includes('"') && !/\\[nr]/.test(value)) {
    return `${key}="${value.replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`;
  }
  return undefined;
}
