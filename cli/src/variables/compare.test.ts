import { describe, expect, it } from 'vitest';
import { changesBetween } from './compare.ts';

describe('two environments’ variables as changes', () => {
  it('gives config vars’ values and never a secret’s, and lists secrets not compared', () => {
    const { changes, notCompared } = changesBetween([
      { key: 'API_KEY', state: 'NOT_COMPARED', secret: true, fromValue: null, toValue: null },
      { key: 'LOG', state: 'SAME', secret: false, fromValue: 'json', toValue: 'json' },
      { key: 'NEW', state: 'ONLY_IN_TO', secret: false, fromValue: null, toValue: 'y' },
      { key: 'ONLY_HERE', state: 'ONLY_IN_FROM', secret: false, fromValue: 'x', toValue: null },
      { key: 'PORT', state: 'DIFFERS', secret: false, fromValue: '8080', toValue: '80' },
      { key: 'TOKEN', state: 'DIFFERS', secret: true, fromValue: 's3cr3t-a', toValue: 's3cr3t-b' },
    ]);
    expect(notCompared).toEqual(['API_KEY']);
    expect(changes).toEqual([
      { key: 'NEW', change: 'ADDED', secret: false, oldValue: null, newValue: 'y' },
      { key: 'ONLY_HERE', change: 'REMOVED', secret: false, oldValue: 'x', newValue: null },
      { key: 'PORT', change: 'CHANGED', secret: false, oldValue: '8080', newValue: '80' },
      { key: 'TOKEN', change: 'CHANGED', secret: true, oldValue: null, newValue: null },
    ]);
    expect(JSON.stringify(changes)).not.toContain('s3cr3t');
  });

  it('finds nothing where every key is the same', () => {
    expect(
      changesBetween([{ key: 'B', state: 'SAME', secret: true, fromValue: 'same', toValue: 'same' }]),
    ).toEqual({ changes: [], notCompared: [] });
  });
});
