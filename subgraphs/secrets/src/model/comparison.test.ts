import { describe, expect, it } from 'vitest';
import { compareVariableSets, type VisibleVariable } from './comparison.ts';

const plain = (key: string, value: string): VisibleVariable => ({ key, value, secret: false, masked: false });
const masked = (key: string): VisibleVariable => ({ key, value: null, secret: true, masked: true });
const revealed = (key: string, value: string): VisibleVariable => ({
  key,
  value,
  secret: true,
  masked: false,
});

describe('comparing two environments’ variables', () => {
  it('says per key: only in one, the same, or different, with the values the caller may see', () => {
    const staging = [plain('PORT', '8080'), plain('LOG', 'json'), plain('ONLY_HERE', 'x'), masked('API_KEY')];
    const production = [plain('PORT', '80'), plain('LOG', 'json'), plain('NEW', 'y'), masked('API_KEY')];
    expect(compareVariableSets(staging, production)).toEqual([
      { key: 'API_KEY', state: 'NOT_COMPARED', secret: true, fromValue: null, toValue: null },
      { key: 'LOG', state: 'SAME', secret: false, fromValue: 'json', toValue: 'json' },
      { key: 'NEW', state: 'ONLY_IN_TO', secret: false, fromValue: null, toValue: 'y' },
      { key: 'ONLY_HERE', state: 'ONLY_IN_FROM', secret: false, fromValue: 'x', toValue: null },
      { key: 'PORT', state: 'DIFFERS', secret: false, fromValue: '8080', toValue: '80' },
    ]);
  });

  it('compares secrets only when both sides were revealed, and a change of kind always', () => {
    expect(
      compareVariableSets(
        [revealed('A', 's3cr3t'), revealed('B', 'one'), masked('C')],
        [revealed('A', 's3cr3t'), revealed('B', 'two'), plain('C', 'now-plain')],
      ).map(({ key, state }) => `${key} ${state}`),
    ).toEqual(['A SAME', 'B DIFFERS', 'C DIFFERS']);
  });

  it('never gives a value that was masked, not even when only one side is', () => {
    const [only] = compareVariableSets([masked('TOKEN')], [revealed('TOKEN', 'visible-here')]);
    expect(only).toEqual({
      key: 'TOKEN',
      state: 'NOT_COMPARED',
      secret: true,
      fromValue: null,
      toValue: 'visible-here',
    });
  });
});
