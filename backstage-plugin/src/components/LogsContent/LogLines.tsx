import { makeStyles } from '@material-ui/core';
import type { PaveLogLineFieldsFragment } from '../../__generated__/graphql.ts';

const useStyles = makeStyles((theme) => ({
  lines: {
    fontFamily: 'monospace',
    fontSize: 12,
    background: theme.palette.type === 'dark' ? '#111' : '#1e1e1e',
    color: '#e0e0e0',
    padding: theme.spacing(1),
    borderRadius: 4,
    maxHeight: 480,
    overflowY: 'auto',
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-all',
    margin: 0,
  },
  error: { color: '#ff8a80' },
  warn: { color: '#ffd180' },
  meta: { color: '#9e9e9e' },
  match: { background: '#ffeb3b', color: '#000' },
}));

/** Highlights each occurrence of `search` (case-insensitive) in a line. */
function highlight(line: string, search: string, className: string) {
  if (!search) return line;
  const parts: Array<string | JSX.Element> = [];
  const lower = line.toLowerCase();
  const needle = search.toLowerCase();
  let from = 0;
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, from)) {
    parts.push(
      line.slice(from, at),
      <mark key={at} className={className}>
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
  const classes = useStyles();
  return (
    <div className={classes.lines} role="log" aria-label={props.label}>
      {props.lines.map((line) => (
        <div
          key={line.cursor}
          data-testid="log-line"
          className={
            line.level === 'ERROR' ? classes.error : line.level === 'WARN' ? classes.warn : undefined
          }
        >
          <span className={classes.meta}>
            {new Date(line.time).toLocaleTimeString()} {line.source.toLowerCase()}
            {line.releaseNumber ? ` v${line.releaseNumber}` : ''}{' '}
          </span>
          {highlight(line.line, props.search, classes.match)}
        </div>
      ))}
    </div>
  );
}
