// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEV } from '../../testing/environments.ts';
import { line, logsPlatform as platform } from '../../testing/logs.ts';
import { renderPave } from '../../testing/renderPave.tsx';
import { EntityPaveLogsContent } from '../index.tsx';

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
