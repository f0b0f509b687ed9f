import { describe, expect, it } from 'vitest';
import { renderPlain } from './plain.ts';

describe('plain output', () => {
  it('aligns table columns with spaces and upper-case headers, with no trailing blanks', () => {
    const text = renderPlain({
      kind: 'table',
      columns: [{ header: 'ref', style: 'ref' }, { header: 'owner' }, { header: 'title' }],
      rows: [
        ['component:default/a', 'group:default/team', 'A'],
        ['api:default/bbbb', null, 'Bee'],
      ],
      empty: 'nothing',
      footer: '2 of 9 matches',
    });
    expect(text).toBe(
      [
        'REF                  OWNER               TITLE',
        'component:default/a  group:default/team  A',
        'api:default/bbbb     —                   Bee',
        '2 of 9 matches',
      ].join('\n'),
    );
  });

  it('says what is empty instead of drawing an empty table', () => {
    expect(renderPlain({ kind: 'table', columns: [{ header: 'ref' }], rows: [], empty: 'No match.' })).toBe(
      'No match.',
    );
  });

  it('aligns details and marks missing values', () => {
    expect(
      renderPlain({
        kind: 'details',
        title: 'Hello',
        rows: [
          ['owner', 'group:default/web'],
          ['system', undefined],
          ['groups', ''],
        ],
      }),
    ).toBe('Hello\nowner:   group:default/web\nsystem:  —\ngroups:  —');
  });

  it('strips escape sequences and control characters that came from the server', () => {
    const text = renderPlain({
      kind: 'details',
      rows: [['title', 'evil\u001b[2J\u001b]0;pwned\u0007 title\r\nnext line']],
    });
    expect([...text].filter((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127)).toEqual([]);
    expect(text).toBe('title:  evil[2J]0;pwned title next line');
  });

  it('separates stacked views by a blank line', () => {
    expect(
      renderPlain({
        kind: 'stack',
        views: [
          { kind: 'message', tone: 'success', text: 'Done.' },
          { kind: 'message', tone: 'info', text: 'Next.' },
        ],
      }),
    ).toBe('Done.\n\nNext.');
  });
});
