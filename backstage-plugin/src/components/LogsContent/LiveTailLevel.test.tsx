// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEV } from '../../testing/environments.ts';
import { logsPlatform as platform } from '../../testing/logs.ts';
import { renderPave } from '../../testing/renderPave.tsx';
import { EntityPaveLogsContent } from '../index.tsx';

// The Logs tab's tests are spread over several files: when a second Backstage test app renders the tab
// in the same jsdom, the metrics chart's second query (paused until the named queries arrive) hangs
// or loops (Maximum update depth exceeded). A test alone passes, and Chromium re-renders the tab
// without it (checked by hand and by the e2e test); the cause is not found yet.
describe('the Logs tab, filtering', () => {
  it('asks the server for the chosen level and resubscribes', async () => {
    const gateway = platform();
    const user = userEvent.setup();
    renderPave(<EntityPaveLogsContent />, gateway);
    await waitFor(() => expect(gateway.subscribed('PaveTailLogs')).toBe(true));

    await user.click(screen.getByLabelText('Level'));
    await user.click(await screen.findByRole('option', { name: 'warn and above' }));
    await waitFor(() =>
      expect(gateway.callsOf('PaveTailLogs').at(-1)).toEqual({
        environmentId: DEV,
        last: 200,
        filter: { level: 'WARN' },
      }),
    );
  });
});
