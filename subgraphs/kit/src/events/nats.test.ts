import { expect, it } from 'vitest';
import { describeWithNats } from '../testing/nats.ts';
import { busContract } from './bus-contract.ts';
import { connectNatsBus } from './nats.ts';

describeWithNats('NATS bus', (url) => {
  busContract(async (options) => ({
    publisher: await connectNatsBus(url, options),
    subscriber: await connectNatsBus(url, options),
  }));

  it('closes more than once without error', async () => {
    const bus = await connectNatsBus(url);
    await bus.close();
    await expect(bus.close()).resolves.toBeUndefined();
  });
});
