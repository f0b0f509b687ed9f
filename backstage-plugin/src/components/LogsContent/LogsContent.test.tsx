// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answerEnvironments, DEV } from '../../testing/environments.ts';
import { createFakeGateway } from '../../testing/fakeGateway.ts';
import { renderPave } from '../../testing/renderPave.tsx';
import { EntityPaveLogsContent } from '../index.tsx';

let cursor = 0;
const line = (text: string, level = 'INFO') => ({
  cursor: `c${++cursor}`,
  time: '2026-11-22T00:00:00Z',
  source: 'PROCESS',
  stream: 'STDOUT',
  level,
  line: text,
  releaseNumber: 2,
});
const _tail = (...lines: ReturnType<typeof line>[]) => ({ data: { logs: { dropped: 0, lines } } });

function platform() {
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

const _shownLines = () => screen.queryAllByTestId('log-line').map((el) => el.textContent ?? '');

// The Logs tab's tests are spread over several files: when a second Backstage test app renders the tab
// in the same jsdom, the metrics chart's second query (paused until the named queries arrive) hangs
// or loops (Maximum update depth exceeded). A test alone passes, and Chromium re-renders the tab
// without it (checked by hand and by the e2e test); the cause is not found yet.
describe('the Logs tab', () => {
  it('draws the first named metric as a line that breaks where a value is missing', async () => {
    const gateway = platform();
    renderPave(<EntityPaveLogsContent />, gateway);
    const chart = await screen.findByRole('img', { name: 'lines over the last hour' });
    const path = chart.querySelector('path')?.getAttribute('d') ?? '';
    expect(path.match(/M/g)).toHaveLength(2);
    expect(path.match(/L/g)).toHaveLength(1);
    expect(gateway.callsOf('PaveEnvironmentMetrics')[0]).toEqual({ environmentId: DEV, query: 'lines' });
  });

  it('shows the error when the tail is refused', async () => {
    const gateway = platform();
    renderPave(<EntityPaveLogsContent />, gateway);
    await waitFor(() => expect(gateway.subscribed('PaveTailLogs')).toBe(true));
    gateway.push('PaveTailLogs', {
      errors: [{ message: 'Only owners may read logs.', extensions: { code: 'FORBIDDEN' } }],
    });
    expect((await screen.findByRole('alert')).textContent).toContain('FORBIDDEN: Only owners may read logs.');
  });
});
