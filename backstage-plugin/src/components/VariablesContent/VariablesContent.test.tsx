// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeGateway } from '../../testing/fakeGateway.ts';
import { renderPave } from '../../testing/renderPave.tsx';
import { EntityPaveVariablesContent } from '../index.tsx';

const DEV = 'component:default/hello-web/dev';
const SECRET_VALUE = 'sk_live_do-not-show';

function platform(version = 3) {
  const gateway = createFakeGateway();
  gateway.answer('PaveComponentEnvironments', {
    data: {
      entity: {
        __typename: 'Component',
        ref: 'component:default/hello-web',
        title: null,
        environments: {
          totalCount: 1,
          nodes: [
            {
              id: DEV,
              name: 'dev',
              type: 'DEVELOPMENT',
              url: null,
              protected: false,
              branch: null,
              expiresAt: null,
              clonedFrom: null,
              status: null,
              currentRelease: null,
            },
          ],
        },
      },
    },
  });
  const variable = (key: string, value: string | null, secret: boolean) => ({
    key,
    value,
    masked: value === null,
    secret,
    version: 1,
    updatedBy: 'user:default/jane',
    updatedAt: '2026-11-22T00:00:00Z',
  });
  gateway.answer('PaveVariableSet', {
    data: {
      variableSet: {
        environmentId: DEV,
        version,
        updatedAt: '2026-11-22T00:00:00Z',
        updatedBy: 'user:default/jane',
        backend: 'pave',
        revealable: true,
        variables: [
          variable('API_KEY', null, true),
          variable('GREETING', 'Hello', false),
          variable('OLD_FLAG', 'on', false),
        ],
      },
    },
  });
  gateway.answer('PaveVariableHistory', { data: { variableSet: { version, history: { nodes: [] } } } });
  return gateway;
}

