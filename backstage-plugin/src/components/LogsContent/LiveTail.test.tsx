// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEV } from '../../testing/environments.ts';
import { line, logsPlatform as platform, shownLines, tail } from '../../testing/logs.ts';
import { renderPave } from '../../testing/renderPave.tsx';
import { EntityPaveLogsContent } from '../index.tsx';

// The Logs tab's tests are spread over several files: when a second Backstage test app renders the tab
// in the same jsdom, the metrics chart's second query (paused until the named queries arrive) hangs
// or loops (Maximum update depth exceeded). A test alone passes, and Chromium re-renders the tab
// without it (checked by hand and by the e2e test); the cause is not found yet.
describe('the Logs tab, paused', () => {
  it('streams lines as the tail sends them, and pauses without losing any', async () => {
    const gateway = platform();
    const user = userEvent.setup();
    renderPave(<EntityPaveLogsContent />, gateway);
    await waitFor(() => expect(gateway.subscribed('PaveTailLogs')).toBe(true));
    expect(gateway.callsOf('PaveTailLogs')[0]).toEqual({ environmentId: DEV, last: 200, filter: {} });
    expect(await screen.findByText('Waiting for log lines…')).toBeTruthy();

    gateway.push('PaveTailLogs', tail(line('listening on 5001'), line('GET / 200')));
    await waitFor(() => expect(shownLines()).toHaveLength(2));
    expect(shownLines()[1]).toContain('GET / 200');

    await user.click(screen.getByRole('button', { name: 'Pause' }));
    gateway.push('PaveTailLogs', tail(line('GET /health 200')));
    expect(await screen.findByText(/Paused · 1 new lines waiting/)).toBeTruthy();
    expect(shownLines()).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Resume' }));
    await waitFor(() => expect(shownLines()).toHaveLength(3));
  });
});
