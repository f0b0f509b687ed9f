/**
 * Scopes any PromQL expression to one component or environment by adding label matchers to
 * every vector selector in it, as prom-label-proxy does. A matcher the caller wrote for the same
 * label cannot widen the scope: both must hold, so a conflicting one selects nothing.
 */

interface Token {
  kind: 'ident' | 'string' | 'number' | 'punct';
  text: string;
  start: number;
  end: number;
}

const AGGREGATIONS = new Set([
  'sum',
  'min',
  'max',
  'avg',
  'group',
  'stddev',
  'stdvar',
  'count',
  'count_values',
  'bottomk',
  'topk',
  'quantile',
  'limitk',
  'limit_ratio',
]);
const GROUPING = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right']);
const KEYWORDS = new Set(['and', 'or', 'unless', 'offset', 'bool', 'atan2', 'nan', 'inf']);

export class PromqlSyntaxError extends Error {}

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const rest = query.slice(i);
    const space = /^(\s+|#[^\n]*)/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const quote = rest[0];
    if (quote === '"' || quote === "'" || quote === '`') {
      let j = i + 1;
      while (j < query.length && query[j] !== quote) j += quote !== '`' && query[j] === '\\' ? 2 : 1;
      if (j >= query.length)
        throw new PromqlSyntaxError(`unterminated string starting at character ${i + 1}`);
      tokens.push({ kind: 'string', text: query.slice(i, j + 1), start: i, end: j + 1 });
      i = j + 1;
      continue;
    }
    const match = (/^[0-9.][0-9a-zA-Z_.]*/.exec(rest) && {
      kind: 'number' as const,
      text: /^[0-9.][0-9a-zA-Z_.]*/.exec(rest)?.[0] as string,
    }) ||
      (/^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(rest) && {
        kind: 'ident' as const,
        text: /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(rest)?.[0] as string,
      }) || { kind: 'punct' as const, text: /^(=~|!=|!~|==|<=|>=)/.exec(rest)?.[0] ?? (rest[0] as string) };
    tokens.push({ ...match, start: i, end: i + match.text.length });
    i += match.text.length;
  }
  return tokens;
}

/** `query` with `matchers` (e.g. `env="dev",app="web"`) added to each of its vector selectors. */
export function scopePromql(query: string, matchers: string): string {
  const tokens = tokenize(query);
  const inserts: Array<{ at: number; text: string }> = [];
  const parens: Array<'group' | 'expr'> = [];
  let braces = 0;
  let brackets = 0;
  let nextParenGroups = false;
  const open = (i: number) => {
    // `{}` right after the brace: no comma needed.
    const next = tokens[i + 1];
    inserts.push({ at: (tokens[i] as Token).end, text: next?.text === '}' ? matchers : `${matchers},` });
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    if (braces > 0) {
      if (token.text === '{') throw new PromqlSyntaxError('unexpected "{" inside a label matcher list');
      if (token.text === '}') braces--;
      continue;
    }
    if (brackets > 0) {
      if (token.text === ']') brackets--;
      continue;
    }
    switch (token.text) {
      case '[':
        brackets++;
        continue;
      case '(':
        parens.push(nextParenGroups ? 'group' : 'expr');
        nextParenGroups = false;
        continue;
      case ')':
        if (parens.pop() === undefined) throw new PromqlSyntaxError('unbalanced ")"');
        continue;
      case '{':
        braces++;
        open(i); // a selector without a metric name
        continue;
      case '}':
        throw new PromqlSyntaxError('unbalanced "}"');
    }
    if (token.kind !== 'ident' || parens.at(-1) === 'group') continue;
    const word = token.text.toLowerCase();
    if (GROUPING.has(word)) {
      nextParenGroups = true;
      continue;
    }
    if (KEYWORDS.has(word) || AGGREGATIONS.has(word) || next?.text === '(' || tokens[i - 1]?.text === '@')
      continue;
    // A metric name: scope the selector it starts.
    if (next?.text === '{') {
      braces++;
      open(i + 1);
      i++;
    } else {
      inserts.push({ at: token.end, text: `{${matchers}}` });
    }
  }
  if (braces > 0 || brackets > 0 || parens.length > 0) throw new PromqlSyntaxError('unbalanced brackets');
  let scoped = query;
  for (const insert of inserts.sort((a, b) => b.at - a.at)) {
    scoped = scoped.slice(0, insert.at) + insert.text + scoped.slice(insert.at);
  }
  return scoped;
}
