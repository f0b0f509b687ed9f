import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { IDENTITY_HEADER, type Identity, IdentitySigner } from '../identity.ts';
import { listen } from '../server.ts';
import { isOwner, systemIdentity } from './authz.ts';
import { environmentId, parseEnvironmentId } from './environmentId.ts';
import { createPeers } from './peers.ts';

const alice: Identity = {
  subject: 'user:default/alice',
  kind: 'user',
  groups: ['group:default/team-a'],
  admin: false,
};

describe('environment ids', () => {
  it('join a component ref and a name, and split back', () => {
    const id = environmentId('Component:default/hello-web', 'dev');
    expect(id).toBe('component:default/hello-web/dev');
    expect(parseEnvironmentId(id)).toEqual({ componentRef: 'component:default/hello-web', name: 'dev' });
  });

  it('refuse what is not one', () => {
    for (const bad of ['dev', 'component:default/hello-web', 'component:default/hello-web/Dev', 'x/y/z']) {
      expect(parseEnvironmentId(bad)).toBeUndefined();
    }
  });
});

describe('ownership', () => {
  it('lets admins, the owning user and members of the owning group act', () => {
    expect(isOwner(alice, 'group:default/team-a')).toBe(true);
    expect(isOwner(alice, 'user:default/alice')).toBe(true);
    expect(isOwner(alice, 'group:default/team-b')).toBe(false);
    expect(isOwner(alice, null)).toBe(false);
    expect(isOwner(systemIdentity('releases'), 'group:default/team-b')).toBe(true);
  });
});

describe('peers', () => {
  it('call another subgraph on behalf of the caller, with a signed identity', async () => {
    const signer = new IdentitySigner('k'.repeat(32));
    const server = createServer((req, res) => {
      const identity = signer.verify(req.headers[IDENTITY_HEADER] as string);
      res.setHeader('content-type', 'application/json');
      if (identity?.subject === 'user:default/alice')
        res.end(JSON.stringify({ data: { who: identity.subject } }));
      else res.end(JSON.stringify({ errors: [{ message: 'nope', extensions: { code: 'FORBIDDEN' } }] }));
    });
    const url = await listen(server, '127.0.0.1', 0);
    const peers = createPeers({ signer, urlOf: (name) => (name === 'catalog' ? url : undefined) });
    try {
      expect(peers.serves('catalog')).toBe(true);
      expect(peers.serves('logs')).toBe(false);
      expect(await peers.request('catalog', '{ who }', {}, alice)).toEqual({ who: 'user:default/alice' });
      await expect(peers.request('catalog', '{ who }', {}, systemIdentity('x'))).rejects.toMatchObject({
        extensions: { code: 'FORBIDDEN', peer: 'catalog' },
      });
      await expect(peers.request('logs', '{ who }', {}, alice)).rejects.toMatchObject({
        extensions: { code: 'BACKEND_UNAVAILABLE', adapter: 'logs' },
      });
    } finally {
      server.close();
    }
  });
});
