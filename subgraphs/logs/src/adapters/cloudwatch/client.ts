import {
  CloudWatchLogsClient,
  DescribeLogGroupsCommand,
  FilterLogEventsCommand,
  type FilterLogEventsCommandOutput,
  type LiveTailSessionLogEvent,
  StartLiveTailCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { BackendError } from '../../port.ts';
import type { CloudwatchOptions } from './config.ts';

export interface CloudwatchEvent {
  logStreamName: string;
  timestamp: number;
  message: string;
}

/** Events read from one range of one group at most, so one page never reads a whole group. */
export const MAX_EVENTS_PER_READ = 10_000;

/** What the adapter asks of CloudWatch Logs, with SDK errors turned into BackendErrors. */
export class CloudwatchClient {
  readonly #sdk: CloudWatchLogsClient;

  constructor(options: CloudwatchOptions) {
    this.#sdk = new CloudWatchLogsClient({
      region: options.region,
      endpoint: options.endpoint,
      // The SDK prefixes StartLiveTail's host with "streams-"; another endpoint has no such host.
      disableHostPrefix: options.endpoint !== undefined,
      maxAttempts: 2,
      requestHandler: { requestTimeout: options.timeoutMs, connectionTimeout: options.timeoutMs },
    });
  }

  /** Log groups whose names start with `prefix`: name and ARN (without the trailing `:*`). */
  async groupsStartingWith(prefix: string): Promise<Array<{ name: string; arn: string }>> {
    const groups: Array<{ name: string; arn: string }> = [];
    let nextToken: string | undefined;
    do {
      const page = await call(() =>
        this.#sdk.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: prefix, nextToken })),
      );
      for (const group of page.logGroups ?? []) {
        if (group.logGroupName) {
          groups.push({
            name: group.logGroupName,
            arn: group.logGroupArn ?? (group.arn ?? '').replace(/:\*$/, ''),
          });
        }
      }
      nextToken = page.nextToken;
    } while (nextToken);
    return groups;
  }

  /**
   * Events of a group in [startMs, endMs), oldest first, following `nextToken` up to `cap`.
   * `saturated` says the cap cut the range short. A missing group has no events.
   */
  async filterEvents(
    logGroupName: string,
    range: { startMs: number; endMs: number; filterPattern?: string },
    cap = MAX_EVENTS_PER_READ,
  ): Promise<{ events: CloudwatchEvent[]; saturated: boolean }> {
    const events: CloudwatchEvent[] = [];
    let nextToken: string | undefined;
    do {
      let page: FilterLogEventsCommandOutput;
      try {
        page = await call(() =>
          this.#sdk.send(
            new FilterLogEventsCommand({
              logGroupName,
              startTime: range.startMs,
              endTime: range.endMs - 1, // inclusive in CloudWatch
              filterPattern: range.filterPattern,
              nextToken,
              limit: Math.min(10_000, cap - events.length),
            }),
          ),
        );
      } catch (error) {
        if ((error as { cause?: { name?: string } }).cause?.name === 'ResourceNotFoundException')
          return { events, saturated: false };
        throw error;
      }
      for (const event of page.events ?? []) {
        if (event.timestamp === undefined || event.message === undefined) continue;
        events.push({
          logStreamName: event.logStreamName ?? '',
          timestamp: event.timestamp,
          message: event.message,
        });
      }
      nextToken = page.nextToken;
    } while (nextToken && events.length < cap);
    return { events, saturated: nextToken !== undefined };
  }

  /** Starts a Live Tail session; `onEvents` gets each update's events until the session ends or `signal` aborts. */
  async liveTail(
    groupArns: string[],
    filterPattern: string | undefined,
    handlers: { events(events: LiveTailSessionLogEvent[]): void; ended(error: Error): void },
    signal: AbortSignal,
  ): Promise<void> {
    const response = await call(() =>
      this.#sdk.send(
        new StartLiveTailCommand({ logGroupIdentifiers: groupArns, logEventFilterPattern: filterPattern }),
        {
          abortSignal: signal,
        },
      ),
    );
    const stream = response.responseStream;
    if (!stream)
      throw new BackendError('cloudwatch', 'StartLiveTail answered without a stream', { retryable: true });
    void (async () => {
      try {
        for await (const item of stream) {
          if (item.sessionUpdate?.sessionResults) handlers.events(item.sessionUpdate.sessionResults);
          const failure = item.SessionTimeoutException ?? item.SessionStreamingException;
          if (failure) throw new Error(failure.message ?? 'the live tail session ended');
        }
        if (!signal.aborted)
          handlers.ended(new BackendError('cloudwatch', 'the live tail session ended', { retryable: true }));
      } catch (error) {
        if (!signal.aborted) {
          handlers.ended(
            new BackendError('cloudwatch', `the live tail session failed: ${(error as Error).message}`, {
              retryable: true,
            }),
          );
        }
      }
    })();
  }

  destroy(): void {
    this.#sdk.destroy();
  }
}

const NOT_RETRYABLE = new Set([
  'AccessDeniedException',
  'UnrecognizedClientException',
  'InvalidParameterException',
  'ResourceNotFoundException',
  'InvalidSignatureException',
]);

async function call<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const name = (error as Error).name;
    throw new BackendError('cloudwatch', `CloudWatch Logs failed: ${name}: ${(error as Error).message}`, {
      retryable: !NOT_RETRYABLE.has(name),
      cause: error,
    });
  }
}
