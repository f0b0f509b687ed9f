import { describe, expect, it } from 'vitest';
import { parseTtl, timeLeft } from './ttl.ts';

describe('durations', () => {
  it('reads 90s, 30m, 2h, 7d and plain seconds', () => {
    expect(parseTtl('90s')).toBe(90);
    expect(parseTtl('30m')).toBe(1800);
    expect(parseTtl('2h')).toBe(7200);
    expect(parseTtl('7d')).toBe(604_800);
    expect(parseTtl('45')).toBe(45);
    expect(() => parseTtl('2 weeks')).toThrow('--ttl: "2 weeks" is not a duration.');
  });

  it('says roughly how long is left', () => {
    const now = Date.parse('2026-11-22T00:00:00Z');
    expect(timeLeft('2026-11-22T01:59:00Z', now)).toBe('in 1 h 59 min');
    expect(timeLeft('2026-11-22T02:00:00Z', now)).toBe('in 2 h');
    expect(timeLeft('2026-11-22T00:00:30Z', now)).toBe('in 30 s');
    expect(timeLeft('2026-11-25T00:00:00Z', now)).toBe('in 3 d');
    expect(timeLeft('2026-11-21T00:00:00Z', now)).toBe('expired');
  });
});
