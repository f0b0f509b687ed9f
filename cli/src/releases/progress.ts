import type { Terminal } from '../output/terminal.ts';
import { artifactText, duration, failureText, phasesOf, type Release } from './describeRelease.ts';

/** How a release on its way is shown. */
export interface Progress {
  update(release: Release): void;
  close(): Promise<void>;
}

/** Ink on a terminal; plain lines per phase elsewhere; nothing but the final JSON with --json. */
export async function progressFor(term: Terminal, title: string): Promise<Progress> {
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
  return plainProgress(title, (line) => term.out(line));
}

/** A line when the release is first seen, then one per phase, each once. */
export function plainProgress(title: string, out: (line: string) => void): Progress {
  const printed = new Set<Release['status']>();
  return {
    update: (release) => {
      if (printed.size === 0) out(`${title}: ${release.version}`);
      // A phase passed between two looks is still a phase it went through: each gets its line.
      for (const phase of phasesOf(release)) {
        if (printed.has(phase)) continue;
        printed.add(phase);
        out(phaseLine({ ...release, status: phase }));
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
