import { InvalidCursorError } from '../../port.ts';

/** A line's place in backends that order by time: nanoseconds, and a key for lines of the same nanosecond. */
export interface TimePosition {
  ns: bigint;
  key: string;
}

export const encodeTimeCursor = (adapter: string, position: TimePosition) =>
  Buffer.from(`${adapter}:${position.ns}:${position.key}`).toString('base64url');

export function decodeTimeCursor(adapter: string, cursor: string): TimePosition {
  const match = /^([a-z]+):(\d{1,25}):([0-9a-f]{16})$/.exec(
    Buffer.from(cursor, 'base64url').toString('utf8'),
  );
  if (!match || match[1] !== adapter)
    throw new InvalidCursorError(`not a cursor of the ${adapter} logs adapter`);
  return { ns: BigInt(match[2] as string), key: match[3] as string };
}

/** Orders positions: time first, then key. */
export function compareTimePositions(a: TimePosition, b: TimePosition): number {
  if (a.ns !== b.ns) return a.ns < b.ns ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
