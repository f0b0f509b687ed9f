import { describe, expect, it } from 'vitest';
import type { Release } from './describeRelease.ts';
import { type ReleaseFeed, startAndFollow } from './followRelease.ts';

const release = (status: Release['status'], extra: Partial<Release> = {}): Release => ({
  id: 'r4',
  number: 4,
  version: 'v4',
  environmentId: 'component:default/shop/dev',
  status,
  cause: 'DEPLOY',
  description: 'Deploy main',
  createdBy: 'root',
  createdAt: '2026-11-22T12:00:00.000Z',
  startedAt: status === 'PENDING' ? null : '2026-11-22T12:00:01.000Z',
  finishedAt: status === 'SUCCEEDED' || status === 'FAILED' ? '2026-11-22T12:00:03.000Z' : null,
  failureReason: null,
  failureCode: null,
  current: status === 'SUCCEEDED',
  configVersion: 1,
  artifact: null,
  sourceRelease: null,
  ...extra,
});

/** A feed whose stream the test drives, and whose `read` answers what the store holds now. */
function fakeFeed(stored: () => Release | null) {
  const calls: string[] = [];
  let push: (release: Release) => void = () => {};
  const feed: ReleaseFeed = {
    async subscribe(onRelease) {
      calls.push('subscribe');
      push = onRelease;
      return () => calls.push('unsubscribe');
    },
    async read() {
      calls.push('read');
      return stored();
    },
  };
  return { feed, calls, push: (r: Release) => push(r) };
}

describe('following a release', () => {
  it('subscribes before starting, and shows each phase once, in order', async () => {
    let now: Release | null = release('PENDING');
    const { feed, calls, push } = fakeFeed(() => now);
    const seen: string[] = [];
    const final = await startAndFollow({
      feed,
      pollMs: 10_000,
      start: async () => {
        calls.push('start');
        // The stream delivers news of another release of the environment, and of this one.
        setTimeout(() => {
          push(release('DEPLOYING', { id: 'other' }));
          push(release('DEPLOYING'));
          push(release('DEPLOYING'));
          now = release('SUCCEEDED');
          push(now);
        }, 5);
        return release('PENDING');
      },
      onUpdate: (r) => seen.push(r.status),
    });
    expect(final.status).toBe('SUCCEEDED');
    expect(seen).toEqual(['PENDING', 'DEPLOYING', 'SUCCEEDED']);
    expect(calls.slice(0, 2)).toEqual(['subscribe', 'start']);
    expect(calls.at(-1)).toBe('unsubscribe');
  });

  it('finds a release that finished before the stream said anything: it reads it again', async () => {
    const { feed } = fakeFeed(() => release('FAILED', { failureCode: 'INVALID_REF' }));
    const seen: string[] = [];
    const final = await startAndFollow({
      feed,
      start: async () => release('PENDING'),
      onUpdate: (r) => seen.push(r.status),
    });
    expect(final).toMatchObject({ status: 'FAILED', failureCode: 'INVALID_REF' });
    expect(seen).toEqual(['PENDING', 'FAILED']);
  });

  it('keeps what the stream said between subscribing and the answer to start', async () => {
    const { feed, push } = fakeFeed(() => release('DEPLOYING'));
    const final = await startAndFollow({
      feed,
      pollMs: 10_000,
      start: async () => {
        push(release('SUCCEEDED'));
        return release('PENDING');
      },
      onUpdate: () => {},
    });
    expect(final.status).toBe('SUCCEEDED');
  });

  it('keeps reading when the stream is lost', async () => {
    let reads = 0;
    const feed: ReleaseFeed = {
      async subscribe(_onRelease, onLost) {
        onLost(new Error('stream refused'));
        return () => {};
      },
      async read() {
        reads += 1;
        return release(reads < 3 ? 'DEPLOYING' : 'SUCCEEDED');
      },
    };
    const lost: string[] = [];
    const final = await startAndFollow({
      feed,
      pollMs: 5,
      start: async () => release('PENDING'),
      onUpdate: () => {},
      onLost: (error) => lost.push((error as Error).message),
    });
    expect(final.status).toBe('SUCCEEDED');
    expect(reads).toBe(3);
    expect(lost).toEqual(['stream refused']);
  });

  it('unsubscribes when the release cannot be started', async () => {
    const { feed, calls } = fakeFeed(() => null);
    await expect(
      startAndFollow({
        feed,
        start: async () => {
          throw new Error('CONFLICT');
        },
        onUpdate: () => {},
      }),
    ).rejects.toThrow('CONFLICT');
    expect(calls).toEqual(['subscribe', 'unsubscribe']);
  });

  it('stops following when told to, leaving the release alone', async () => {
    const { feed, calls } = fakeFeed(() => release('DEPLOYING'));
    const stop = new AbortController();
    const following = startAndFollow({
      feed,
      pollMs: 5,
      signal: stop.signal,
      start: async () => release('PENDING'),
      onUpdate: () => stop.abort(new Error('Ctrl-C')),
    });
    await expect(following).rejects.toThrow('Ctrl-C');
    expect(calls.at(-1)).toBe('unsubscribe');
    const reads = calls.filter((c) => c === 'read').length;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(calls.filter((c) => c === 'read').length).toBe(reads);
  });
});
