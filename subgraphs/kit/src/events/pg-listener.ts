import pg from 'pg';

export interface PgListener {
  close(): Promise<void>;
}

export interface PgListenerOptions {
  url: string;
  channel: string;
  applicationName: string;
  onPayload(payload: string): void;
  onError(error: unknown): void;
}

const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 5000;

/**
 * A dedicated connection that LISTENs on `channel` and reconnects (with backoff) when it drops.
 * Notifications sent while it is disconnected are lost: NOTIFY is not durable.
 * Resolves once the first LISTEN is in place, rejects if that first connection fails.
 */
export async function startPgListener(options: PgListenerOptions): Promise<PgListener> {
  const { url, channel, applicationName, onPayload, onError } = options;
  let closed = false;
  let client: pg.Client | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  let retryMs = FIRST_RETRY_MS;

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString: url, application_name: applicationName, keepAlive: true });
    next.on('error', onError); // also keeps a dropped connection from crashing the process
    next.on('notification', (message) => {
      if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
    } catch (error) {
      next.end().catch(() => {});
      throw error;
    }
    if (closed) {
      await next.end();
      return;
    }
    next.once('end', () => {
      if (client !== next || closed) return;
      client = undefined;
      scheduleReconnect();
    });
    client = next;
    retryMs = FIRST_RETRY_MS;
  }

  function scheduleReconnect(): void {
    retryTimer = setTimeout(() => {
      connect().catch((error: unknown) => {
        onError(error);
        retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
        if (!closed) scheduleReconnect();
      });
    }, retryMs);
  }

  await connect();
  return {
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      await client?.end();
      client = undefined;
    },
  };
}
