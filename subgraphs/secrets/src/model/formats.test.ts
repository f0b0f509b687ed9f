import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as dotenvParse } from 'dotenv';
import { describe, expect, it } from 'vitest';
import { parseDotenv } from './dotenv.ts';
import { formatVariables, parseVariables } from './formats.ts';

/** Values that exercise every quoting rule. */
const TRICKY: Record<string, string> = {
  PLAIN: 'postgres://u@db:5432/app?ssl=true',
  EMPTY: '',
  SPACES: '  padded value  ',
  HASH: 'a#not-a-comment',
  SINGLE: "it's",
  DOUBLE: 'say "hi"',
  BOTH: `it's "quoted"`,
  MULTI: '-----BEGIN KEY-----\nabc\ndef\n-----END KEY-----',
  LITERAL_NEWLINE: 'a\\nb',
  BACKSLASH_END: 'ends with \\',
  DOLLAR: 'cost $5 `cmd` $(x)',
  UNICODE: 'größe ✓',
};

describe('.env', () => {
  it('reads what the dotenv package reads', () => {
    const file = [
      '# comment',
      'export A=1',
      'B = two words  # trailing comment',
      "C='single # kept'",
      'D="double\\nline"',
      'E=`back`',
      'F="multi',
      'line"',
      'G=',
      'H: colon',
      'I=x#y',
      '',
    ].join('\r\n');
    expect(Object.fromEntries(parseDotenv(file))).toEqual(dotenvParse(file));
    expect(Object.fromEntries(parseDotenv(file))).toMatchObject({ B: 'two words', F: 'multi\nline', I: 'x' });
  });

  it('writes every value so that the dotenv package reads it back exactly', () => {
    const variables = Object.entries(TRICKY).map(([key, value]) => ({ key, value }));
    const text = formatVariables('DOTENV', variables);
    expect(dotenvParse(text)).toEqual(TRICKY);
    expect(parseVariables('DOTENV', text, 'content')).toEqual(new Map(Object.entries(TRICKY)));
  });

  it('refuses a value no dotenv quoting can carry, naming the key only', () => {
    const call = () => formatVariables('DOTENV', [{ key: 'ALL', value: `'"\`` }]);
    expect(call).toThrow(/ALL/);
    try {
      call();
    } catch (error) {
      expect((error as { extensions: unknown }).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
  });

  it('names the line it cannot read', () => {
    expect(() => parseVariables('DOTENV', 'A=1\nthis is not a variable\n', 'input.content')).toThrow(
      /line 2: expected KEY=value/,
    );
    expect(() => parseVariables('DOTENV', 'A=1\nB="open\n', 'input.content')).toThrow(/line 2/);
  });

  it('marks secrets left out', () => {
    expect(formatVariables('DOTENV', [{ key: 'A', value: '1' }], ['TOKEN'])).toBe(
      '# secrets not revealed: TOKEN\nA=1\n',
    );
  });
});

describe('shell', () => {
  it('writes lines a real shell assigns exactly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pave-shell-'));
    try {
      const file = join(dir, 'vars.sh');
      const variables = Object.entries(TRICKY).map(([key, value]) => ({ key, value }));
      writeFileSync(file, formatVariables('SHELL', variables));
      const script = `set -e; . "$1"; for k in ${Object.keys(TRICKY).join(' ')}; do printf '%s\\0%s\\0' "$k" "\${!k}"; done`;
      const out = execFileSync('bash', ['-c', script, 'bash', file], { env: {} }).toString();
      const parts = out.split('\0').slice(0, -1);
      const seen: Record<string, string> = {};
      for (let i = 0; i < parts.length; i += 2) seen[parts[i]!] = parts[i + 1]!;
      expect(seen).toEqual(TRICKY);
      expect(parseVariables('SHELL', formatVariables('SHELL', variables), 'c')).toEqual(
        new Map(Object.entries(TRICKY)),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads double quotes, escapes and bare words as a shell does, refusing expansions', () => {
    const text = 'export A="x \\"y\\" \\$z"\nB=bare\\ word # c\nexport C=\'a\'"b"c;\n';
    expect(parseVariables('SHELL', text, 'c')).toEqual(
      new Map([
        ['A', 'x "y" $z'],
        ['B', 'bare word'],
        ['C', 'abc'],
      ]),
    );
    expect(() => parseVariables('SHELL', 'A=$HOME\n', 'c')).toThrow(/expanded/);
    expect(() => parseVariables('SHELL', 'A=1\nB="$(x)"\n', 'c')).toThrow(/line 2/);
  });
});

describe('JSON', () => {
  it('round-trips, turning numbers and booleans into strings', () => {
    const parsed = parseVariables('JSON', '{"A": "1", "B": 2, "C": true}', 'c');
    expect(parsed).toEqual(
      new Map([
        ['A', '1'],
        ['B', '2'],
        ['C', 'true'],
      ]),
    );
    const variables = Object.entries(TRICKY).map(([key, value]) => ({ key, value }));
    expect(parseVariables('JSON', formatVariables('JSON', variables), 'c')).toEqual(
      new Map(Object.entries(TRICKY)),
    );
  });

  it('never repeats the content in its message', () => {
    const secret = 'hunter2-very-secret';
    for (const bad of [`{"A": ${secret}}`, `["${secret}"]`, `{"A": {"x": "${secret}"}}`]) {
      try {
        parseVariables('JSON', bad, 'input.content');
        expect.unreachable();
      } catch (error) {
        expect((error as Error).message).not.toContain(secret);
        expect((error as { extensions: unknown }).extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'input.content',
        });
      }
    }
  });
});
