import { describe, expect, it } from 'vitest';
import { createRedactor, NO_SECRETS } from './redactor.ts';

describe('createRedactor', () => {
  it('masks every occurrence of every value', () => {
    const redactor = createRedactor(['hunter22', 's3cr3t-token']);
    expect(redactor.redact('login hunter22 with s3cr3t-token, again hunter22')).toBe(
      'login [REDACTED] with [REDACTED], again [REDACTED]',
    );
  });

  it('masks a value containing another one whole', () => {
    const redactor = createRedactor(['abcd', 'abcdefgh']);
    expect(redactor.redact('x=abcdefgh y=abcd')).toBe('x=[REDACTED] y=[REDACTED]');
  });

  it('masks the JSON-escaped and URL-encoded forms and each line of a multi-line value', () => {
    const redactor = createRedactor([
      'pa"ss word/1',
      '-----BEGIN KEY-----\nMIIBOgIBAAJBAKj34\n-----END KEY-----',
    ]);
    expect(redactor.redact('{"password":"pa\\"ss word/1"}')).toBe('{"password":"[REDACTED]"}');
    expect(redactor.redact('postgres://u:pa%22ss%20word%2F1@db')).toBe('postgres://u:[REDACTED]@db');
    expect(redactor.redact('key line: MIIBOgIBAAJBAKj34')).toBe('key line: [REDACTED]');
  });

  it('treats values as text, not patterns', () => {
    expect(createRedactor(['a.b*c+d']).redact('a.b*c+d aXbbbc+d')).toBe('[REDACTED] aXbbbc+d');
  });

  it('leaves text alone without values, and ignores values too short to mask safely', () => {
    expect(createRedactor([])).toBe(NO_SECRETS);
    expect(createRedactor(['abc', '']).redact('abc abc')).toBe('abc abc');
  });
});
