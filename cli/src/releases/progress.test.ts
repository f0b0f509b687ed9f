import { describe, expect, it } from 'vitest';
import type { Release } from './describeRelease.ts';
import { plainProgress } from './progress.ts';

const at = (status: Release['status'], extra: Partial<Release> = {}): Release => ({
  id: 'r2',
  number: 2,
  version: 'v2',
  environmentId: 'component:default/shop/dev',
  status,
  cause: 'DEPLOY',
  description: 'Deploy main',
  createdBy: 'root',
  createdAt: '2026-11-22T12:00:00.000Z',
  startedAt: status === 'PENDING' ? null : '2026-11-22T12:00:01.000Z',
  finishedAt: status === 'SUCCEEDED' || status === 'FAILED' ? '2026-11-22T12:00:02.500Z' : null,
  failureReason: null,
  failureCode: null,
  current: false,
  configVersion: null,
  artifact:
    status === 'SUCCEEDED'
      ? { kind: 'COMMIT', id: 'a'.repeat(40), ref: 'main', description: 'commit aaaaaaa (main)' }
      : null,
  sourceRelease: null,
  ...extra,
});

const run = (...updates: Release[]) => {
  const lines: string[] = [];
  const progress = plainProgress('Deploy main to dev', (line) => lines.push(line));
  for (const release of updates) progress.update(release);
  return lines;
};

describe('plain release progress', () => {
  it('prints each phase once, in order', () => {
    expect(run(at('PENDING'), at('DEPLOYING'), at('DEPLOYING'), at('SUCCEEDED'))).toEqual([
      'Deploy main to dev: v2',
      'v2 PENDING    Deploy main',
      'v2 DEPLOYING  building',
      'v2 SUCCEEDED  in 2.5 s: commit aaaaaaa (main)',
    ]);
  });

  it('prints a phase nobody saw, when the release went through it', () => {
    expect(run(at('PENDING'), at('SUCCEEDED'))).toEqual([
      'Deploy main to dev: v2',
      'v2 PENDING    Deploy main',
      'v2 DEPLOYING  commit aaaaaaa (main)',
      'v2 SUCCEEDED  in 2.5 s: commit aaaaaaa (main)',
    ]);
  });

  it('does not invent DEPLOYING for a release that failed before it started', () => {
    const failed = at('FAILED', {
      startedAt: null,
      failureCode: 'INVALID_REF',
      failureReason: 'no such ref',
    });
    expect(run(at('PENDING'), failed)).toEqual([
      'Deploy main to dev: v2',
      'v2 PENDING    Deploy main',
      'v2 FAILED     INVALID_REF: no such ref',
    ]);
  });
});
