import type { z } from 'zod';

/**
 * Turns zod issues into problem lines: `<where>: <path>: got <value>, expected <what>`.
 *
 * The convention: an issue's message says what was expected ("an integer from 1 to 65535"),
 * never what went wrong. Schemas set it with `{ error: '...' }`; `expectedMessage` below, passed
 * as the per-parse error map, words every issue a schema left unworded.
 */

type RawIssue = Parameters<z.core.$ZodErrorMap>[0];

export interface Where {
  /** What the value came from, as shown to people: a file ("pave.yaml"), or nothing for env vars. */
  label?: string;
  /** Where the value sits inside it ("gateway.port"), or an env var name ("PORT"). */
  path: string;
}

export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  where: Where,
): string[] {
  const problems: string[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push(
          problemLine(
            where.label,
            joinPath(where.path, [...issue.path, key]),
            `unknown key, expected ${issue.message}`,
          ),
        );
      }
      continue;
    }
    const path = joinPath(where.path, issue.path);
    const value = valueAt(input, issue.path);
    const found = value === undefined ? 'missing' : `got ${describeValue(value, path)}`;
    problems.push(problemLine(where.label, path, `${found}, expected ${issue.message}`));
  }
  return problems;
}

export function problemLine(label: string | undefined, path: string, text: string): string {
  return [label, path, text].filter(Boolean).join(': ');
}

/** Per-parse zod error map: what a value should have been, for issues a schema left unworded. */
export const expectedMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_WORDS[issue.expected] ?? `a value of type ${issue.expected}`;
    case 'too_small':
      return sizeWords(issue.origin, issue.minimum, issue.inclusive ?? true, 'min');
    case 'too_big':
      return sizeWords(issue.origin, issue.maximum, issue.inclusive ?? true, 'max');
    case 'invalid_value':
      return oneOf(issue.values.map((v) => JSON.stringify(v)));
    case 'invalid_format':
      return formatWords(issue);
    case 'not_multiple_of':
      return `a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return knownKeys(issue);
    case 'invalid_union':
      return 'options' in issue && Array.isArray(issue.options)
        ? oneOf(issue.options.map((v) => JSON.stringify(v)))
        : 'a value of one of the allowed forms';
    case 'invalid_key':
      return 'a valid key';
    case 'invalid_element':
      return 'valid elements';
    default:
      return 'a valid value';
  }
};

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  bigint: 'an integer',
  boolean: 'true or false',
  object: 'a mapping',
  record: 'a mapping',
  map: 'a mapping',
  array: 'a list',
  tuple: 'a list',
  set: 'a list',
  date: 'a date',
  null: 'null',
  undefined: 'nothing',
  never: 'nothing here',
  nonoptional: 'a value',
};

function sizeWords(
  origin: string,
  limit: number | bigint | Date,
  inclusive: boolean,
  side: 'min' | 'max',
): string {
  const n = limit instanceof Date ? limit.toISOString() : String(limit);
  const bound =
    side === 'min'
      ? inclusive
        ? `at least ${n}`
        : `more than ${n}`
      : inclusive
        ? `at most ${n}`
        : `less than ${n}`;
  switch (origin) {
    case 'string':
      return side === 'min' && inclusive && n === '1'
        ? 'a non-empty string'
        : `a string of ${bound} characters`;
    case 'array':
    case 'set':
      return side === 'min' && inclusive && n === '1' ? 'a non-empty list' : `a list of ${bound} items`;
    case 'date':
      return `a date ${side === 'min' ? 'from' : 'up to'} ${n}`;
    default:
      return `a number ${bound}`;
  }
}

function formatWords(issue: Extract<RawIssue, { code: 'invalid_format' }>): string {
  const extra = issue as { pattern?: unknown; prefix?: unknown; suffix?: unknown; includes?: unknown };
  switch (issue.format) {
    case 'url':
      return 'a URL';
    case 'email':
      return 'an email address';
    case 'regex':
      return `a string matching ${String(extra.pattern)}`;
    case 'starts_with':
      return `a string starting with ${JSON.stringify(extra.prefix)}`;
    case 'ends_with':
      return `a string ending with ${JSON.stringify(extra.suffix)}`;
    case 'includes':
      return `a string containing ${JSON.stringify(extra.includes)}`;
    default:
      return `a valid ${issue.format}`;
  }
}

/** The keys an object (or enum-keyed record) schema accepts, read from the schema that raised the issue. */
function knownKeys(issue: RawIssue): string {
  const def = (issue.inst as { _zod?: { def?: unknown } } | undefined)?._zod?.def as
    | { shape?: Record<string, unknown>; keyType?: { _zod?: { values?: Set<unknown> } } }
    | undefined;
  const keys = def?.shape ? Object.keys(def.shape) : [...(def?.keyType?._zod?.values ?? [])].map(String);
  return keys.length === 0 ? 'no keys here' : `one of ${keys.join(', ')}`;
}

function oneOf(words: string[]): string {
  if (words.length === 1) return words[0] ?? '';
  return `one of ${words.join(', ')}`;
}

/** `base` (already formatted) followed by `segments`: `gateway.auth.jwt[0].jwksUrl`. */
export function joinPath(base: string, segments: readonly PropertyKey[]): string {
  let out = base;
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const key = String(segment);
      if (/^[A-Za-z_$][\w$-]*$/.test(key)) out += out ? `.${key}` : key;
      else out += `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

const SECRET_NAME = /(key|token|secret|password|passphrase|credentials?)s?$/i;
const MAX_SHOWN = 80;

/**
 * A value as shown after "got". Values under secret-looking names (`identity.key`,
 * `PAVE_IDENTITY_KEY`, an adapter's `token`) are never shown, nor are passwords inside URLs.
 */
export function describeValue(value: unknown, path: string): string {
  const name =
    path
      .split(/[.[\]"]+/)
      .filter(Boolean)
      .pop() ?? '';
  if (SECRET_NAME.test(name) && value !== null && typeof value !== 'object') {
    return `a hidden value of ${String(value).length} characters`;
  }
  if (typeof value === 'string') {
    const shown = hideUrlCredentials(value);
    return JSON.stringify(shown.length > MAX_SHOWN ? `${shown.slice(0, MAX_SHOWN)}…` : shown);
  }
  if (Array.isArray(value))
    return value.length === 0
      ? 'an empty list'
      : `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (value !== null && typeof value === 'object') return 'a mapping';
  return String(value);
}

function hideUrlCredentials(text: string): string {
  return text.replace(/(\/\/)([^/@\s]+)@/g, (_all, slashes: string, userinfo: string) => {
    const colon = userinfo.indexOf(':');
    return `${slashes}${colon === -1 ? '***' : `${userinfo.slice(0, colon)}:***`}@`;
  });
}
