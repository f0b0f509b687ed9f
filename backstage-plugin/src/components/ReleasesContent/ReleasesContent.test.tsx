// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { answerEnvironments, DEV, STAGING } from '../../testing/environments.ts';
import { createFakeGateway } from '../../testing/fakeGateway.ts';
import { renderPave } from '../../testing/renderPave.tsx';
import { EntityPaveReleasesContent } from '../index.tsx';

const release = (number: number, overrides: Record<string, unknown> = {}) => ({
  id: `release-${number}`,
  number,
  version: `v${number}`,
  status: 'SUCCEEDED',
  cause: 'DEPLOY',
  description: `Deploy ${number}`,
  failureReason: null,
  current: false,
  createdBy: 'user:default/jane',
  createdAt: '2026-11-22T00:00:00Z',
  finishedAt: null,
  configVersion: 1,
  artifact: null,
  ...overrides,
});

function platform() {
  const gateway = createFakeGateway();
  answerEnvironments(gateway);
  gateway.answer('PaveEnvironmentReleases', {
    data: {
      environment: {
        id: DEV,
        name: 'dev',
        releases: { totalCount: 2, nodes: [release(2, { current: true }), release(1)] },
      },
    },
  });
  return gateway;
}

describe('the Releases tab', () => {
  it('lists the releases and follows a new one live until it succeeds', async () => {
    const gateway = platform();
    renderPave(<EntityPaveReleasesContent />, gateway);

    expect((await screen.findByTestId('release-v2')).textContent).toContain('v2 (current)');
    await waitFor(() => expect(gateway.subscribed('PaveReleaseStatus')).toBe(true));
    expect(gateway.callsOf('PaveReleaseStatus')).toEqual([{ environmentId: DEV }]);

    gateway.push('PaveReleaseStatus', {
      data: {
        releaseStatus: release(3, { status: 'DEPLOYING', cause: 'CONFIG', description: 'Set GREETING' }),
      },
    });
    const row = await screen.findByTestId('release-v3');
    expect(row.textContent).toContain('deploying');
    expect(row.textContent).toContain('Set GREETING');
    expect(screen.getAllByRole('row')[1]).toBe(row);

    gateway.push('PaveReleaseStatus', {
      data: {
        releaseStatus: release(3, { status: 'SUCCEEDED', current: true, description: 'Set GREETING' }),
      },
    });
    await waitFor(() => expect(screen.getByTestId('release-v3').textContent).toContain('v3 (current)'));
    expect(screen.getByTestId('release-v2').textContent).not.toContain('(current)');
  });

  it('shows why a release failed', async () => {
    const gateway = platform();
    renderPave(<EntityPaveReleasesContent />, gateway);
    await waitFor(() => expect(gateway.subscribed('PaveReleaseStatus')).toBe(true));
    gateway.push('PaveReleaseStatus', {
      data: {
        releaseStatus: release(3, { status: 'FAILED', failureReason: 'health check failed after 30 s' }),
      },
    });
    expect((await screen.findByTestId('release-v3')).textContent).toContain('health check failed after 30 s');
  });

  it('deploys, promotes and rolls back only after confirming', async () => {
    const gateway = platform();
    const payload = (name: string) => ({ data: { [name]: { release: release(3, { status: 'PENDING' }) } } });
    gateway.answer('PaveDeploy', payload('deploy'));
    gateway.answer('PavePromote', payload('promote'));
    gateway.answer('PaveRollback', payload('rollback'));
    const user = userEvent.setup();
    renderPave(<EntityPaveReleasesContent />, gateway);

    await user.click(await screen.findByRole('button', { name: 'Deploy' }));
    let dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Deploy to dev?');
    await user.type(within(dialog).getByLabelText(/Git ref/), 'main');
    expect(gateway.callsOf('PaveDeploy')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Deploy' }));
    await waitFor(() =>
      expect(gateway.callsOf('PaveDeploy')).toEqual([{ input: { environmentId: DEV, ref: 'main' } }]),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Promote to…' }));
    dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('to staging');
    await user.click(within(dialog).getByRole('button', { name: 'Promote' }));
    await waitFor(() =>
      expect(gateway.callsOf('PavePromote')).toEqual([
        { input: { fromEnvironmentId: DEV, toEnvironmentId: STAGING } },
      ]),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Roll back to v1' }));
    dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(gateway.callsOf('PaveRollback')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Roll back to v1' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Roll back' }));
    await waitFor(() =>
      expect(gateway.callsOf('PaveRollback')).toEqual([{ input: { environmentId: DEV, toNumber: 1 } }]),
    );
  });

  it('keeps the dialog open with the error when the gateway refuses', async () => {
    const gateway = platform();
    gateway.answer('PaveDeploy', {
      errors: [
        {
          message: 'Release v2 of dev is still in flight.',
          extensions: { code: 'CONFLICT', currentVersion: 2 },
        },
      ],
    });
    const user = userEvent.setup();
    renderPave(<EntityPaveReleasesContent />, gateway);
    await user.click(await screen.findByRole('button', { name: 'Deploy' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Deploy' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      'CONFLICT: Release v2 of dev is still in flight.',
    );
  });
});
