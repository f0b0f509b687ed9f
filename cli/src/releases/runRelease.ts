import type { TargetEnvironment } from '../context/targetEnvironment.ts';
import { CliError, EXIT } from '../errors.ts';
import type { Session } from '../session.ts';
import {
  artifactText,
  duration,
  failureText,
  phasesOf,
  type Release,
  releaseJson,
} from './describeRelease.ts';
import { gatewayFeed, startAndFollow } from './followRelease.ts';

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

  const progress = await progressFor(session, request.title);
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

interface Progress {
  update(release: Release): void;
  close(): Promise<void>;
}

/** Ink on a terminal; plain lines per phase elsewhere; nothing but the final JSON with --json. */
async function progressFor(session: Session, title: string): Promise<Progress> {
  const { term } = session;
  if (term.json) return { update: () => {}, close: async () => {} };
  if (term.interactive) {
    const ui = await term.ui();
    let live: ReturnType<typeof ui.showReleaseProgress> | undefined;
    return {
      update: (release) => {
        if (live) live.update({ title, release });
        else live = ui.showReleaseProgress({ title, release }, term.streams);
      },
      close: async () => live?.close(),
    };
  }
  const printed = new Set<Release['status']>();
  return {
    update: (release) => {
      if (printed.size === 0) term.out(`${title}: ${release.version}`);
      // A phase passed between two looks is still a phase it went through: each gets its line.
      for (const phase of phasesOf(release)) {
        if (printed.has(phase)) continue;
        printed.add(phase);
        term.out(phaseLine({ ...release, status: phase }));
      }
    },
    close: async () => {},
  };
}

function phaseLine(release: Release): string {
  switch (release.status) {
    case 'PENDING':
      return `${release.version} PENDING    ${release.description}`;
    case 'DEPLOYING':
      return `${release.version} DEPLOYING  ${release.artifact?.description ?? 'building'}`;
    case 'SUCCEEDED':
      return `${release.version} SUCCEEDED  in ${duration(release) ?? '?'}: ${artifactText(release)}`;
    case 'FAILED':
      return `${release.version} FAILED     ${failureText(release)}`;
  }
}
