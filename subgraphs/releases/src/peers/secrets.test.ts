import type { Peers } from '@pave/subgraph-kit';
import { describe, expect, it } from 'vitest';
import { latestConfigVersions, readVariables, restoreVariables } from './secrets.ts';

/** Peers on a platform that runs no secrets capability: nothing may be asked of it. */
const withoutSecrets: Peers = {
  serves: () => false,
  request: () => Promise.reject(new Error('secrets was asked though the platform does not run it')),
};

describe('releases without a secrets capability', () => {
  it('releases apps without variables and has no config versions to follow or restore', async () => {
    const dev = 'component:default/hello-web/dev';
    expect(await readVariables(withoutSecrets, dev)).toEqual({ version: null, variables: [] });
    expect(await latestConfigVersions(withoutSecrets, [dev, `${dev}2`])).toEqual([null, null]);
    await expect(restoreVariables(withoutSecrets, dev, 3, 'release-1')).resolves.toBeUndefined();
  });

  it('passes on what a running secrets capability answers, failures included', async () => {
    const failing: Peers = {
      serves: (capability) => capability === 'secrets',
      request: () => Promise.reject(new Error('secrets store down')),
    };
    await expect(readVariables(failing, 'component:default/hello-web/dev')).rejects.toThrow(
      'secrets store down',
    );
  });
});
