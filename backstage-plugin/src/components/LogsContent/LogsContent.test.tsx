// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEV } from '../../testing/environments.ts';
import { logsPlatform as platform } from '../../testing/logs.ts';
import { renderPave } from '../../testing/renderPave.tsx';
import { EntityPaveLogsContent } from '../index.tsx';

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
