import { describe, expect, it } from 'vitest';
import { compareVariables } from './compare.ts';
import type { Variable } from './views.ts';

const variable = (key: string, value: string | null, secret = false): Variable => ({
  key,
  value,
  masked: value === null,
  secret,
  version: 1,
  updatedBy: 'root',
  updatedAt: '2026-11-22T00:00:00Z',
});

describe('comparing two environments’ variables', () => {
  it('gives config vars’ values and never a secret’s, and compares masked secrets not at all', () => {
    const staging = [
      variable('PORT', '8080'),
      variable('API_KEY', null, true),
      variable('ONLY_HERE', 'x'),
      variable('TOKEN', 's3cr3t-a', true),
    ];
    const production = [
      variable('PORT', '80'),
      variable('API_KEY', null, true),
      variable('NEW', 'y'),
      variable('TOKEN', 's3cr3t-b', true),
    ];
    const { changes, notCompared } = compareVariables(staging, production);
    expect(notCompared).toEqual(['API_KEY']);
    expect(changes).toEqual([
      { key: 'NEW', change: 'ADDED', secret: false, oldValue: null, newValue: 'y' },
      { key: 'ONLY_HERE', change: 'REMOVED', secret: false, oldValue: 'x', newValue: null },
      { key: 'PORT', change: 'CHANGED', secret: false, oldValue: '8080', newValue: '80' },
      { key: 'TOKEN', change: 'CHANGED', secret: true, oldValue: null, newValue: null },
    ]);
    expect(JSON.stringify(changes)).not.toContain('s3cr3t');
  });

  it('finds nothing between equal sets, revealed secrets included', () => {
    const set = [variable('A', '1'), variable('B', 'same', true)];
    expect(compareVariables(set, set)).toEqual({ changes: [], notCompared: [] });
  });
});
