import type { CSSProperties } from 'react';
import type { PaveLogLineFieldsFragment } from '../../__generated__/graphql.ts';

const STYLES: Record<'lines' | 'error' | 'warn' | 'meta' | 'match', CSSProperties> = {
  lines: {
    fontFamily: 'monospace',
    fontSize: 12,
    background: '#1e1e1e',
    color: '#e0e0e0',
    padding: 8,
    borderRadius: 4,
    maxHeight: 480,
    overflowY: 'auto',
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-all',
  },
  error: { color: '#ff8a80' },
  warn: { color: '#ffd180' },
  meta: { color: '#9e9e9e' },
  match: { background: '#ffeb3b', color: '#000' },
};

/** Highlights each occurrence of `search` (case-insensitive) in a line. */
function highlight(line: string, search: string) {
  if (!search) return line;
  const parts: Array<string | JSX.Element> = [];
  const lower = line.toLowerCase();
  const needle = search.toLowerCase();
  let from = 0;
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, from)) {
    parts.push(
      line.slice(from, at),
      <mark key={at} style={STYLES.match}>
        {line.slice(at, at + needle.length)}
      </mark>,
    );
    from = at + needle.length;
  }
  parts.push(line.slice(from));
  return parts;
}

/** Log lines as a terminal shows them; the text is what the API served, secrets already redacted. */
export function LogLines(props: { lines: PaveLogLineFieldsFragment[]; search: string; label: string }) {
  return (
    <div style={STYLES.lines} role="log" aria-label={props.label}>
      {props.lines.map((line) => (
        <div
          key={line.cursor}
          data-testid="log-line"
          style={line.level === 'ERROR' ? STYLES.error : line.level === 'WARN' ? STYLES.warn : undefined}
        >
          <span style={STYLES.meta}>
            {new Date(line.time).toLocaleTimeString()} {line.source.toLowerCase()}
            {line.releaseNumber ? ` v${line.releaseNumber}` : ''}{' '}
          </span>
          {highlight(line.line, props.search)}
        </div>
      ))}
    </div>
  );
}
