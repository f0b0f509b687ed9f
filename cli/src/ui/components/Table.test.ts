import { render } from 'ink-testing-library';
import { createElement as h } from 'react';
import { describe, expect, it } from 'vitest';
import type { TableView } from '../../output/views.ts';
import { Table } from './Table.ts';

const view: TableView = {
  kind: 'table',
  columns: [{ header: 'ref', style: 'ref' }, { header: 'owner', style: 'dim' }, { header: 'title' }],
  rows: [
    ['component:default/orders-service', 'group:default/team-payments', 'Orders service'],
    ['api:default/orders-api', null, 'Orders API'],
  ],
  empty: 'Nothing matches.',
  footer: '2 of 7 matches',
};

describe('Table', () => {
  it('draws a header and one aligned line per row, a dash for what is missing', () => {
    const { lastFrame } = render(h(Table, { view }));
    const lines = (lastFrame() ?? '').split('\n').map((line) => line.trimEnd());
    expect(lines[0]).toBe('REF                               OWNER                        TITLE');
    expect(lines[1]).toBe('component:default/orders-service  group:default/team-payments  Orders service');
    expect(lines[2]).toBe('api:default/orders-api            —                            Orders API');
    expect(lines[3]).toBe('2 of 7 matches');
  });

  it('says what is empty instead of drawing headers', () => {
    const { lastFrame } = render(h(Table, { view: { ...view, rows: [] } }));
    expect(lastFrame()).toBe('Nothing matches.');
  });

  it('never lets an escape sequence from the data reach the terminal', () => {
    const { lastFrame } = render(
      h(Table, { view: { ...view, rows: [['component:default/x', 'group:default/y', 'bad\u001b[31mred']] } }),
    );
    expect(lastFrame()).toContain('bad[31mred');
    expect(lastFrame()).not.toContain('\u001b[31mred');
  });
});
