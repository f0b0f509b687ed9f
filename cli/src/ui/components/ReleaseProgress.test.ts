import { render } from 'ink-testing-library';
import { createElement as h } from 'react';
import { describe, expect, it } from 'vitest';
import type { Release } from '../../releases/describeRelease.ts';
import { ReleaseProgress } from './ReleaseProgress.ts';

const base: Release = {
  id: 'r4',
  number: 4,
  version: 'v4',
  environmentId: 'component:default/shop/dev',
  status: 'PENDING',
  cause: 'DEPLOY',
  description: 'Deploy main',
  createdBy: 'root',
  createdAt: '2026-11-22T12:00:00.000Z',
  startedAt: null,
  finishedAt: null,
  failureReason: null,
  failureCode: null,
  current: false,
  configVersion: 1,
  artifact: null,
  sourceRelease: null,
};
const title = 'Deploy main to dev';

describe('ReleaseProgress', () => {
  it('spins while the release is pending, then deploying, and shows the phases so far', () => {
    const { lastFrame, rerender } = render(h(ReleaseProgress, { title, release: base }));
    expect(lastFrame()).toMatch(/^[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] Deploy main to dev · v4 · PENDING$/);
    rerender(
      h(ReleaseProgress, {
        title,
        release: { ...base, status: 'DEPLOYING', startedAt: '2026-11-22T12:00:01.000Z' },
      }),
    );
    expect(lastFrame()).toMatch(/^[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] Deploy main to dev · v4 · PENDING → DEPLOYING$/);
  });

  it('ends with a tick and how long it took', () => {
    const { lastFrame } = render(
      h(ReleaseProgress, {
        title,
        release: {
          ...base,
          status: 'SUCCEEDED',
          startedAt: '2026-11-22T12:00:01.000Z',
          finishedAt: '2026-11-22T12:00:04.200Z',
          artifact: { kind: 'COMMIT', id: 'a'.repeat(40), ref: 'main', description: 'commit aaaaaaa (main)' },
        },
      }),
    );
    expect(lastFrame()).toBe(
      '✔ Deploy main to dev · v4 · PENDING → DEPLOYING → SUCCEEDED (4.2 s)\n  commit aaaaaaa (main)',
    );
  });

  it('ends with a cross and the reason when it failed', () => {
    const { lastFrame } = render(
      h(ReleaseProgress, {
        title,
        release: {
          ...base,
          status: 'FAILED',
          finishedAt: '2026-11-22T12:00:00.500Z',
          failureCode: 'INVALID_REF',
          failureReason: 'no-such-branch is not a branch, tag or commit\u001b[31m',
        },
      }),
    );
    expect(lastFrame()).toBe(
      '✘ Deploy main to dev · v4 · PENDING → FAILED (0.5 s)\n  INVALID_REF: no-such-branch is not a branch, tag or commit[31m',
    );
  });
});
