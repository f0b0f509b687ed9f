import { describe, expect, it } from 'vitest';
import type { LogLine } from './format.ts';
import { followTail, type TailPosition, type TailTransport } from './tail.ts';

const line = (n: number): LogLine => ({
  cursor: `c${n}`,
  time: new Date(Date.UTC(2026, 10, 22, 12, 0, n)).toISOString(),
  source: 'PROCESS',
  stream: 'STDOUT',
  level: null,
  line: `line ${n}`,
  releaseNumber: 1,
});

type Sink = Parameters<TailTransport['subscribe']>[1];

/**
 * A logs API in memory: lines 1…n are retained; a subscription replays as the real one does
 * (`last` newest, or every line after a cursor) and then gets each new line. `drop()` breaks
 * every open stream; `down` refuses new ones.
 */
function fakeGateway() {
  const retained: LogLine[] = [];
  const open = new Set<Sink>();
  const positions: TailPosition[] = [];
  let down = false;
  const transport: TailTransport = {
    subscribe(position, sink) {
      positions.push(position);
      if (down) {
        queueMicrotask(() => sink.dropped(new Error('ECONNREFUSED')));
        return () => {};
      }
      queueMicrotask(() => {
        sink.connected();
        const start =
          position.after !== undefined
            ? retained.findIndex((l) => l.cursor === position.after) + 1
            : Math.max(0, retained.length - position.last);
        sink.next({ lines: retained.slice(start), dropped: 0 });
        open.add(sink);
      });
      return () => open.delete(sink);
    },
  };
  return {
    transport,
    positions,
    print(n: number) {
      retained.push(line(n));
      for (const sink of open) sink.next({ lines: [line(n)], dropped: 0 });
    },
    drop() {
      for (const sink of open) sink.dropped(new Error('socket hang up'));
      open.clear();
    },
    set down(value: boolean) {
      down = value;
    },
    sinks: open,
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

function follow(transport: TailTransport, last = 2) {
  const shown: string[] = [];
  const notices: string[] = [];
  const stop = new AbortController();
  const done = followTail({
    transport,
    last,
    signal: stop.signal,
    delaysMs: [1, 2],
    handlers: {
      lines: (lines) => shown.push(...lines.map((l) => l.line)),
      dropped: (count) => notices.push(`dropped ${count}`),
      reconnecting: (error) => notices.push(`lost: ${error.message}`),
      reconnected: (afterCursor) => notices.push(afterCursor ? 'resumed' : 'reconnected'),
    },
  });
  return { shown, notices, stop: () => stop.abort(), done };
}

describe('following a tail', () => {
  it('starts with the newest lines, then shows each new one', async () => {
    const gateway = fakeGateway();
    for (const n of [1, 2, 3]) gateway.print(n);
    const tail = follow(gateway.transport, 2);
    await tick();
    gateway.print(4);
    tail.stop();
    await tail.done;
    expect(tail.shown).toEqual(['line 2', 'line 3', 'line 4']);
    expect(gateway.positions).toEqual([{ last: 2 }]);
  });

  it('resumes after the last line shown when the stream drops: no gap, no line twice', async () => {
    const gateway = fakeGateway();
    gateway.print(1);
    const tail = follow(gateway.transport, 5);
    await tick();
    gateway.print(2);
    gateway.drop();
    gateway.down = true;
    // Printed while the connection is down, and while it is being retried.
    gateway.print(3);
    await tick();
    gateway.print(4);
    gateway.down = false;
    await tick();
    await tick();
    gateway.print(5);
    tail.stop();
    await tail.done;
    expect(tail.shown).toEqual(['line 1', 'line 2', 'line 3', 'line 4', 'line 5']);
    expect(gateway.positions[0]).toEqual({ last: 5 });
    expect(gateway.positions.slice(1).every((p) => p.after === 'c2')).toBe(true);
    expect(tail.notices[0]).toBe('lost: socket hang up');
    expect(tail.notices.at(-1)).toBe('resumed');
  });

  it('never shows a line twice, even when a resumed stream repeats it', async () => {
    const repeats: TailTransport = {
      subscribe(position, sink) {
        queueMicrotask(() => {
          sink.connected();
          // A backend that replays the cursor's own line as well as those after it.
          sink.next({ lines: position.after ? [line(2), line(3)] : [line(1), line(2)], dropped: 0 });
          if (!position.after) sink.dropped(new Error('reset'));
        });
        return () => {};
      },
    };
    const tail = follow(repeats);
    await tick();
    await tick();
    tail.stop();
    await tail.done;
    expect(tail.shown).toEqual(['line 1', 'line 2', 'line 3']);
  });

  it('says how many lines the gateway dropped for a slow reader', async () => {
    const slow: TailTransport = {
      subscribe(_position, sink) {
        queueMicrotask(() => sink.next({ lines: [line(9)], dropped: 7, droppedAfter: 'c1' }));
        return () => {};
      },
    };
    const tail = follow(slow);
    await tick();
    tail.stop();
    await tail.done;
    expect(tail.notices).toEqual(['dropped 7']);
    expect(tail.shown).toEqual(['line 9']);
  });

  it('fails when the very first connection cannot be made, and when the gateway refuses', async () => {
    const gateway = fakeGateway();
    gateway.down = true;
    await expect(follow(gateway.transport).done).rejects.toThrow('ECONNREFUSED');

    const refusing: TailTransport = {
      subscribe(_position, sink) {
        queueMicrotask(() => sink.refused(new Error('FORBIDDEN')));
        return () => {};
      },
    };
    await expect(follow(refusing).done).rejects.toThrow('FORBIDDEN');
  });

  it('closes its stream when stopped', async () => {
    const gateway = fakeGateway();
    const tail = follow(gateway.transport);
    await tick();
    expect(gateway.sinks.size).toBe(1);
    tail.stop();
    await tail.done;
    expect(gateway.sinks.size).toBe(0);
  });
});
