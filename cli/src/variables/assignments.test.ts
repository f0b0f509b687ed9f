import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.ts';
import { parseAssignments, readAll } from './assignments.ts';

describe('KEY=VALUE words', () => {
  it('splits at the first =, keeps the rest of the value as typed, and reads KEY=- from stdin', () => {
    expect(parseAssignments(['URL=postgres://u:p@db/app?ssl=true', 'EMPTY=', 'TOKEN=-', 'PIN'])).toEqual([
      { key: 'URL', from: 'argument', value: 'postgres://u:p@db/app?ssl=true' },
      { key: 'EMPTY', from: 'argument', value: '' },
      { key: 'TOKEN', from: 'stdin' },
      { key: 'PIN', from: 'prompt' },
    ]);
  });

  it('refuses a bad name without quoting the value, a key given twice, and two reads of stdin', () => {
    const bad = (() => {
      try {
        parseAssignments(['9LIVES=hunter2']);
      } catch (error) {
        return error as UsageError;
      }
    })();
    expect(bad).toBeInstanceOf(UsageError);
    expect(bad?.message).toBe('KEY=VALUE: "9LIVES" is not a variable name.');
    expect(`${bad?.message} ${bad?.hint}`).not.toContain('hunter2');
    expect(() => parseAssignments(['A=1', 'p@ssw0rd!'])).toThrow(
      /^Argument 2 is neither KEY=VALUE nor a variable name\.$/,
    );
    expect(() => parseAssignments(['A=1', 'A=2'])).toThrow('A is given more than once.');
    expect(() => parseAssignments(['A=-', 'B=-'])).toThrow('Only one value can be read from stdin');
  });

  it('reads all of stdin without the one line break echo adds', async () => {
    expect(await readAll(Readable.from(['multi\nline', ' value\n']))).toBe('multi\nline value');
    expect(await readAll(Readable.from(['kept\n\n']))).toBe('kept\n');
  });
});
