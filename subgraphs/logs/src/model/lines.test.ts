import { describe, expect, it } from 'vitest';
import type { LogLine } from '../port.ts';
import { guessLevel, levelsFrom, matchesFilter, truncateLine } from './lines.ts';

const line = (overrides: Partial<LogLine> = {}): LogLine => ({
  cursor: 'c',
  environmentId: 'component:default/web/dev',
  time: new Date('2026-01-01T12:00:00Z'),
  source: 'process',
  line: 'GET / 200',
  ...overrides,
});

describe('log lines', () => {
  it('filter by level at or above, source, text and time', () => {
    expect(levelsFrom('warn')).toEqual(['warn', 'error']);
    expect(matchesFilter(line({ level: 'error' }), { minLevel: 'warn' })).toBe(true);
    expect(matchesFilter(line({ level: 'info' }), { minLevel: 'warn' })).toBe(false);
    expect(matchesFilter(line(), { minLevel: 'debug' })).toBe(false); // unknown level
    expect(matchesFilter(line(), { sources: ['platform'] })).toBe(false);
    expect(matchesFilter(line(), { grep: 'GET /' })).toBe(true);
    expect(matchesFilter(line(), { grep: 'get /' })).toBe(false);
    expect(
      matchesFilter(line(), {
        since: new Date('2026-01-01T12:00:00Z'),
        until: new Date('2026-01-01T12:00:01Z'),
      }),
    ).toBe(true);
    expect(matchesFilter(line(), { until: new Date('2026-01-01T12:00:00Z') })).toBe(false);
  });

  it('read levels lines state, and no others', () => {
    expect(guessLevel('{"level":"warn","msg":"slow"}')).toBe('warn');
    expect(guessLevel('time=1 level=error msg=x')).toBe('error');
    expect(guessLevel('2026-01-01T12:00:00Z [WARNING] disk')).toBe('warn');
    expect(guessLevel('FATAL out of memory')).toBe('error');
    expect(guessLevel('no error found in 3 files')).toBeUndefined();
    expect(guessLevel('GET / 200')).toBeUndefined();
  });

  it('cut runaway lines', () => {
    expect(truncateLine('x'.repeat(20_000))).toHaveLength(16 * 1024 + '… [truncated]'.length);
  });
});
