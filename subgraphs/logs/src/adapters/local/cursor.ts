import { InvalidCursorError } from '../../port.ts';

/** A stored line's cursor: its id, opaque to clients. The same in both orders and in the live tail. */
export const encodeLocalCursor = (id: number) => Buffer.from(`local:${id}`).toString('base64url');

export function decodeLocalCursor(cursor: string): number {
  const match = /^local:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1]) throw new InvalidCursorError('not a cursor of the local logs adapter');
  return Number(match[1]);
}
