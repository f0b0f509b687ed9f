import type { LogLineFieldsFragment } from '../__generated__/graphql.ts';
import { sanitize } from '../output/views.ts';

export type LogLine = LogLineFieldsFragment;

/** `process[v4]`, `release[v4]/err`, `platform`: where a line came from, as Heroku's `app[web.1]`. */
export function origin(line: LogLine): string {
  const release = line.releaseNumber == null ? '' : `[v${line.releaseNumber}]`;
  return `${line.source.toLowerCase()}${release}${line.stream === 'STDERR' ? '/err' : ''}`;
}

/** One line as plain text: `2026-11-22T02:40:25.123Z process[v4]: listening on 8080`. */
export const plainLogLine = (line: LogLine) => `${line.time} ${origin(line)}: ${sanitize(line.line)}`;

/** One line of `--json -f` (NDJSON) and of `--json`'s `lines`: stable keys. */
export const logLineJson = (line: LogLine) => ({
  time: line.time,
  source: line.source,
  stream: line.stream,
  level: line.level,
  releaseNumber: line.releaseNumber,
  line: line.line,
  cursor: line.cursor,
});
