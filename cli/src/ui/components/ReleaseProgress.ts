import { Box, Text } from 'ink';
import { Fragment, createElement as h } from 'react';
import { sanitize } from '../../output/views.ts';
import {
  artifactText,
  duration,
  failureText,
  isFinished,
  phasesOf,
  type Release,
} from '../../releases/describeRelease.ts';
import { Spinner } from './Spinner.ts';

export interface ReleaseProgressProps {
  /** What was asked, e.g. `Deploy main to dev`. */
  title: string;
  release: Release;
}

const PHASE_COLOR = { PENDING: 'yellow', DEPLOYING: 'cyan', SUCCEEDED: 'green', FAILED: 'red' } as const;

/** A release on its way: a spinner until it ends, the phases it went through, why it failed. */
export function ReleaseProgress({ title, release }: ReleaseProgressProps) {
  const phases = phasesOf(release);
  const took = duration(release);
  const label = h(
    Fragment,
    null,
    `${sanitize(title)} · ${release.version} · `,
    ...phases.flatMap((phase, i) => [
      i > 0 ? h(Text, { key: `arrow-${phase}`, dimColor: true }, ' → ') : null,
      h(Text, { key: phase, color: PHASE_COLOR[phase], bold: i === phases.length - 1 }, phase),
    ]),
    took ? h(Text, { dimColor: true }, ` (${took})`) : null,
  );
  if (!isFinished(release)) return h(Spinner, { label });
  const succeeded = release.status === 'SUCCEEDED';
  return h(
    Box,
    { flexDirection: 'column' },
    h(Text, null, h(Text, { color: succeeded ? 'green' : 'red' }, succeeded ? '✔ ' : '✘ '), label),
    succeeded
      ? h(Text, { dimColor: true }, `  ${sanitize(artifactText(release))}`)
      : h(Text, { color: 'red' }, `  ${sanitize(failureText(release))}`),
  );
}
