import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadAdapter, loadAdapterAt } from './adapters.ts';

const memory = { optionsSchema: z.strictObject({ kind: z.literal('memory'), size: z.number().default(1) }) };
const adapters = {
  memory: async () => memory,
  broken: async (): Promise<typeof memory> => {
    throw new Error('Cannot find package "vendor-sdk"');
  },
};

describe('loadAdapter', () => {
  it('loads the adapter the configuration names, with its options validated and defaulted', async () => {
    expect(await loadAdapter('things', adapters, { kind: 'memory' })).toEqual({
      kind: 'memory',
      adapter: memory,
      options: { kind: 'memory', size: 1 },
    });
  });

  it('names the path, the kinds and the file in its messages', async () => {
    await expect(loadAdapter('things', adapters, { kind: 'disk' }, '/etc/pave.yaml')).rejects.toThrow(
      '/etc/pave.yaml: subgraphs.things.adapter.kind: got "disk", expected one of memory, broken',
    );
    await expect(loadAdapter('things', adapters, { kind: 'broken' })).rejects.toThrow(
      'subgraphs.things.adapter: the "broken" things adapter failed to load: Cannot find package "vendor-sdk"',
    );
    await expect(loadAdapter('things', adapters, { kind: 'memory', size: 'big' })).rejects.toThrow(
      /^subgraphs\.things\.adapter\.size: got "big", expected/,
    );
  });
});

describe('loadAdapterAt', () => {
  it('loads an adapter configured elsewhere, validating only the options that are its own', async () => {
    const site = { path: 'subgraphs.things.adapter.extra', noun: 'extra adapter' };
    const { options } = await loadAdapterAt(site, adapters, { kind: 'memory', shared: true }, (section) => {
      const { shared: _shared, ...own } = section;
      return own;
    });
    expect(options).toEqual({ kind: 'memory', size: 1 });
    await expect(loadAdapterAt(site, adapters, { kind: 'broken' })).rejects.toThrow(
      'subgraphs.things.adapter.extra: the "broken" extra adapter failed to load',
    );
  });
});
