// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
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
describe('the Logs tab, older lines', () => {
  it('searches older lines on the server with grep', async () => {
    const gateway = platform();
    gateway.answer('PaveSearchLogs', {
      data: { environment: { id: DEV, logs: { nodes: [line('crash: out of memory', 'ERROR')] } } },
    });
    const user = userEvent.setup();
    renderPave(<EntityPaveLogsContent />, gateway);
    await user.type(await screen.findByLabelText('Search'), 'memory');
    await user.click(screen.getByRole('button', { name: 'Search older lines' }));
    expect(await screen.findByRole('log', { name: 'Searched log lines' })).toBeTruthy();
    expect(gateway.callsOf('PaveSearchLogs')[0]).toEqual({ environmentId: DEV, filter: { grep: 'memory' } });
  });
});
