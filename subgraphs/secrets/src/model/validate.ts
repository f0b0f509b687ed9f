import { badUserInput, parseEnvironmentId } from '@pave/subgraph-kit';
import type { VariableWrite } from '../port.ts';

export const KEY_RULE = '[A-Za-z_][A-Za-z0-9_]*';
const KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
const MAX_KEY_LENGTH = 256;
export const MAX_VALUE_BYTES = 64 * 1024;
/** Keys one request may touch; a set holds at most this many variables too. */
export const MAX_KEYS = 1000;

/** A key as quoted in messages: short, and never more than the caller sent. */
const shown = (key: string) => JSON.stringify(key.length > 60 ? `${key.slice(0, 60)}…` : key);

export function validateEnvironmentId(id: string, field: string): { componentRef: string; name: string } {
  const parsed = parseEnvironmentId(id);
  if (!parsed) {
    throw badUserInput(`${shown(id)} is not an environment id.`, {
      field,
      rule: 'a component ref and an environment name, e.g. component:default/hello-web/dev',
    });
  }
  return parsed;
}

export function validateKey(key: string, field: string): void {
  if (!KEY_PATTERN.test(key) || key.length > MAX_KEY_LENGTH) {
    throw badUserInput(`${shown(key)} is not a valid variable name.`, {
      field,
      rule: `${KEY_RULE}, at most ${MAX_KEY_LENGTH} characters`,
    });
  }
}

/** Checks a value without ever putting it in the message: only the key is named. */
export function validateValue(key: string, value: string, field: string): void {
  if (Buffer.byteLength(value, 'utf8') > MAX_VALUE_BYTES) {
    throw badUserInput(`The value of ${shown(key)} is longer than 64 KiB.`, {
      field,
      rule: 'at most 64 KiB (65536 bytes of UTF-8)',
    });
  }
  if (value.includes('\0')) {
    throw badUserInput(`The value of ${shown(key)} contains a NUL character.`, {
      field,
      rule: 'no NUL characters (environment variables cannot hold them)',
    });
  }
}

export function validateCount(count: number, field: string): void {
  if (count > MAX_KEYS) {
    throw badUserInput(`At most ${MAX_KEYS} variables may change at once, not ${count}.`, {
      field,
      rule: `at most ${MAX_KEYS} keys`,
    });
  }
}

/** Keys, values and no key twice; `field` is the list's path, e.g. `input.variables`. */
export function validateWrites(writes: readonly VariableWrite[], field: string): void {
  validateCount(writes.length, field);
  const seen = new Set<string>();
  writes.forEach((write, i) => {
    validateKey(write.key, `${field}[${i}].key`);
    validateValue(write.key, write.value, `${field}[${i}].value`);
    if (seen.has(write.key)) {
      throw badUserInput(`${shown(write.key)} is given more than once.`, {
        field: `${field}[${i}].key`,
        rule: 'each key at most once',
      });
    }
    seen.add(write.key);
  });
}

export function validateKeys(keys: readonly string[], field: string): void {
  validateCount(keys.length, field);
  keys.forEach((key, i) => {
    validateKey(key, `${field}[${i}]`);
  });
}

export function validateVersion(version: number, field: string): void {
  if (!Number.isInteger(version) || version < 0) {
    throw badUserInput(`${field} must be a version number, got ${version}.`, {
      field,
      rule: 'an integer of at least 0',
    });
  }
}
