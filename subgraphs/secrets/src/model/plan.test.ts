import { describe, expect, it } from 'vitest';
import type { StoredVariable } from '../port.ts';
import { diffVariables } from './diff.ts';
import { applyPlan, planChanges } from './plan.ts';
import { validateEnvironmentId, validateWrites } from './validate.ts';

const at = new Date('2026-11-01T00:00:00Z');
const v = (key: string, value: string | null, secret = false, version = 1): StoredVariable => ({
  key,
  value,
  secret,
  version,
  updatedBy: 'user:default/ada',
  updatedAt: at,
});

describe('planChanges', () => {
  const current = [v('A', '1'), v('B', '2', true), v('C', '3')];

  it('sets, overwrites, keeps and removes, reporting each', () => {
    const plan = planChanges(current, {
      set: [
        { key: 'A', value: '1' },
        { key: 'B', value: 'new' },
        { key: 'D', value: '4' },
      ],
      unset: ['C', 'NOPE'],
      replace: false,
    });
    expect(plan.changedKeys).toEqual(['B', 'C', 'D']);
    expect(plan.overwrittenKeys).toEqual(['B']);
    expect(plan.unchangedKeys).toEqual(['A']);
    expect(plan.upserts).toEqual([
      { key: 'B', value: 'new', secret: true },
      { key: 'D', value: '4', secret: true },
    ]);
    expect(applyPlan(current, plan).map((x) => x.key)).toEqual(['A', 'B', 'D']);
  });

  it('treats a change of kind as a change, and replace removes the rest', () => {
    const plan = planChanges(current, {
      set: [{ key: 'A', value: '1', secret: true }],
      unset: [],
      replace: true,
    });
    expect(plan.changedKeys).toEqual(['A', 'B', 'C']);
    expect(plan.removals).toEqual(['B', 'C']);
  });

  it('always writes to a write-only backend, whose values it cannot compare', () => {
    const plan = planChanges([v('A', null, true)], {
      set: [{ key: 'A', value: 'x' }],
      unset: [],
      replace: false,
    });
    expect(plan.changedKeys).toEqual(['A']);
  });
});

describe('diffVariables', () => {
  it('gives values of config vars only, never of secrets (on either side)', () => {
    const from = [v('A', '1'), v('S', 'old-secret', true), v('FLIP', 'was-secret', true), v('GONE', 'x')];
    const to = [v('A', '2'), v('S', 'new-secret', true), v('FLIP', 'now-plain'), v('NEW', 'y', true)];
    const changes = diffVariables(from, to);
    expect(changes).toEqual([
      { key: 'A', change: 'CHANGED', secret: false, oldValue: '1', newValue: '2' },
      { key: 'FLIP', change: 'CHANGED', secret: true, oldValue: null, newValue: null },
      { key: 'GONE', change: 'REMOVED', secret: false, oldValue: 'x', newValue: null },
      { key: 'NEW', change: 'ADDED', secret: true, oldValue: null, newValue: null },
      { key: 'S', change: 'CHANGED', secret: true, oldValue: null, newValue: null },
    ]);
    expect(JSON.stringify(changes)).not.toMatch(/old-secret|new-secret|was-secret/);
  });
});

describe('validation', () => {
  const fails = (fn: () => unknown): { message: string; [extension: string]: unknown } => {
    try {
      fn();
    } catch (error) {
      return { message: (error as Error).message, ...(error as { extensions: object }).extensions };
    }
    throw new Error('expected a failure');
  };

  it('names the key, the field and the rule, never the value', () => {
    expect(fails(() => validateWrites([{ key: '1BAD', value: 'v' }], 'input.variables'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.variables[0].key',
      rule: '[A-Za-z_][A-Za-z0-9_]*, at most 256 characters',
      message: '"1BAD" is not a valid variable name.',
    });
    const big = `secret-${'x'.repeat(64 * 1024)}`;
    const error = fails(() =>
      validateWrites(
        [
          { key: 'OK', value: 'v' },
          { key: 'BIG', value: big },
        ],
        'input.variables',
      ),
    );
    expect(error).toMatchObject({
      field: 'input.variables[1].value',
      rule: 'at most 64 KiB (65536 bytes of UTF-8)',
    });
    expect(error.message).toContain('BIG');
    expect(error.message).not.toContain('secret-');
    expect(fails(() => validateWrites([{ key: 'A', value: 'a\0b' }], 'v')).message).toContain('NUL');
    expect(
      fails(() =>
        validateWrites(
          [
            { key: 'A', value: '1' },
            { key: 'A', value: '2' },
          ],
          'v',
        ),
      ).field,
    ).toBe('v[1].key');
    expect(() => validateWrites([{ key: 'OK', value: 'x'.repeat(64 * 1024) }], 'v')).not.toThrow();
  });

  it('accepts environment ids only in their canonical form', () => {
    expect(validateEnvironmentId('component:default/hello-web/dev', 'id')).toEqual({
      componentRef: 'component:default/hello-web',
      name: 'dev',
    });
    expect(fails(() => validateEnvironmentId('hello-web', 'environmentId'))).toMatchObject({
      field: 'environmentId',
    });
  });
});
