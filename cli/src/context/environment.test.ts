import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.ts';
import { validEnvironmentName } from './environment.ts';

describe('validEnvironmentName', () => {
  it('accepts what the platform accepts: DNS labels', () => {
    for (const name of ['dev', 'staging-2', 'preview-feature-login', 'a', '0', 'x'.repeat(63)]) {
      expect(validEnvironmentName(name, '--env')).toBe(name);
    }
  });

  it('refuses, naming where it came from, a name no environment can have', () => {
    for (const name of ['My_Env', 'Dev', 'prod.eu', '-dev', 'dev-', 'x'.repeat(64), 'dev env']) {
      const error = (() => {
        try {
          validEnvironmentName(name, 'PAVE_ENV');
        } catch (caught) {
          return caught;
        }
      })();
      expect(error, name).toBeInstanceOf(UsageError);
      expect((error as UsageError).message).toBe(`PAVE_ENV: "${name}" is not an environment name.`);
    }
  });
});
