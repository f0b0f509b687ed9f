import { REDACTED } from '@pave/subgraph-kit';

/**
 * Shorter values are not masked: a three-letter secret would mask innocent text in every line.
 * The kit's logger draws the same line.
 */
export const MIN_SECRET_LENGTH = 4;

/** Masks every known secret value of one environment in the text it is given. */
export interface Redactor {
  /** How many distinct forms of secret values it masks (0: it returns text unchanged). */
  readonly size: number;
  redact(text: string): string;
}

export const NO_SECRETS: Redactor = { size: 0, redact: (text) => text };

/**
 * The forms a secret value takes in a log line: as set, JSON-escaped (an app logging a JSON
 * document), URL-encoded (a connection string or query parameter), and each line of a multi-line
 * value (a PEM key is printed one line at a time).
 */
function formsOf(value: string): string[] {
  const forms = new Set([value, JSON.stringify(value).slice(1, -1), encodeURIComponent(value)]);
  if (value.includes('\n')) for (const line of value.split(/\r?\n/)) forms.add(line.trim());
  return [...forms].filter((form) => form.length >= MIN_SECRET_LENGTH);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function createRedactor(values: Iterable<string>): Redactor {
  const forms = new Set<string>();
  for (const value of values) for (const form of formsOf(value)) forms.add(form);
  if (forms.size === 0) return NO_SECRETS;
  // Longest first, so a value containing another is masked whole rather than in pieces.
  const ordered = [...forms].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(ordered.map(escapeRegExp).join('|'), 'g');
  return {
    size: forms.size,
    redact: (text) => text.replace(pattern, REDACTED),
  };
}
