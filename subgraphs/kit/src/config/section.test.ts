import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, parseSection } from './index.ts';

const vault = z.strictObject({
  kind: z.literal('vault'),
  address: z.url(),
  token: z.string().min(1),
  mount: z.string().default('secret'),
  timeoutMs: z.int().positive().optional(),
});

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('parseSection', () => {
  const where = { file: 'pave.yaml', path: 'subgraphs.secrets.adapter' };

  it('returns the parsed value with defaults', () => {
    const value = parseSection(vault, { kind: 'vault', address: 'https://vault:8200', token: 't' }, where);
    expect(value).toEqual({ kind: 'vault', address: 'https://vault:8200', token: 't', mount: 'secret' });
  });

  it('reports problems in the loader format, under the given path', () => {
    const message = messageOf(() =>
      parseSection(vault, { kind: 'vault', address: 'nope', tokn: 'x', timeoutMs: -1 }, where),
    );
    expect(message.split('\n')).toEqual([
      'Pave configuration has 4 problems:',
      '  pave.yaml: subgraphs.secrets.adapter.address: got "nope", expected a URL',
      '  pave.yaml: subgraphs.secrets.adapter.token: missing, expected a string',
      '  pave.yaml: subgraphs.secrets.adapter.timeoutMs: got -1, expected a number more than 0',
      '  pave.yaml: subgraphs.secrets.adapter.tokn: unknown key, expected one of kind, address, token, mount, timeoutMs',
    ]);
  });

  it('uses messages the schema words itself', () => {
    const schema = z.strictObject({ replicas: z.int({ error: 'an integer from 1 to 9' }).min(1).max(9) });
    expect(messageOf(() => parseSection(schema, { replicas: 12 }, { path: 'x' }))).toBe(
      'x.replicas: got 12, expected an integer from 1 to 9',
    );
  });

  it('words enums, literals and discriminated unions', () => {
    const schema = z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('a') }),
      z.strictObject({ kind: z.literal('b') }),
    ]);
    expect(messageOf(() => parseSection(schema, { kind: 'c' }, { path: 'adapter' }))).toBe(
      'adapter.kind: got "c", expected one of "a", "b"',
    );
    expect(messageOf(() => parseSection(z.literal('vault'), 'vlt', { path: 'kind' }))).toBe(
      'kind: got "vlt", expected "vault"',
    );
  });

  it('hides secret-looking values and URL passwords', () => {
    const schema = z.strictObject({ token: z.string().min(20), url: z.url({ protocol: /^https$/ }) });
    const message = messageOf(() =>
      parseSection(schema, { token: 's3cr3t', url: 'http://me:pw@host' }, { path: 'a' }),
    );
    expect(message).toContain(
      'a.token: got a hidden value of 6 characters, expected a string of at least 20 characters',
    );
    expect(message).toContain('a.url: got "http://me:***@host", expected a URL');
    expect(message).not.toMatch(/s3cr3t|pw@/);
  });

  it('names an absolute file relative to the working directory', () => {
    const file = path.join(process.cwd(), 'deploy', 'pave.yaml');
    expect(messageOf(() => parseSection(z.string(), 1, { file, path: 'p' }))).toBe(
      `${path.join('deploy', 'pave.yaml')}: p: got 1, expected a string`,
    );
  });

  it('works on a value at the top level', () => {
    expect(messageOf(() => parseSection(z.strictObject({}), [], { path: '' }))).toBe(
      'got an empty list, expected a mapping',
    );
  });
});
