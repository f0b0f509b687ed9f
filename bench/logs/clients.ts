import { connect } from 'node:net';

const TAIL = `subscription($id: ID!) { logs(environmentId: $id) { lines { line } dropped } }`;

export interface TailStats {
  lines: number;
  dropped: number;
  masked: number;
  /** Milliseconds from each line's publication (stamped in its text) to its arrival here. */
  latencies: number[];
  firstAt?: number;
  lastAt?: number;
}

/** A live-tail client over SSE (graphql-sse's distinct-connections mode) that counts what it gets. */
export async function tail(
  endpoint: string,
  headers: Record<string, string>,
  environmentId: string,
  options: { latencies?: boolean } = {},
) {
  const abort = new AbortController();
  const stats: TailStats = { lines: 0, dropped: 0, masked: 0, latencies: [] };
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query: TAIL, variables: { id: environmentId } }),
    signal: abort.signal,
  });
  if (!response.ok || !response.body) throw new Error(`tail refused: ${response.status}`);
  let ready!: () => void;
  const subscribed = new Promise<void>((resolve) => {
    ready = resolve;
  });
  const reading = (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        ready();
        buffer += decoder.decode(chunk, { stream: true });
        let start = 0;
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n', start)) {
          count(buffer.slice(start, end));
          start = end + 2;
        }
        buffer = buffer.slice(start);
      }
    } catch (error) {
      if (!abort.signal.aborted) throw error;
    }
  })();
  /** One SSE message; a full parse only when latencies are wanted, as a hundred clients share a core. */
  function count(message: string) {
    if (!message.startsWith('event: next')) return;
    const now = performance.timeOrigin + performance.now();
    stats.firstAt ??= now;
    stats.lastAt = now;
    const dropped = /"dropped":(\d+)/.exec(message);
    stats.dropped += Number(dropped?.[1] ?? 0);
    if (!options.latencies) {
      stats.lines += message.split('"line":"').length - 1;
      stats.masked += message.split('[REDACTED]').length - 1;
      return;
    }
    const data = message.slice(message.indexOf('data:') + 5);
    const lines = (JSON.parse(data) as { data: { logs: { lines: Array<{ line: string }> } } }).data.logs
      .lines;
    stats.lines += lines.length;
    for (const { line } of lines) {
      if (line.includes('[REDACTED]')) stats.masked++;
      stats.latencies.push(now - Number(line.slice(0, line.indexOf(' '))));
    }
  }
  return {
    stats,
    subscribed,
    async stop() {
      abort.abort();
      await reading;
    },
  };
}

/**
 * A client that subscribes and then never reads: its socket's buffers fill and the server has to
 * hold (or drop) what it would send.
 */
export function stalledTail(
  endpoint: string,
  headers: Record<string, string>,
  environmentId: string,
): Promise<() => void> {
  const { hostname, port, pathname } = new URL(endpoint);
  const body = JSON.stringify({ query: TAIL, variables: { id: environmentId } });
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(
        `POST ${pathname} HTTP/1.1\r\nhost: ${hostname}:${port}\r\ncontent-type: application/json\r\n` +
          `accept: text/event-stream\r\n${Object.entries(headers)
            .map(([name, value]) => `${name}: ${value}\r\n`)
            .join('')}content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
      socket.once('data', () => {
        socket.pause(); // from now on nothing is read
        resolve(() => socket.destroy());
      });
    });
    socket.once('error', reject);
  });
}
