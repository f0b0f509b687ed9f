import { Box, Text } from 'ink';
import { createElement as h } from 'react';
import { type LogLine as Line, origin } from '../../logs/format.ts';
import { sanitize } from '../../output/views.ts';

const SOURCE_COLOR = { PROCESS: 'cyan', RELEASE: 'magenta', PLATFORM: 'blue' } as const;
const LEVEL_COLOR = { ERROR: 'red', WARN: 'yellow', INFO: undefined, DEBUG: 'gray' } as const;

/** One log line: the time dimmed, where it came from in its source's colour, errors in red. */
export function LogLine({ line }: { line: Line }) {
  const color = line.level ? LEVEL_COLOR[line.level] : line.stream === 'STDERR' ? 'red' : undefined;
  return h(
    Text,
    null,
    h(Text, { dimColor: true }, line.time),
    ' ',
    h(Text, { color: SOURCE_COLOR[line.source] }, `${origin(line)}:`),
    ' ',
    h(Text, { color }, sanitize(line.line)),
  );
}

export function LogLines({ lines }: { lines: readonly Line[] }) {
  return h(
    Box,
    { flexDirection: 'column' },
    lines.map((line) => h(LogLine, { key: line.cursor, line })),
  );
}
