import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { expect, it } from 'vitest';
import { describeWithPostgres } from '../testing/database.ts';
import { busContract, collector, sleep, uniqueTopic } from './bus-contract.ts';
import { createPostgresBus } from './postgres.ts';

describeWithPostgres('Postgres LISTEN/NOTIFY bus', (url) => {
  // A channel of its own, so parallel test files sharing the database do not see these events.
  const channel = `pave_test_${randomBytes(4).toString('hex')}`;

  busContract(async (options) => ({
    publisher: await createPostgresBus(url, { ...options, channel }),
    subscriber: await createPostgresBus(url, { ...options, channel }),
  }));

  it('refuses events too large for NOTIFY with a clear error', async () => {
    const bus = await createPostgresBus(url, { channel });
    try {
      await expect(bus.publish('big', 'x'.repeat(8000))).rejects.toThrow(
        /bytes as JSON; Postgres NOTIFY carries under 8000/,
      );
      await expect(bus.publish('big', 'x'.repeat(7000))).resolves.toMatchObject({ topic: 'big' });
    } finally {
      await bus.close();
    }
  });

  it('listens again after its connection is dropped', async () => {
    const ownChannel = `pave_test_${randomBytes(4).toString('hex')}`;
    const errors: unknown[] = [];
    const subscriber = await createPostgresBus(url, {
      channel: ownChannel,
      onError: (error) => errors.push(error),
    });
    const publisher = await createPostgresBus(url, { channel: ownChannel, onError: () => {} });
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const topic = uniqueTopic('reconnect');
      const received = collector();
      await subscriber.subscribe(topic, received.handler);

      const { rows } = await admin.query(
        'select pg_terminate_backend(pid) as ok from pg_stat_activity where query = $1',
        [`LISTEN ${ownChannel}`],
      );
      expect(rows.length).toBe(2); // every bus listens, the publisher's too

      // Events sent while it reconnects are lost (NOTIFY is not durable): publish until one arrives.
      const deadline = Date.now() + 5000;
      while (received.events.length === 0 && Date.now() < deadline) {
        await publisher.publish(topic, 'after reconnect');
        await sleep(100);
      }
      expect(received.events[0]?.data).toBe('after reconnect');
      expect(errors.length).toBeGreaterThan(0); // the drop was reported
    } finally {
      await admin.end();
      await publisher.close();
      await subscriber.close();
    }
  });
});
