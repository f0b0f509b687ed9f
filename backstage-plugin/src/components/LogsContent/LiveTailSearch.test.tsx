// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { line, logsPlatform as platform, shownLines, tail } from '../../testing/logs.ts';
import { renderPave } from '../../testing/renderPave.tsx';
import { EntityPaveLogsContent } from '../index.tsx';

// The Logs tab's tests are spread over several files: when a second Backstage test app renders the tab
// in the same jsdom, the metrics chart's second query (paused until the named queries arrive) hangs
// or loops (Maximum update depth exceeded). A test alone passes, and Chromium re-renders the tab
// without it (checked by hand and by the e2e test); the cause is not found yet.
describe('the Logs tab, searching', () => {
  it('searches the lines it shows and highlights the matches', async () => {
    const gateway = platform();
    const user = userEvent.setup();
    renderPave(<EntityPaveLogsContent />, gateway);
    await waitFor(() => expect(gateway.subscribed('PaveTailLogs')).toBe(true));
    gateway.push(
      'PaveTailLogs',
      tail(line('GET / 200'), line('token=[REDACTED] refused', 'WARN'), line('GET /health 200')),
    );
    await waitFor(() => expect(shownLines()).toHaveLength(3));

    await user.type(screen.getByLabelText('Search'), 'health');
    expect(shownLines()).toHaveLength(1);
    expect(within(screen.getByTestId('log-line')).getByText('health').tagName).toBe('MARK');
  });
});
