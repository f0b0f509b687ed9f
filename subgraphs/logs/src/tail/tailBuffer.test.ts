import { describe, expect, it } from 'vitest';
import type { LogLine } from '../port.ts';
import { createTailBuffer } from './tailBuffer.ts';

const line = (n: number, text = `line ${n}`): LogLine => ({
  cursor: `c${n}`,
  environmentId: 'component:default/web/dev',
  time: new Date(0),
  source: 'process',
  line: text,
});
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => line(from + i));

describe('the per-client tail buffer', () => {
  it('delivers what arrived since the last read as one event, at most maxBatch lines', async () => {
    const buffer = createTailBuffer({ maxLines: 100, maxChars: 1_000_000, maxBatch: 3 }, async () => {});
    buffer.sink.lines(range(1, 4));
    const first = await buffer.events.next();
    expect(first.value).toEqual({ lines: range(1, 3), dropped: 0, droppedAfter: null });
    expect((await buffer.events.next()).value?.lines).toEqual([line(4)]);
    const waiting = buffer.events.next();
    buffer.sink.lines([line(5)]);
    expect((await waiting).value?.lines).toEqual([line(5)]);
  });

  it('holds at most maxLines for a slow reader, dropping the oldest and saying how many and after what', async () => {
    const buffer = createTailBuffer({ maxLines: 10, maxChars: 1_000_000, maxBatch: 100 }, async () => {});
    buffer.sink.lines(range(1, 2));
    await buffer.events.next();
    for (let n = 3; n <= 10_002; n++) buffer.sink.lines([line(n)]);
    expect(buffer.held).toBe(10);
    const event = (await buffer.events.next()).value;
    expect(event).toEqual({ lines: range(9993, 10_002), dropped: 9990, droppedAfter: 'c2' });
    buffer.sink.lines([line(10_003)]);
    expect((await buffer.events.next()).value).toMatchObject({ dropped: 0, droppedAfter: null });
  });

  it('bounds the text held too, and names the resume cursor when nothing was delivered yet', async () => {
    const big = 'x'.repeat(1000);
    const buffer = createTailBuffer(
      { maxLines: 1000, maxChars: 5000, maxBatch: 1000, startAfter: 'c0' },
      async () => {},
    );
    buffer.sink.lines(Array.from({ length: 20 }, (_, i) => line(i + 1, big)));
    const event = (await buffer.events.next()).value;
    expect(event?.lines.length).toBe(5);
    expect(event).toMatchObject({ dropped: 15, droppedAfter: 'c0' });
  });

  it('stops the backend tail when the client goes, and ends a waiting read', async () => {
    let stopped = 0;
    const buffer = createTailBuffer({ maxLines: 10, maxChars: 1000, maxBatch: 10 }, async () => {
      stopped++;
    });
    const waiting = buffer.events.next();
    await buffer.events.return?.();
    expect(await waiting).toEqual({ value: undefined, done: true });
    buffer.sink.lines([line(1)]);
    expect(buffer.held).toBe(0);
    expect(stopped).toBe(1);
  });

  it("delivers what it holds, then the backend's error", async () => {
    const buffer = createTailBuffer({ maxLines: 10, maxChars: 1000, maxBatch: 10 }, async () => {});
    buffer.sink.lines([line(1)]);
    buffer.sink.error(new Error('loki went away'));
    expect((await buffer.events.next()).value?.lines).toEqual([line(1)]);
    await expect(buffer.events.next()).rejects.toThrow('loki went away');
  });
});
