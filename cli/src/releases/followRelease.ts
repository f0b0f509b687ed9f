import { ReleaseDocument, ReleaseStatusDocument } from '../__generated__/graphql.ts';
import type { Session } from '../session.ts';
import { isFinished, movedOn, type Release } from './describeRelease.ts';

/** Where news of an environment's releases comes from. */
export interface ReleaseFeed {
  /**
   * Calls `onRelease` each time one of the environment's releases moves. Resolves once the stream
   * is up (or has failed: then `onLost` was called and reading alone must do).
   */
  subscribe(onRelease: (release: Release) => void, onLost: (error: unknown) => void): Promise<() => void>;
  /** The release as it is now. */
  read(id: string): Promise<Release | null>;
}

/**
 * Starts a release and follows it until it succeeds or fails, calling `onUpdate` each time it
 * moves on. The release may finish before a subscription made after it would be up, so the
 * subscription comes first; the release is then read again once (a subscription can be up at the
 * gateway before it is at the subgraph), and every `pollMs` in case the stream breaks.
 */
export async function startAndFollow(options: {
  feed: ReleaseFeed;
  start(): Promise<Release>;
  onUpdate(release: Release): void;
  onLost?(error: unknown): void;
  pollMs?: number;
  /** Stops following (not the release): rejects with the signal's reason. */
  signal?: AbortSignal;
}): Promise<Release> {
  const { feed, onUpdate } = options;
  const early: Release[] = [];
  let targetId: string | undefined;
  let latest: Release | undefined;
  let settle: (release: Release) => void = () => {};
  let abandon: (reason: unknown) => void = () => {};
  const finished = new Promise<Release>((resolve, reject) => {
    settle = resolve;
    abandon = reject;
  });
  // Awaited only once the release has started; an abort before that must not go unhandled.
  finished.catch(() => {});
  const stop = () => abandon(options.signal?.reason);
  options.signal?.addEventListener('abort', stop, { once: true });
  const consider = (release: Release) => {
    if (release.id !== targetId || !movedOn(latest, release)) return;
    latest = release;
    onUpdate(release);
    if (isFinished(release)) settle(release);
  };

  const unsubscribe = await feed.subscribe(
    (release) => (targetId === undefined ? early.push(release) : consider(release)),
    (error) => options.onLost?.(error),
  );
  let timer: NodeJS.Timeout | undefined;
  let following = true;
  try {
    const started = await Promise.race([options.start(), finished]);
    targetId = started.id;
    consider(started);
    for (const release of early.splice(0)) consider(release);
    const poll = async () => {
      const now = await feed.read(started.id).catch(() => null);
      if (!following) return; // a read that was under way when following stopped
      if (now) consider(now);
      if (!latest || !isFinished(latest)) timer = setTimeout(poll, options.pollMs ?? 2000);
    };
    if (!isFinished(started)) void poll();
    return await finished;
  } finally {
    following = false;
    options.signal?.removeEventListener('abort', stop);
    clearTimeout(timer);
    unsubscribe();
  }
}

/** The gateway as a ReleaseFeed: `releaseStatus` over SSE, and `release(id)`. */
export function gatewayFeed(session: Session, environmentId: string, connectTimeoutMs = 5000): ReleaseFeed {
  return {
    async subscribe(onRelease, onLost) {
      const subscriber = await session.subscriber();
      return new Promise((resolve) => {
        const ready = setTimeout(() => resolve(unsubscribe), connectTimeoutMs);
        const up = () => {
          clearTimeout(ready);
          resolve(unsubscribe);
        };
        const unsubscribe = subscriber.subscribe(
          ReleaseStatusDocument,
          { environmentId },
          {
            connected: up,
            next: (data) => onRelease(data.releaseStatus),
            complete: () => {},
            dropped: (error) => {
              onLost(error);
              up();
            },
            refused: (error) => {
              onLost(error);
              up();
            },
          },
        );
      });
    },
    read: async (id) => (await session.request(ReleaseDocument, { id })).release,
  };
}
