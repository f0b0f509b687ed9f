// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeGateway } from '../../testing/fakeGateway.ts';
import { renderPave } from '../../testing/renderPave.tsx';
import { EntityPaveEnvironmentsContent } from '../index.tsx';

const environment = (name: string, overrides: Record<string, unknown> = {}) => ({
  id: `component:default/hello-web/${name}`,
  name,
  type: 'DEVELOPMENT',
  url: `http://127.0.0.1:5000/${name}`,
  protected: false,
  branch: null,
  expiresAt: null,
  clonedFrom: null,
  status: { state: 'RUNNING', message: null, restarts: 0 },
  currentRelease: {
    id: 'r1',
    version: 'v3',
    status: 'SUCCEEDED',
    description: 'Set GREETING',
    createdAt: '2026-11-22T00:00:00Z',
  },
  ...overrides,
});
const listing = (nodes: unknown[]) => ({
  data: {
    entity: {
      __typename: 'Component',
      ref: 'component:default/hello-web',
      title: 'Hello web',
      environments: { totalCount: nodes.length, nodes },
    },
  },
});

describe('the Environments tab', () => {
  it('lists the environments with status, URL and current release', async () => {
    const gateway = createFakeGateway();
    gateway.answer(
      'PaveComponentEnvironments',
      listing([
        environment('dev'),
        environment('production', {
          type: 'PRODUCTION',
          protected: true,
          status: { state: 'CRASHED', message: 'exit code 1', restarts: 2 },
          currentRelease: null,
        }),
      ]),
    );
    renderPave(<EntityPaveEnvironmentsContent />, gateway);

    const rows = await screen.findAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText('dev')).toBeTruthy();
    expect(within(rows[1]!).getByText('running')).toBeTruthy();
    expect(within(rows[1]!).getByText('http://127.0.0.1:5000/dev')).toBeTruthy();
    expect(within(rows[1]!).getByText('v3 · Set GREETING')).toBeTruthy();
    expect(rows[2]!.textContent).toContain('production (protected)');
    expect(rows[2]!.textContent).toContain('crashed exit code 1');
    expect(rows[2]!.textContent).toContain('none yet');
    expect(gateway.callsOf('PaveComponentEnvironments')[0]).toEqual({ ref: 'component:default/hello-web' });
  });

  it('says so when there are none yet', async () => {
    const gateway = createFakeGateway();
    gateway.answer('PaveComponentEnvironments', listing([]));
    renderPave(<EntityPaveEnvironmentsContent />, gateway);
    expect(await screen.findByText('No environments yet')).toBeTruthy();
  });

  it('shows the error code and what to do when the gateway refuses', async () => {
    const gateway = createFakeGateway();
    gateway.answer('PaveComponentEnvironments', {
      errors: [{ message: 'Send a bearer token.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    renderPave(<EntityPaveEnvironmentsContent />, gateway);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('UNAUTHENTICATED: Send a bearer token.');
    expect(alert.textContent).toContain('did not accept your Backstage sign-in');
  });

  it('deletes an environment only once its name is typed, and sends the confirmation', async () => {
    const gateway = createFakeGateway();
    gateway.answer(
      'PaveComponentEnvironments',
      listing([environment('production', { type: 'PRODUCTION', protected: true })]),
    );
    gateway.answer('PaveDeleteEnvironment', {
      data: { deleteEnvironment: { id: 'component:default/hello-web/production' } },
    });
    const user = userEvent.setup();
    renderPave(<EntityPaveEnvironmentsContent />, gateway);

    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog');
    const confirm = within(dialog).getByRole('button', { name: 'Delete environment' });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    await user.type(within(dialog).getByLabelText('Type production to confirm'), 'prod');
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    await user.type(within(dialog).getByLabelText('Type production to confirm'), 'uction');
    expect((confirm as HTMLButtonElement).disabled).toBe(false);
    await user.click(confirm);

    await waitFor(() =>
      expect(gateway.callsOf('PaveDeleteEnvironment')).toEqual([
        { input: { id: 'component:default/hello-web/production', confirm: 'production' } },
      ]),
    );
  });

  it('creates a preview environment for a branch with its time to live, and checks the form first', async () => {
    const gateway = createFakeGateway();
    gateway.answer('PaveComponentEnvironments', listing([environment('dev')]));
    gateway.answer('PaveCreatePreviewEnvironment', {
      data: {
        createPreviewEnvironment: { environment: { id: 'x', name: 'preview-feature-x', expiresAt: null } },
      },
    });
    const user = userEvent.setup();
    renderPave(<EntityPaveEnvironmentsContent />, gateway);

    await user.click(await screen.findByRole('button', { name: 'Preview for a branch' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(within(dialog).getByRole('alert').textContent).toContain('Give the git branch to preview.');
    expect(gateway.callsOf('PaveCreatePreviewEnvironment')).toEqual([]);

    await user.type(within(dialog).getByLabelText('Branch'), 'feature/x');
    await user.clear(within(dialog).getByLabelText('Time to live (hours)'));
    await user.type(within(dialog).getByLabelText('Time to live (hours)'), '2');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() =>
      expect(gateway.callsOf('PaveCreatePreviewEnvironment')).toEqual([
        { input: { componentRef: 'component:default/hello-web', branch: 'feature/x', ttlSeconds: 7200 } },
      ]),
    );
  });
});
