import { describe, expect, it } from 'vitest';
import { checkBranch, checkName, previewName } from './names.ts';

describe('environment names', () => {
  it('are DNS labels', () => {
    for (const good of ['dev', 'staging-2', 'a', 'x'.repeat(63)]) expect(checkName(good, 'name')).toBe(good);
    for (const bad of ['Dev', '-dev', 'dev-', 'd_v', 'x'.repeat(64), '', 'dev.eu']) {
      expect(() => checkName(bad, 'input.name')).toThrow(
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.name' }),
        }),
      );
    }
  });

  it('of previews come from the branch, and stay unique when cut short', () => {
    expect(previewName('feature/Login_form')).toBe('preview-feature-login-form');
    expect(previewName('--')).toBe('preview-branch');
    const long = previewName(`feature/${'x'.repeat(80)}-a`);
    const other = previewName(`feature/${'x'.repeat(80)}-b`);
    expect(long.length).toBeLessThanOrEqual(63);
    expect(long).not.toBe(other);
    expect(() => checkName(long, 'name')).not.toThrow();
  });

  it('take branches git would take', () => {
    expect(checkBranch('feature/login', 'input.branch')).toBe('feature/login');
    for (const bad of ['a b', 'a..b', '-x', 'x/', 'x.lock', 'a:b']) {
      expect(() => checkBranch(bad, 'input.branch')).toThrow('is not a valid git branch name');
    }
  });
});
