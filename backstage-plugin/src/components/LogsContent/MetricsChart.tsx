import { Progress } from '@backstage/core-components';
import { Box, MenuItem, TextField, Typography } from '@material-ui/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { PaveEnvironmentMetricsDocument, PaveMetricQueriesDocument } from '../../__generated__/graphql.ts';
import { ErrorNotice } from '../shared/ErrorNotice.tsx';
import { QueryState } from '../shared/QueryState.tsx';
import { chartPaths } from './chartPaths.ts';

const WIDTH = 640;
const HEIGHT = 160;
const COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd'];

/** A named metric of the environment over the last hour, as plain SVG lines. */
export function MetricsChart(props: { environmentId: string }) {
  const [query, setQuery] = useState<string>();
  const [named] = useQuery({ query: PaveMetricQueriesDocument });
  const queries = named.data?.metricQueries ?? [];
  const selected = query ?? queries[0];
  const [result] = useQuery({
    query: PaveEnvironmentMetricsDocument,
    variables: { environmentId: props.environmentId, query: selected ?? '' },
    pause: selected === undefined,
  });
  if (named.error) return <ErrorNotice error={named.error} />;
  if (named.data && queries.length === 0) {
    return <Typography variant="body2">The metrics backend offers no named queries.</Typography>;
  }
  if (selected === undefined) return <Progress />;

  return (
    <>
      {queries.length > 0 ? (
        <TextField
          select
          size="small"
          id="pave-metric"
          label="Metric"
          value={selected ?? ''}
          style={{ minWidth: 200 }}
          onChange={(e) => setQuery(e.target.value)}
        >
          {queries.map((name) => (
            <MenuItem key={name} value={name}>
              {name}
            </MenuItem>
          ))}
        </TextField>
      ) : null}
      <QueryState
        fetching={result.fetching}
        error={result.error}
        data={result.data?.environment?.metrics}
        isEmpty={(series) => series.every((s) => s.points.length === 0)}
        empty={{ title: 'No data points yet', description: 'Metrics appear once the environment runs.' }}
      >
        {(series) => {
          const paths = chartPaths(series, WIDTH, HEIGHT);
          return (
            <Box marginTop={1}>
              <svg
                width="100%"
                viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
                role="img"
                aria-label={`${selected} over the last hour`}
              >
                <rect x={0} y={0} width={WIDTH} height={HEIGHT} fill="none" stroke="#ccc" />
                {paths.lines.map((line, index) => (
                  <path
                    key={line.label}
                    d={line.d}
                    fill="none"
                    stroke={COLORS[index % COLORS.length]}
                    strokeWidth={2}
                  >
                    <title>{line.label}</title>
                  </path>
                ))}
              </svg>
              <Typography variant="caption" color="textSecondary">
                {Number(paths.min.toPrecision(3))} to {Number(paths.max.toPrecision(3))} ·{' '}
                {paths.lines.map((l) => l.label).join(', ')}
              </Typography>
            </Box>
          );
        }}
      </QueryState>
    </>
  );
}
