import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TailLogsDocument, type TailLogsSubscription } from '../__generated__/graphql.ts';
import { type GatewayErrors, GatewayUnreachable } from './gatewayErrors.ts';
import { createSubscriber } from './subscribe.ts';

type Handler = (body: Record<string, unknown>, req: IncomingMessage, res: ServerResponse) => void;

const sse = (res: ServerResponse, events: Array<[event: string, data: unknown]>, end = true) => {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  res.write(':\n\n');
  for (const [event, data] of events) {
    res.write(`event: ${event}\ndata: ${data === undefined ? '' : JSON.stringify(data)}\n\n`);
  }
  if (end) res.end();
};

const event = { logs: { lines: [], dropped: 3, droppedAfter: 'c1' } };

/** A gateway that answers GraphQL over SSE as the test says, and records what it was sent. */
describe('subscriptions over SSE', () => {
  let server: Server;
  let url: string;
  let handle: Handler = () => {};
  const received: Array<{ body: Record<string, unknown>; authorization?: string }> = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let text = '';
      req.on('data', (chunk) => {
        text += chunk;
      });
      req.on('end', () => {
        const body = JSON.parse(text || '{}');
        received.push({ body, authorization: req.headers.authorization });
        handle(body, req, res);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  /** Subscribes once and says how it ended. */
  const outcome = (silenceMs = 5000) =>
    new Promise<{ data: TailLogsSubscription[]; end: string; error?: Error }>((resolve) => {
      const data: TailLogsSubscription[] = [];
      const subscriber = createSubscriber({ url, token: 't0ken', clientName: 'pave-cli/test', silenceMs });
      subscriber.subscribe(
        TailLogsDocument,
        { environmentId: 'component:default/shop/dev', last: 5 },
        {
          next: (value) => data.push(value),
          complete: () => resolve({ data, end: 'complete' }),
          dropped: (error) => resolve({ data, end: 'dropped', error }),
          refused: (error) => resolve({ data, end: 'refused', error }),
        },
      );
    });

  it('delivers events with the token, and ends when the gateway completes', async () => {
    received.length = 0;
    handle = (_body, _req, res) =>
      sse(res, [
        ['next', { data: event }],
        ['complete', undefined],
      ]);
    const result = await outcome();
    expect(result).toEqual({ data: [event], end: 'complete' });
    expect(received[0]?.authorization).toBe('Bearer t0ken');
    expect(received[0]?.body.query).toContain('subscription TailLogs');
  });

  it('takes GraphQL errors without data as a refusal', async () => {
    handle = (_body, _req, res) =>
      sse(res, [
        ['next', { errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] }],
        ['complete', undefined],
      ]);
    const result = await outcome();
    expect(result.end).toBe('refused');
    expect((result.error as GatewayErrors).errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('takes a 401 as a refusal, with its status', async () => {
    handle = (_body, _req, res) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end('{"errors":[{"message":"token"}]}');
    };
    const result = await outcome();
    expect(result.end).toBe('refused');
    expect((result.error as GatewayErrors).status).toBe(401);
  });

  it('resends by hash once a gateway says it runs persisted documents only', async () => {
    received.length = 0;
    handle = (body, _req, res) =>
      body.query
        ? sse(res, [
            [
              'next',
              { errors: [{ message: 'persisted only', extensions: { rule: 'persisted documents only' } }] },
            ],
            ['complete', undefined],
          ])
        : sse(res, [
            ['next', { data: event }],
            ['complete', undefined],
          ]);
    const result = await outcome();
    expect(result).toEqual({ data: [event], end: 'complete' });
    expect(received).toHaveLength(2);
    expect(received[1]?.body.query).toBeFalsy();
    expect(received[1]?.body.extensions).toMatchObject({
      persistedQuery: { version: 1, sha256Hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) },
    });
  });

  it('takes a stream that falls silent for a dropped one', async () => {
    handle = (_body, _req, res) => sse(res, [['next', { data: event }]], false);
    const result = await outcome(300);
    expect(result.end).toBe('dropped');
    expect(result.data).toEqual([event]);
    expect(result.error).toBeInstanceOf(GatewayUnreachable);
    expect(result.error?.message).toContain('no data for 0.3 s');
  });

  it('says ECONNREFUSED when nothing listens', async () => {
    const gateway = url;
    const unused = createServer();
    await new Promise<void>((resolve) => unused.listen(0, '127.0.0.1', resolve));
    const port = (unused.address() as { port: number }).port;
    await new Promise((resolve) => unused.close(resolve));
    url = `http://127.0.0.1:${port}`;
    try {
      const result = await outcome();
      expect(result.end).toBe('dropped');
      expect(result.error?.message).toBe(`Cannot reach http://127.0.0.1:${port}/graphql: ECONNREFUSED`);
    } finally {
      url = gateway;
    }
  });
});
