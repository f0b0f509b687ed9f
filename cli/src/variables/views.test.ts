import { render } from 'ink-testing-library';
import { createElement as h } from 'react';
import { describe, expect, it } from 'vitest';
import { renderPlain } from '../output/plain.ts';
import { Table } from '../ui/components/Table.ts';
import { changeSummary, changesTable, MASK, variablesTable } from './views.ts';

const SECRET = 'pk_live_do-not-print';
const variables = [
  {
    key: 'API_KEY',
    value: null,
    masked: true,
    secret: true,
    version: 2,
    updatedBy: 'jane',
    updatedAt: '2026-11-22T02:40:12.000Z',
  },
  {
    key: 'PORT',
    value: '8080',
    masked: false,
    secret: false,
    version: 1,
    updatedBy: 'root',
    updatedAt: '2026-11-21T09:05:00.000Z',
  },
];

describe('views of variables', () => {
  it('masks secrets in plain text and on a terminal alike', () => {
    const table = variablesTable(variables, 'dev');
    expect(renderPlain(table).split('\n')).toEqual([
      'KEY      KIND    CHANGED                           VALUE',
      `API_KEY  secret  v2 by jane, 2026-11-22 02:40 UTC  ${MASK}`,
      'PORT     config  v1 by root, 2026-11-21 09:05 UTC  8080',
    ]);
    const { lastFrame } = render(h(Table, { view: table }));
    const lines = (lastFrame() ?? '').split('\n').map((line) => line.trimEnd());
    expect(lines[0]).toBe('KEY      KIND    CHANGED                           VALUE');
    expect(lines[1]).toBe(`API_KEY  secret  v2 by jane, 2026-11-22 02:40 UTC  ${MASK}`);
  });

  it('cuts a long value to the terminal’s width, and keeps it whole in plain text', () => {
    const long = {
      ...(variables[1] as (typeof variables)[number]),
      value: `https://example.com/${'a'.repeat(200)}`,
    };
    const table = variablesTable([long], 'dev');
    expect(renderPlain(table)).toContain(long.value);
    const { lastFrame } = render(h(Table, { view: table }));
    const row = (lastFrame() ?? '').split('\n')[1] ?? '';
    expect(row.length).toBeLessThanOrEqual(100);
    expect(row.trimEnd().endsWith('…')).toBe(true);
  });

  it('says how to add one when there are none', () => {
    expect(renderPlain(variablesTable([], 'dev'))).toBe(
      'No variables in dev yet: pave vars set KEY=VALUE adds one.',
    );
  });

  it('shows a change’s values for config vars only', () => {
    const changes = [
      { key: 'API_KEY', change: 'CHANGED' as const, secret: true, oldValue: SECRET, newValue: SECRET },
      { key: 'PORT', change: 'CHANGED' as const, secret: false, oldValue: '80', newValue: '8080' },
      { key: 'DEBUG', change: 'ADDED' as const, secret: false, oldValue: null, newValue: '1' },
    ];
    const plain = renderPlain(changesTable(changes, 'dev: version 1 → 2', 'No differences.'));
    expect(plain).not.toContain(SECRET);
    expect(plain.split('\n')).toEqual([
      'dev: version 1 → 2',
      '   KEY               BEFORE    AFTER',
      `~  API_KEY (secret)  ${MASK}  ${MASK}`,
      '~  PORT              80        8080',
      '+  DEBUG             —         1',
    ]);
    const { lastFrame } = render(h(Table, { view: changesTable(changes, 'dev', '') }));
    expect(lastFrame()).not.toContain(SECRET);
    expect(changeSummary(changes)).toBe('~API_KEY ~PORT +DEBUG');
  });
});
