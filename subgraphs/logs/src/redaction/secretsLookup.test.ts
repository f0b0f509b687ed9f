import { createServer } from 'node:http';
import { createPeers, IDENTITY_HEADER, IdentitySigner, listen, silentLogger } from '@pave/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peerSecretsLookup } from './secretsLookup.ts';

/** A secrets subgraph answering over HTTP whatever `answer` says, recording the requests. */
describe('reading secrets from the secrets subgraph', () => {
  const signer = new IdentitySigner('k'.repeat(32));
  const seen: Array<{ subject?: string; query: string }> = [];
  let answer: (query: string) => unknown = () => ({ data: {} });
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const { query } = JSON.parse(Buffer.concat(chunks).toString()) as { query: string };
    seen.push({ subject: signer.verify(req.headers[IDENTITY_HEADER] as string)?.subject, query });
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(answer(query)));
  });
  let url = '';
  beforeAll(async () => {
    url = await listen(server, '127.0.0.1', 0);
  });
  afterAll(() => server.close());
  const lookup = (running = true) =>
    peerSecretsLookup(
      createPeers({ signer, urlOf: (name) => (name === 'secrets' && running ? url : undefined) }),
      silentLogger,
    );

  it('asks for many environments in one request, as system:logs, and keeps only secret values', async () => {
    answer = () => ({
      data: {
        e0: {
          version: 3,
          variables: [
            { key: 'A', value: 'secret-a', secret: true },
            { key: 'PORT', value: '8080', secret: false },
          ],
        },
        e1: null,
      },
    });
    const result = await lookup().reveal(['component:default/a/dev', 'component:default/b/dev']);
    expect(result.get('component:default/a/dev')).toEqual({ version: 3, values: ['secret-a'] });
    expect(result.get('component:default/b/dev')).toEqual({ version: null, values: [] });
    expect(seen.at(-1)?.subject).toBe('system:logs');
    expect(seen.at(-1)?.query).toContain('e0: variableSet(environmentId: "component:default/a/dev")');
  });

  it('fails closed on an error, or a secret without its value; finds nothing to mask where secrets are not run', async () => {
    answer = () => ({ errors: [{ message: 'store down', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    await expect(lookup().versions(['component:default/a/dev'])).rejects.toMatchObject({
      adapter: 'secrets',
      retryable: true,
    });
    answer = () => ({ data: { e0: { version: 1, variables: [{ key: 'A', value: null, secret: true }] } } });
    await expect(lookup().reveal(['component:default/a/dev'])).rejects.toThrow('without their values');
    expect(await lookup(false).reveal(['component:default/a/dev'])).toEqual(
      new Map([['component:default/a/dev', { version: null, values: [] }]]),
    );
  });
});
