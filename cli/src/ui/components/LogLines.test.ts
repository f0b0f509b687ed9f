import { render } from 'ink-testing-library';
import { createElement as h } from 'react';
import { describe, expect, it } from 'vitest';
import { type LogLine, plainLogLine } from '../../logs/format.ts';
import { renderLogLines } from '../index.ts';
import { LogLines } from './LogLines.ts';

const line = (extra: Partial<LogLine>): LogLine => ({
  cursor: 'c1',
  time: '2026-11-22T12:00:00.123Z',
  source: 'PROCESS',
  stream: 'STDOUT',
  level: null,
  line: 'listening on 8080',
  releaseNumber: 4,
  ...extra,
});

const lines = [
  line({}),
  line({ cursor: 'c2', source: 'PLATFORM', releaseNumber: null, line: 'release v4 started' }),
  line({ cursor: 'c3', stream: 'STDERR', level: 'ERROR', line: 'boom \u001b[2J' }),
];

describe('log lines', () => {
  it('show the time, where each came from and the message, one per row', () => {
    const { lastFrame } = render(h(LogLines, { lines }));
    expect(lastFrame()).toBe(
      [
        '2026-11-22T12:00:00.123Z process[v4]: listening on 8080',
        '2026-11-22T12:00:00.123Z platform: release v4 started',
        '2026-11-22T12:00:00.123Z process[v4]/err: boom [2J',
      ].join('\n'),
    );
  });

  it('read the same as plain text, which has no escape codes', () => {
    expect(lines.map(plainLogLine)).toEqual(render(h(LogLines, { lines })).lastFrame()?.split('\n'));
  });

  it('are never wrapped when rendered for a terminal: the terminal wraps them itself', () => {
    const long = line({ cursor: 'c4', line: 'x'.repeat(300) });
    const text = renderLogLines([...lines, long]);
    expect(text.split('\n')).toEqual([...lines, long].map(plainLogLine));
  });
});
