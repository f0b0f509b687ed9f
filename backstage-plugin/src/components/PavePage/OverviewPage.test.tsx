// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeGateway } from '../../testing/fakeGateway.ts';
import { renderPave } from '../../testing/renderPave.tsx';
import { PaveOverviewPage } from '../index.tsx';

describe('the platform overview', () => {
  it('searches components and shows where each one runs', async () => {
    const gateway = createFakeGateway();
    gateway.answer('PaveSearchComponents', ({ query }) => ({
      data: {
        search: {
          totalCount: query === 'hello' ? 1 : 0,
          nodes:
            query === 'hello'
              ? [
                  {
                    __typename: 'Component',
                    ref: 'component:default/hello-web',
                    title: 'Hello web',
                    description: 'A tiny web page',
                    lifecycle: 'production',
                    owner: { ref: 'group:default/team-storefront' },
                    environments: {
                      nodes: [
                        {
                          id: 'e1',
                          name: 'dev',
                          type: 'DEVELOPMENT',
                          url: 'http://127.0.0.1:5000',
                          status: { state: 'RUNNING' },
                          currentRelease: { version: 'v2', status: 'SUCCEEDED' },
                        },
                      ],
                    },
                  },
                ]
              : [],
        },
      },
    }));
    const user = userEvent.setup();
    renderPave(<PaveOverviewPage />, gateway);
    expect(gateway.callsOf('PaveSearchComponents')).toEqual([]);

    await user.type(screen.getByLabelText('Search components'), 'hello');
    const table = await screen.findByRole('table', { name: 'Components' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(row.textContent).toContain('Hello web');
    expect(row.textContent).toContain('group:default/team-storefront');
    expect(row.textContent).toContain('dev: running v2');
    // Typing is debounced: the word is searched, not each prefix of it.
    expect(new Set(gateway.callsOf('PaveSearchComponents').map((v) => v.query))).toEqual(new Set(['hello']));

    await user.clear(screen.getByLabelText('Search components'));
    await user.type(screen.getByLabelText('Search components'), 'nothing');
    await waitFor(() => expect(screen.getByText('No component matches "nothing"')).toBeTruthy());
  });
});
