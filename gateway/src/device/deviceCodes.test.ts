import { migrate } from '@pave/subgraph-kit';
import { describeEachStore } from '@pave/subgraph-kit/testing';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DeviceCodes } from './deviceCodes.ts';
import { deviceMigrations } from './migrations.ts';
import { cliTokenName } from './tokenName.ts';
import { normalizeUserCode, sha256Hex } from './userCode.ts';

const approver = { subject: 'user:default/jane', groups: ['group:default/team-a'], admin: false };

describeEachStore('device codes', (getStore) => {
  let clock: number;
  let codes: DeviceCodes;
  const advance = (seconds: number) => {
    clock += seconds * 1000;
  };

  beforeAll(async () => {
    await migrate(getStore(), 'gateway-device', deviceMigrations);
  });
  beforeEach(() => {
    clock = Date.parse('2026-11-22T10:00:00Z');
    codes = new DeviceCodes(getStore(), {
      lifetimeSeconds: 600,
      intervalSeconds: 5,
      now: () => new Date(clock),
    });
  });

  it('stores only hashes of the device code and the user code', async () => {
    const issued = await codes.issue('pave-cli');
    expect(issued.userCode).toMatch(/^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$/);
    expect(issued.deviceCode.length).toBeGreaterThanOrEqual(43);
    const { rows } = await getStore().query<Record<string, unknown>>(
      'select * from gateway_device_codes where device_code_hash = $1',
      [sha256Hex(issued.deviceCode)],
    );
    expect(rows).toHaveLength(1);
    const stored = JSON.stringify(rows[0]);
    expect(stored).not.toContain(issued.deviceCode);
    expect(stored).not.toContain(issued.userCode.replace('-', ''));
    expect(rows[0]?.user_code_hash).toBe(sha256Hex(normalizeUserCode(issued.userCode)!));
  });

  it('is pending until approved, then hands out the approval exactly once', async () => {
    const issued = await codes.issue('pave-cli');
    expect(await codes.poll(issued.deviceCode, 'pave-cli')).toEqual({ kind: 'authorization_pending' });
    // Typed by a person: any case, spaces instead of the dash.
    expect(await codes.decide(issued.userCode.toLowerCase().replace('-', ' '), 'approve', approver)).toBe(
      true,
    );
    advance(5);
    const approved = await codes.poll(issued.deviceCode, 'pave-cli');
    expect(approved).toMatchObject({ kind: 'approved', approver });
    advance(5);
    expect(await codes.poll(issued.deviceCode, 'pave-cli')).toEqual({ kind: 'invalid_grant' });
    expect(await codes.findPending(issued.userCode)).toBeUndefined();
    expect(await codes.decide(issued.userCode, 'approve', approver)).toBe(false);
  });

  it('tells a client that polls faster than its interval to slow down, by five more seconds each time', async () => {
    const issued = await codes.issue('pave-cli');
    expect((await codes.poll(issued.deviceCode, 'pave-cli')).kind).toBe('authorization_pending');
    advance(2);
    expect(await codes.poll(issued.deviceCode, 'pave-cli')).toEqual({ kind: 'slow_down', interval: 10 });
    advance(6);
    expect(await codes.poll(issued.deviceCode, 'pave-cli')).toEqual({ kind: 'slow_down', interval: 15 });
    advance(15);
    expect(await codes.poll(issued.deviceCode, 'pave-cli')).toEqual({ kind: 'authorization_pending' });
  });

  it('expires codes: no approval and no token after their lifetime', async () => {
    const issued = await codes.issue('pave-cli');
    advance(601);
    expect(await codes.decide(issued.userCode, 'approve', approver)).toBe(false);
    expect(await codes.poll(issued.deviceCode, 'pave-cli')).toEqual({ kind: 'expired_token' });
  });

  it('reports a denial, and refuses another client or an unknown code', async () => {
    const issued = await codes.issue('pave-cli');
    expect(await codes.poll(issued.deviceCode, 'another-client')).toEqual({ kind: 'invalid_grant' });
    expect(await codes.poll('not-a-device-code', 'pave-cli')).toEqual({ kind: 'invalid_grant' });
    expect(await codes.decide(issued.userCode, 'deny', approver)).toBe(true);
    expect(await codes.poll(issued.deviceCode, 'pave-cli')).toEqual({ kind: 'access_denied' });
  });

  it('remembers which service token a login issued', async () => {
    const issued = await codes.issue('pave-cli');
    await codes.decide(issued.userCode, 'approve', approver);
    const approved = await codes.poll(issued.deviceCode, 'pave-cli');
    if (approved.kind !== 'approved') throw new Error(`expected approval, got ${approved.kind}`);
    await codes.recordIssuedToken(approved.deviceCodeHash, 'abcdef012345');
    expect(await codes.issuedToken('abcdef012345')).toBe(true);
    expect(await codes.issuedToken('0123456789ab')).toBe(false);
  });
});

describe('user codes and token names', () => {
  it('accepts what a person types and refuses what cannot be a code', () => {
    expect(normalizeUserCode(' wdjb-mjht ')).toBe('WDJBMJHT');
    expect(normalizeUserCode('WDJB MJHT')).toBe('WDJBMJHT');
    expect(normalizeUserCode('WDJB-MJH')).toBeUndefined();
    expect(normalizeUserCode('AEIO-UAEI')).toBeUndefined();
  });

  it('names the minted token after the approver and the day, within the service token rules', () => {
    const day = new Date('2026-11-22T23:00:00Z');
    expect(cliTokenName('user:default/jane.doe', day)).toBe('cli-jane.doe-2026-11-22');
    expect(cliTokenName('root', day)).toBe('cli-root-2026-11-22');
    expect(cliTokenName('service:ci', day)).toBe('cli-ci-2026-11-22');
    const long = cliTokenName(`auth0|${'x'.repeat(100)}`, day);
    expect(long).toMatch(/^cli-auth0-x+-2026-11-22$/);
    expect(long.length).toBeLessThanOrEqual(64);
  });
});
