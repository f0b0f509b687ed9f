import { describe, expect, it } from 'vitest';
import { openEventBus } from './open.ts';

describe('openEventBus', () => {
  it('opens the in-process bus', async () => {
    const bus = await openEventBus({ kind: 'memory' });
    expect(bus.kind).toBe('memory');
    await bus.close();
  });

  it('explains a missing url or an unknown kind', async () => {
    await expect(openEventBus({ kind: 'nats' })).rejects.toThrow('The nats event bus needs a url');
    await expect(openEventBus({ kind: 'kafka' as 'nats' })).rejects.toThrow('Unknown event bus kind "kafka"');
  });
});
