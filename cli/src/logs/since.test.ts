import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.ts';
import { parseSince } from './since.ts';

const now = new Date('2026-11-22T12:00:00.000Z');

describe('--since', () => {
  it('reads a duration back from now, in one unit or several', () => {
    expect(parseSince('30s', now).toISOString()).toBe('2026-11-22T11:59:30.000Z');
    expect(parseSince('15m', now).toISOString()).toBe('2026-11-22T11:45:00.000Z');
    expect(parseSince('1h', now).toISOString()).toBe('2026-11-22T11:00:00.000Z');
    expect(parseSince('1h30m', now).toISOString()).toBe('2026-11-22T10:30:00.000Z');
    expect(parseSince('2d', now).toISOString()).toBe('2026-11-20T12:00:00.000Z');
    expect(parseSince('1W', now).toISOString()).toBe('2026-11-15T12:00:00.000Z');
  });

  it('reads a date or a time, UTC unless a zone is given', () => {
    expect(parseSince('2026-11-20', now).toISOString()).toBe('2026-11-20T00:00:00.000Z');
    expect(parseSince('2026-11-20T14:00', now).toISOString()).toBe('2026-11-20T14:00:00.000Z');
    expect(parseSince('2026-11-20 14:00:05', now).toISOString()).toBe('2026-11-20T14:00:05.000Z');
    expect(parseSince('2026-11-20T14:00:00+02:00', now).toISOString()).toBe('2026-11-20T12:00:00.000Z');
  });

  it('refuses anything else as a usage error that shows the forms', () => {
    for (const text of ['yesterday', '0m', '1.5h', '-1h', '2026-13-45', 'h1', '']) {
      expect(() => parseSince(text, now), text).toThrow(UsageError);
    }
    expect(() => parseSince('soon', now)).toThrow('--since: "soon" is neither a duration nor a date.');
  });
});
