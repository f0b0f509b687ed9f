import { screen } from '@testing-library/react';
import { answerEnvironments, DEV } from './environments.ts';
import { createFakeGateway } from './fakeGateway.ts';

let cursor = 0;

/** A log line as the tail sends it, each with a cursor of its own. */
export const line = (text: string, level = 'INFO') => ({
  cursor: `c${++cursor}`,
  time: '2026-11-22T00:00:00Z',
  source: 'PROCESS',
  stream: 'STDOUT',
  level,
  line: text,
  releaseNumber: 2,
});

/** One event of the `logs` subscription carrying `lines`. */
export const tail = (...lines: ReturnType<typeof line>[]) => ({ data: { logs: { dropped: 0, lines } } });

/** A fake gateway with the component's environments and two named metrics for the Logs tab. */
export function logsPlatform() {
  const gateway = createFakeGateway();
  answerEnvironments(gateway);
  gateway.answer('PaveMetricQueries', { data: { metricQueries: ['lines', 'errors'] } });
  gateway.answer('PaveEnvironmentMetrics', ({ query }) => ({
    data: {
      environment: {
        id: DEV,
        metrics: [
          {
            labels: [{ name: 'query', value: query }],
            points: [
              { time: '2026-11-22T00:00:00Z', value: 1 },
              { time: '2026-11-22T00:01:00Z', value: 4 },
              { time: '2026-11-22T00:02:00Z', value: null },
              { time: '2026-11-22T00:03:00Z', value: 2 },
            ],
          },
        ],
      },
    },
  }));
  return gateway;
}

/** The text of the log lines the tab shows. */
export const shownLines = () => screen.queryAllByTestId('log-line').map((el) => el.textContent ?? '');
