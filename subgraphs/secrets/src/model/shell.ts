/**
 * Shell `export KEY=value` lines, as `env`-style tools print them: values in single quotes, a `'`
 * inside written as `'\''`. Reading accepts what a POSIX shell would assign without expanding
 * anything: single quotes, double quotes with `\` escapes, and bare words; `$` and backticks
 * outside single quotes are refused, since a shell would substitute them.
 */
import { FormatError } from './dotenv.ts';

export function formatShellLine(key: string, value: string): string {
  return `export ${key}='${value.replace(/'/g, `'\\''`)}'`;
}

export function parseShell(content: string): Array<[string, string]> {
  const text = content.replace(/\r\n?/g, '\n');
  const entries: Array<[string, string]> = [];
  let pos = 0;
  let line = 1;
  const fail = (message: string): never => {
    throw new FormatError(message, line);
  };

  while (pos < text.length) {
    const rest = text.slice(pos);
    const blank = /^[ \t]*(#[^\n]*)?(\n|$)/.exec(rest);
    if (blank && blank[0].length > 0) {
      pos += blank[0].length;
      if (blank[2] === '\n') line++;
      continue;
    }
    const head = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)=/.exec(rest);
    if (!head) fail('expected export KEY=value');
    pos += (head as RegExpExecArray)[0].length;
    const key = (head as RegExpExecArray)[1] as string;
    let value = '';
    const startLine = line;
    while (pos < text.length && !/[ \t\n;]/.test(text[pos] as string)) {
      const char = text[pos] as string;
      if (char === "'") {
        const close = text.indexOf("'", pos + 1);
        if (close === -1) fail(`the value of ${key} has no closing '`);
        const quoted = text.slice(pos + 1, close);
        line += quoted.split('\n').length - 1;
        value += quoted;
        pos = close + 1;
      } else if (char === '"') {
        pos++;
        for (;;) {
          const c = text[pos];
          if (c === undefined) {
            line = startLine;
            fail(`the value of ${key} has no closing "`);
          }
          pos++;
          if (c === '"') break;
          if (c === '$' || c === '`') fail(`the value of ${key} would be expanded by a shell (${c})`);
          if (c === '\\' && /[$`"\\\n]/.test(text[pos] ?? '')) {
            if (text[pos] !== '\n') value += text[pos];
            pos++;
          } else {
            if (c === '\n') line++;
            value += c;
          }
        }
      } else if (char === '\\') {
        if (text[pos + 1] !== '\n') value += text[pos + 1] ?? '';
        pos += 2;
      } else if (char === '$' || char === '`' || /[|&<>()]/.test(char)) {
        fail(`the value of ${key} would be expanded or run by a shell (${char}); quote it in '…'`);
      } else {
        value += char;
        pos++;
      }
    }
    entries.push([key, value]);
    const end = /^[ \t]*;?[ \t]*(#[^\n]*)?(\n|$)/.exec(text.slice(pos));
    if (!end) fail(`unexpected text after the value of ${key}`);
    pos += (end as RegExpExecArray)[0].length;
    if ((end as RegExpExecArray)[2] === '\n') line++;
  }
  return entries;
}
