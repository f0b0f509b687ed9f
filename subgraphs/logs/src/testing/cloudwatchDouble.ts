import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { listen } from '@pave/subgraph-kit';
import { EventStreamCodec } from '@smithy/eventstream-codec';

const ACCOUNT = '123456789012';
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const codec = new EventStreamCodec(
  (bytes) => decoder.decode(bytes),
  (text) => encoder.encode(text),
);

/** The request fields the double reads. */
interface Body {
  logGroupNamePrefix?: string;
  logGroupName?: string;
  logGroupIdentifiers?: string[];
  logEventFilterPattern?: string;
  startTime?: number;
  endTime?: number;
  filterPattern?: string;
  nextToken?: string;
  limit?: number;
}

interface Group {
  name: string;
  events: Array<{
    logStreamName: string;
    timestamp: number;
    message: string;
    ingestionTime: number;
    eventId: string;
  }>;
}

/**
 * A small CloudWatch Logs that answers the AWS SDK as the service's documented JSON 1.1 API
 * does, for the cloudwatch adapter's tests: DescribeLogGroups (prefix, pages of 50),
 * FilterLogEvents (inclusive start/end, quoted-phrase and term filter patterns, `nextToken` pages
 * of `pageSize` events, ResourceNotFoundException for a missing group) and StartLiveTail (an
 * `application/vnd.amazon.eventstream` response: sessionStart, then sessionUpdate messages;
 * log groups named by ARN only). Signatures are not checked.
 */
export class CloudwatchDouble {
  readonly #groups = new Map<string, Group>();
  readonly #sessions = new Set<{ arns: string[]; pattern?: string; res: ServerResponse }>();
  readonly calls: Array<{ target: string; body: Record<string, unknown> }> = [];
  #server?: Server;
  #nextId = 1;
  url = '';

  readonly region: string;
  readonly pageSize: number;

  constructor(region = 'eu-west-1', pageSize = 3) {
    this.region = region;
    this.pageSize = pageSize;
  }

  arnOf(name: string): string {
    return `arn:aws:logs:${this.region}:${ACCOUNT}:log-group:${name}`;
  }

  async start(): Promise<this> {
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((error) =>
        this.#error(res, 500, 'ServiceUnavailableException', String(error)),
      );
    });
    this.url = await listen(this.#server, '127.0.0.1', 0);
    return this;
  }

  /** A line written to a log stream of `group` (created on first use). */
  put(group: string, logStreamName: string, message: string, timestamp = Date.now()): void {
    const entry = this.#groups.get(group) ?? { name: group, events: [] };
    this.#groups.set(group, entry);
    const event = {
      logStreamName,
      timestamp,
      message,
      ingestionTime: Date.now(),
      eventId: String(this.#nextId++).padStart(56, '0'),
    };
    entry.events.push(event);
    entry.events.sort((a, b) => a.timestamp - b.timestamp);
    for (const session of this.#sessions) {
      if (!session.arns.includes(this.arnOf(group)) || !matches(session.pattern, message)) continue;
      session.res.write(
        this.#event('sessionUpdate', {
          sessionMetadata: { sampled: false },
          sessionResults: [
            {
              logGroupIdentifier: this.arnOf(group),
              logStreamName,
              message,
              timestamp,
              ingestionTime: event.ingestionTime,
            },
          ],
        }),
      );
    }
  }

  /** Ends every Live Tail session with SessionTimeoutException, as after its 3 hours. */
  endSessions(): void {
    for (const session of this.#sessions) {
      session.res.end(
        codec.encode({
          headers: {
            ':message-type': { type: 'string', value: 'exception' },
            ':exception-type': { type: 'string', value: 'SessionTimeoutException' },
            ':content-type': { type: 'string', value: 'application/json' },
          },
          body: encoder.encode(JSON.stringify({ message: 'Session timed out' })),
        }),
      );
    }
    this.#sessions.clear();
  }

  async stop(): Promise<void> {
    for (const session of this.#sessions) session.res.end();
    this.#server?.closeAllConnections();
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()) ?? resolve());
  }

  #event(type: string, body: unknown): Uint8Array {
    return codec.encode({
      headers: {
        ':message-type': { type: 'string', value: 'event' },
        ':event-type': { type: 'string', value: type },
        ':content-type': { type: 'string', value: 'application/json' },
      },
      body: encoder.encode(JSON.stringify(body)),
    });
  }

  #error(res: ServerResponse, status: number, type: string, message: string): void {
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': type });
    res.end(JSON.stringify({ __type: type, message }));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Body;
    const target = String(req.headers['x-amz-target'] ?? '').replace('Logs_20140328.', '');
    this.calls.push({ target, body: body as Record<string, unknown> });
    const json = (value: unknown) => {
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      res.end(JSON.stringify(value));
    };
    if (target === 'DescribeLogGroups') {
      const all = [...this.#groups.keys()]
        .filter((name) => name.startsWith(body.logGroupNamePrefix ?? ''))
        .sort();
      const offset = Number(body.nextToken ?? 0);
      const page = all.slice(offset, offset + 50);
      return json({
        logGroups: page.map((name) => ({
          logGroupName: name,
          arn: `${this.arnOf(name)}:*`,
          logGroupArn: this.arnOf(name),
          creationTime: 0,
          storedBytes: 0,
        })),
        ...(offset + 50 < all.length ? { nextToken: String(offset + 50) } : {}),
      });
    }
    if (target === 'FilterLogEvents') {
      const group = this.#groups.get(body.logGroupName ?? '');
      if (!group)
        return this.#error(res, 400, 'ResourceNotFoundException', 'The specified log group does not exist.');
      const matching = group.events.filter(
        (e) =>
          (body.startTime === undefined || e.timestamp >= body.startTime) &&
          (body.endTime === undefined || e.timestamp <= body.endTime) &&
          matches(body.filterPattern, e.message),
      );
      const offset = Number(body.nextToken ?? 0);
      const size = Math.min(body.limit ?? 10_000, this.pageSize);
      const events = matching.slice(offset, offset + size);
      return json({
        events,
        searchedLogStreams: [],
        ...(offset + size < matching.length ? { nextToken: String(offset + size) } : {}),
      });
    }
    if (target === 'StartLiveTail') {
      const arns = body.logGroupIdentifiers ?? [];
      if (arns.length === 0 || arns.some((arn) => !arn.startsWith('arn:'))) {
        return this.#error(
          res,
          400,
          'InvalidParameterException',
          'logGroupIdentifiers must be log group ARNs',
        );
      }
      res.writeHead(200, { 'content-type': 'application/vnd.amazon.eventstream', 'x-amzn-requestid': 'r-1' });
      res.write(
        this.#event('sessionStart', {
          requestId: 'r-1',
          sessionId: 's-1',
          logGroupIdentifiers: arns,
          logEventFilterPattern: body.logEventFilterPattern,
        }),
      );
      const session = { arns, pattern: body.logEventFilterPattern, res };
      this.#sessions.add(session);
      res.on('close', () => this.#sessions.delete(session));
      return;
    }
    return this.#error(res, 400, 'UnknownOperationException', `no operation ${target}`);
  }
}

/** CloudWatch's filter pattern for text: every term (a bare word or a "quoted phrase") must appear. */
function matches(pattern: string | undefined, message: string): boolean {
  if (!pattern) return true;
  const terms = [...pattern.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
  return terms.every((term) => message.includes(term));
}
