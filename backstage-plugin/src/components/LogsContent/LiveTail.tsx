import { Box, Button, MenuItem, TextField, Typography } from '@material-ui/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { type LogLevel, type LogSource, PaveSearchLogsDocument } from '../../__generated__/graphql.ts';
import { ErrorNotice } from '../shared/ErrorNotice.tsx';
import { LogLines } from './LogLines.tsx';
import { useLogTail, usePausedView } from './useLogTail.ts';

const LEVELS: Array<LogLevel | ''> = ['', 'DEBUG', 'INFO', 'WARN', 'ERROR'];
const SOURCES: Array<LogSource | ''> = ['', 'PROCESS', 'RELEASE', 'PLATFORM'];

export function LiveTail(props: { environmentId: string }) {
  const [level, setLevel] = useState<LogLevel | ''>('');
  const [source, setSource] = useState<LogSource | ''>('');
  const [search, setSearch] = useState('');
  const [paused, setPaused] = useState(false);
  const [historyGrep, setHistoryGrep] = useState<string>();
  const tail = useLogTail(props.environmentId, {
    level: level || undefined,
    source: source ? [source] : undefined,
  });
  const matching = search
    ? tail.lines.filter((l) => l.line.toLowerCase().includes(search.toLowerCase()))
    : tail.lines;
  const { shown, waiting } = usePausedView(matching, paused);
  const [history] = useQuery({
    query: PaveSearchLogsDocument,
    variables: {
      environmentId: props.environmentId,
      filter: {
        grep: historyGrep ?? '',
        ...(level ? { level } : {}),
        ...(source ? { source: [source] } : {}),
      },
    },
    pause: historyGrep === undefined,
    requestPolicy: 'network-only',
  });

  return (
    <>
      <Box display="flex" alignItems="center" flexWrap="wrap" style={{ gap: 8 }} marginBottom={1}>
        <Button variant="outlined" onClick={() => setPaused(!paused)} aria-pressed={paused}>
          {paused ? 'Resume' : 'Pause'}
        </Button>
        <TextField
          select
          size="small"
          id="pave-log-level"
          label="Level"
          value={level}
          style={{ minWidth: 120 }}
          onChange={(e) => setLevel(e.target.value as LogLevel | '')}
        >
          {LEVELS.map((l) => (
            <MenuItem key={l || 'any'} value={l}>
              {l ? `${l.toLowerCase()} and above` : 'any level'}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          id="pave-log-source"
          label="Source"
          value={source}
          style={{ minWidth: 120 }}
          onChange={(e) => setSource(e.target.value as LogSource | '')}
        >
          {SOURCES.map((s) => (
            <MenuItem key={s || 'any'} value={s}>
              {s ? s.toLowerCase() : 'any source'}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          size="small"
          id="pave-log-search"
          label="Search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <Button disabled={!search} onClick={() => setHistoryGrep(search)}>
          Search older lines
        </Button>
        <Typography variant="caption" color="textSecondary">
          {paused ? `Paused · ${waiting} new lines waiting` : 'Live'}
          {tail.dropped > 0 ? ` · ${tail.dropped} lines dropped (too slow to keep up)` : ''}
        </Typography>
      </Box>
      {tail.error ? <ErrorNotice error={tail.error} /> : null}
      {shown.length === 0 && !tail.error ? (
        <Typography variant="body2" color="textSecondary">
          {search ? `No line matches "${search}" yet.` : 'Waiting for log lines…'}
        </Typography>
      ) : (
        <LogLines lines={shown} search={search} label="Live log lines" />
      )}
      {historyGrep !== undefined ? (
        <Box marginTop={2}>
          <Typography variant="subtitle2">
            Older lines containing "{historyGrep}"{' '}
            <Button size="small" onClick={() => setHistoryGrep(undefined)}>
              Close
            </Button>
          </Typography>
          {history.error ? <ErrorNotice error={history.error} /> : null}
          {history.data?.environment?.logs ? (
            history.data.environment.logs.nodes.length === 0 ? (
              <Typography variant="body2">No kept line contains "{historyGrep}".</Typography>
            ) : (
              <LogLines
                lines={[...history.data.environment.logs.nodes].reverse()}
                search={historyGrep}
                label="Searched log lines"
              />
            )
          ) : null}
        </Box>
      ) : null}
    </>
  );
}
