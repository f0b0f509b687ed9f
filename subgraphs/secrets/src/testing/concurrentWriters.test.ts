import { describe, expect, it } from 'vitest';
import { checkWriterOutcomes } from './concurrentWriters.ts';

describe('checkWriterOutcomes', () => {
  const outcomes = [
    { writer: 0, attempt: 0, version: 1 },
    { writer: 1, attempt: 0, code: 'CONFLICT' },
    { writer: 1, attempt: 1, version: 2 },
    { writer: 2, attempt: 0, code: 'CONFLICT' },
  ];
  const values = { WRITER_0: 'value-0-0', WRITER_1: 'value-1-1', LAST_WRITER: '1-1' };

  it('accepts a consistent outcome', () => {
    expect(checkWriterOutcomes(outcomes, { version: 2, values }, 0)).toEqual([]);
  });

  it('finds lost writes, phantom writes, other errors and gaps in versions', () => {
    expect(checkWriterOutcomes(outcomes, { version: 2, values: { ...values, WRITER_0: 'old' } }, 0)).toEqual([
      "writer 0's write is missing",
    ]);
    expect(
      checkWriterOutcomes(outcomes, { version: 2, values: { ...values, WRITER_2: 'value-2-0' } }, 0),
    ).toEqual(['writer 2 was rejected but its value is there']);
    expect(
      checkWriterOutcomes(
        [...outcomes, { writer: 3, attempt: 0, code: 'INTERNAL_SERVER_ERROR' }],
        { version: 2, values },
        0,
      ),
    ).toEqual(['writer 3 got INTERNAL_SERVER_ERROR']);
    expect(checkWriterOutcomes(outcomes, { version: 3, values }, 0)).toEqual(['final version 3, expected 2']);
    expect(
      checkWriterOutcomes(outcomes, { version: 2, values: { ...values, LAST_WRITER: '0-0' } }, 0),
    ).toEqual(['LAST_WRITER is 0-0, expected 1-1']);
  });
});