describe('the Variables tab', () => {
  it('masks secrets and reveals one only when asked, for that key alone', async () => {
    const gateway = platform();
    gateway.answer('PaveRevealVariable', {
      data: { variableSet: { version: 3, variables: [{ key: 'API_KEY', value: SECRET_VALUE }] } },
    });
    const user = userEvent.setup();
    renderPave(<EntityPaveVariablesContent />, gateway);

    const row = await screen.findByTestId('variable-API_KEY');
    expect(row.textContent).toContain('••••••••');
    expect(document.body.textContent).not.toContain(SECRET_VALUE);
    expect(gateway.callsOf('PaveRevealVariable')).toEqual([]);

    await user.click(within(row).getByRole('button', { name: 'Reveal API_KEY' }));
    await waitFor(() => expect(row.textContent).toContain(SECRET_VALUE));
    expect(gateway.callsOf('PaveRevealVariable')).toEqual([{ environmentId: DEV, key: 'API_KEY' }]);

    await user.click(within(row).getByRole('button', { name: 'Hide API_KEY' }));
    expect(document.body.textContent).not.toContain(SECRET_VALUE);
  });

  it('adds, edits and removes several variables and saves them with one click as one version, against the version read', async () => {
    const gateway = platform(3);
    gateway.answer('PaveSetVariables', {
      data: {
        setVariables: { changedKeys: ['GREETING', 'NEW_KEY', 'OLD_FLAG'], variableSet: { version: 4 } },
      },
    });
    const user = userEvent.setup();
    renderPave(<EntityPaveVariablesContent />, gateway);

    await user.click(await screen.findByRole('checkbox', { name: 'Secret' }));
    await user.type(screen.getByLabelText('Key'), 'NEW_KEY');
    await user.type(screen.getByLabelText('Value'), 'plain');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    await user.click(screen.getByRole('button', { name: 'Edit GREETING' }));
    const edit = screen.getByLabelText('New value of GREETING');
    await user.clear(edit);
    await user.type(edit, 'Hej{Enter}');
    await user.click(screen.getByRole('button', { name: 'Remove OLD_FLAG' }));
    expect(screen.getByTestId('variable-OLD_FLAG').textContent).toContain('to be removed');

    await user.click(screen.getByRole('button', { name: 'Save 3 changes' }));
    await waitFor(() => expect(gateway.callsOf('PaveSetVariables')).toHaveLength(1));
    expect(gateway.callsOf('PaveSetVariables')).toEqual([
      {
        input: {
          environmentId: DEV,
          expectedVersion: 3,
          variables: [
            { key: 'NEW_KEY', value: 'plain', secret: false },
            { key: 'GREETING', value: 'Hej' },
          ],
          unset: ['OLD_FLAG'],
        },
      },
    ]);
  });

  it('refuses an invalid key before sending anything', async () => {
    const gateway = platform();
    const user = userEvent.setup();
    renderPave(<EntityPaveVariablesContent />, gateway);
    await user.type(await screen.findByLabelText('Key'), '9LIVES');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByText(/"9LIVES" is not a valid key/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Save 0 changes' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('on CONFLICT shows what changed meanwhile and re-applies the changes on the current version', async () => {
    const gateway = platform(3);
    let attempts = 0;
    gateway.answer('PaveSetVariables', ({ input }) => {
      attempts += 1;
      return input.expectedVersion === 3
        ? {
            errors: [
              {
                message: 'The variables are at version 4, not 3.',
                extensions: { code: 'CONFLICT', currentVersion: 4 },
              },
            ],
          }
        : { data: { setVariables: { changedKeys: ['GREETING'], variableSet: { version: 5 } } } };
    });
    gateway.answer('PaveVariableSetDiff', {
      data: {
        variableSetDiff: {
          fromVersion: 3,
          toVersion: 4,
          changes: [
            { key: 'GREETING', change: 'CHANGED', secret: false, oldValue: 'Hello', newValue: 'Hallo' },
            { key: 'API_KEY', change: 'CHANGED', secret: true, oldValue: null, newValue: null },
          ],
        },
      },
    });
    const user = userEvent.setup();
    renderPave(<EntityPaveVariablesContent />, gateway);

    await user.click(await screen.findByRole('button', { name: 'Edit GREETING' }));
    await user.type(screen.getByLabelText('New value of GREETING'), '{Control>}a{/Control}Hej{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save 1 change' }));

    const conflict = await screen.findByText(/CONFLICT: the variables changed/);
    expect(conflict.textContent).toContain('You started from version 3, and it is version 4 now.');
    expect(await screen.findByText('GREETING: Hello → Hallo')).toBeTruthy();
    expect(screen.getByText('API_KEY: secret changed')).toBeTruthy();
    // React may mount the panel twice in development; every diff asked for is the same one.
    expect(new Set(gateway.callsOf('PaveVariableSetDiff').map((v) => JSON.stringify(v)))).toEqual(
      new Set([JSON.stringify({ environmentId: DEV, fromVersion: 3, toVersion: 4 })]),
    );

    await user.click(screen.getByRole('button', { name: 'Re-apply my changes on version 4' }));
    await waitFor(() => expect(attempts).toBe(2));
    expect(gateway.callsOf('PaveSetVariables')[1]).toEqual({
      input: {
        environmentId: DEV,
        expectedVersion: 4,
        variables: [{ key: 'GREETING', value: 'Hej' }],
        unset: [],
      },
    });
    await waitFor(() => expect(screen.queryByText(/CONFLICT: the variables changed/)).toBeNull());
  });

  it("shows history with each version's changes and rolls back after confirming", async () => {
    const gateway = platform(2);
    gateway.answer('PaveVariableHistory', {
      data: {
        variableSet: {
          version: 2,
          history: {
            nodes: [
              {
                version: 2,
                createdAt: '2026-11-22T01:00:00Z',
                createdBy: 'user:default/jane',
                releaseId: null,
                changes: [
                  { key: 'GREETING', change: 'CHANGED', secret: false, oldValue: 'Hi', newValue: 'Hello' },
                ],
              },
              {
                version: 1,
                createdAt: '2026-11-22T00:00:00Z',
                createdBy: 'user:default/jane',
                releaseId: null,
                changes: [
                  { key: 'GREETING', change: 'ADDED', secret: false, oldValue: null, newValue: 'Hi' },
                ],
              },
            ],
          },
        },
      },
    });
    gateway.answer('PaveRollbackVariables', {
      data: { rollbackVariables: { changedKeys: ['GREETING'], variableSet: { version: 3 } } },
    });
    const user = userEvent.setup();
    renderPave(<EntityPaveVariablesContent />, gateway);

    const history = await screen.findByRole('table', { name: 'Variable history' });
    expect(within(history).getByText('GREETING: Hi → Hello')).toBeTruthy();
    expect(within(history).getByText('GREETING added: Hi')).toBeTruthy();
    await user.click(within(history).getByRole('button', { name: 'Roll back to v1' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Roll back' }));
    await waitFor(() =>
      expect(gateway.callsOf('PaveRollbackVariables')).toEqual([
        { input: { environmentId: DEV, toVersion: 1, expectedVersion: 2 } },
      ]),
    );
  });
});
