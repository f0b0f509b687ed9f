import type { TargetEnvironment } from '../context/targetEnvironment.ts';
import { CliError, EXIT } from '../errors.ts';
import type { Session } from '../session.ts';
import { failureText, type Release, releaseJson } from './describeRelease.ts';
import { gatewayFeed, startAndFollow } from './followRelease.ts';
import { progressFor } from './progress.ts';

export interface ReleaseRequest {
  environment: TargetEnvironment;
  /** What is asked, for the progress view: `Deploy main to dev`. */
  title: string;
  start(): Promise<Release>;
  /** false (--no-wait): return as soon as the release is recorded. */
  wait: boolean;
}

/** What deploy, promote and rollback share: start the release, show it move, fail when it fails. */
export async function runRelease(session: Session, request: ReleaseRequest): Promise<void> {
  const { term } = session;
  const name = request.environment.name;
  if (!request.wait) {
    const release = await request.start();
    if (term.json) return term.printJson(releaseJson(release, name));
    return term.show({
      kind: 'message',
      tone: 'info',
      text: `${release.version} of ${name} is ${release.status}: ${release.description}. See how it goes with pave releases info ${release.version} -e ${name}.`,
    });
  }

  const progress = await progressFor(term, request.title);
  let lostNoted = false;
  let final: Release;
  let started: Release | undefined;
  // Ctrl-C stops following, not the release: say so, and how to look at it later.
  const stop = new AbortController();
  const interrupt = () =>
    stop.abort(
      new CliError(
        started
          ? `Stopped following ${started.version}; the release goes on.`
          : 'Stopped; the release may have started.',
        { hint: `pave releases -e ${name} shows how it ends.`, exitCode: EXIT.interrupted },
      ),
    );
  // `on`, not `once`: Ink's exit hook re-raises a signal once no other listener is left.
  process.on('SIGINT', interrupt);
  try {
    final = await startAndFollow({
      signal: stop.signal,
      feed: gatewayFeed(session, request.environment.id),
      start: async () => {
        started = await request.start();
        return started;
      },
      onUpdate: (release) => progress.update(release),
      onLost: (error) => {
        // The live view owns the terminal; polling carries on either way.
        if (lostNoted || term.interactive) return;
        lostNoted = true;
        term.note(`warning: no live updates (${(error as Error).message}); checking every 2 s instead.`);
      },
    });
  } finally {
    process.off('SIGINT', interrupt);
    await progress.close();
  }
  if (term.json) term.printJson(releaseJson(final, name));
  if (final.status === 'FAILED') {
    const serving = request.environment.currentRelease;
    throw new CliError(`${final.version} failed in ${name}: ${failureText(final)}`, {
      hint: `${serving ? `${serving.version} still serves. ` : ''}pave logs -e ${name} --since 15m shows what happened.`,
    });
  }
}
