import { describe, expect, it } from 'vitest';
import { type CliError, EXIT } from '../errors.ts';
import { explainError } from './explain.ts';
import { GatewayErrors, GatewayUnreachable } from './gatewayErrors.ts';

const context = { gatewayUrl: 'http://127.0.0.1:4000' };
const gatewayError = (code: string, extensions: Record<string, unknown> = {}, status = 200) =>
  new GatewayErrors([{ message: `a ${code} error`, extensions: { code, ...extensions } }], status);

describe('errors in the user’s words', () => {
  it('names the URL that could not be reached', async () => {
    const cause = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    const error = (await explainError(
      new GatewayUnreachable('http://127.0.0.1:4000/graphql', cause),
      context,
    )) as CliError;
    expect(error.message).toBe(
      'Cannot reach the Pave gateway at http://127.0.0.1:4000/graphql: ECONNREFUSED.',
    );
    expect(error.hint).toContain('PAVE_URL');
  });

  it('sends UNAUTHENTICATED to pave login, or to PAVE_TOKEN when that is the token used', async () => {
    const stored = (await explainError(gatewayError('UNAUTHENTICATED', {}, 401), context)) as CliError;
    expect(stored.message).toContain('You are not logged in to http://127.0.0.1:4000');
    expect(stored.hint).toBe('Run pave login.');
    const fromEnv = (await explainError(gatewayError('UNAUTHENTICATED'), {
      ...context,
      tokenSource: 'PAVE_TOKEN',
    })) as CliError;
    expect(fromEnv.message).toContain('PAVE_TOKEN');
  });

  it('says who owns the component on FORBIDDEN', async () => {
    const error = (await explainError(gatewayError('FORBIDDEN'), {
      ...context,
      componentRef: 'component:default/orders',
      ownerOf: async (ref) =>
        ref === 'component:default/orders' ? 'group:default/team-payments' : undefined,
    })) as CliError;
    expect(error.message).toBe('Not allowed: a FORBIDDEN error');
    expect(error.hint).toBe(
      'component:default/orders is owned by group:default/team-payments: ask them (or a Pave admin) for access.',
    );
  });

  it('explains CONFLICT on a versioned change as someone else’s change, with the version and how to retry', async () => {
    const about = (await explainError(gatewayError('CONFLICT', { currentVersion: 7 }), {
      ...context,
      about: 'the variables of staging',
    })) as CliError;
    expect(about.message).toBe(
      'Someone else changed the variables of staging while you were working (now at version 7).',
    );
    expect(about.hint).toMatch(/Run the same command again/);
  });

  it('keeps the server’s words for a CONFLICT that was no race on a version (an environment that exists)', async () => {
    const error = (await explainError(gatewayError('CONFLICT', { currentVersion: 3 }), context)) as CliError;
    expect(error.message).toBe('a CONFLICT error');
    expect(error.hint).toBeUndefined();
  });

  it('keeps the server’s words for a CONFLICT without a version number', async () => {
    const error = (await explainError(
      gatewayError('CONFLICT', { currentVersion: '2026-11-22T02:00:00.000Z' }),
      context,
    )) as CliError;
    expect(error.message).toBe('a CONFLICT error');
  });

  it('explains CONFLICT of a release mutation as another release in flight, and which', async () => {
    const error = (await explainError(
      new GatewayErrors(
        [
          {
            message:
              'Release v3 of component:default/shop/dev is still DEPLOYING; wait for it to finish, then try again.',
            path: ['deploy'],
            extensions: { code: 'CONFLICT', currentVersion: 3 },
          },
        ],
        200,
      ),
      context,
    )) as CliError;
    expect(error.message).toBe(
      'Another release is in flight: Release v3 of component:default/shop/dev is still DEPLOYING; wait for it to finish, then try again.',
    );
    expect(error.hint).toBe('pave releases info v3 shows how it goes.');
  });

  it('says to deploy first when the environment to promote from has no release', async () => {
    const error = (await explainError(
      new GatewayErrors(
        [
          {
            message: 'component:default/shop/dev has no release to promote.',
            path: ['promote'],
            extensions: { code: 'NOT_FOUND', field: 'input.fromEnvironmentId' },
          },
        ],
        200,
      ),
      context,
    )) as CliError;
    expect(error.message).toBe('component:default/shop/dev has no release to promote.');
    expect(error.hint).toBe('Deploy to it first (pave deploy), then promote.');
  });

  it('gives BAD_USER_INPUT the field and rule, as a usage error', async () => {
    const error = (await explainError(
      gatewayError('BAD_USER_INPUT', { field: 'input.name', rule: '1–64 letters' }),
      context,
    )) as CliError;
    expect(error.exitCode).toBe(EXIT.usage);
    expect(error.hint).toBe('input.name: 1–64 letters');
  });

  it('names the backend that is unavailable and whether to retry', async () => {
    const error = (await explainError(
      gatewayError('BACKEND_UNAVAILABLE', { adapter: 'vault', retryable: true }),
      context,
    )) as CliError;
    expect(error.message).toBe('The vault backend is unavailable: a BACKEND_UNAVAILABLE error');
    expect(error.hint).toMatch(/try again/);
  });

  it('leaves errors that are not the gateway’s alone', async () => {
    const bug = new RangeError('oops');
    expect(await explainError(bug, context)).toBe(bug);
  });
});
