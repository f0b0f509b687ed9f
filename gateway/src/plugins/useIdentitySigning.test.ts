import {
  CALLER_TOKEN_HEADER,
  CallerToken,
  IDENTITY_HEADER,
  type Identity,
  IdentitySigner,
} from '@pave/subgraph-kit';
import { describe, expect, it } from 'vitest';
import { useIdentitySigning } from './useIdentitySigning.ts';

const signer = new IdentitySigner('s'.repeat(32));
const TOKEN = 'eyJ.backstage-user-token.sig';
const alice: Identity = {
  subject: 'user:default/alice',
  kind: 'user',
  groups: [],
  admin: false,
  token: new CallerToken(TOKEN, 'https://backstage.test/api/auth', ['catalog']),
};

/** The headers the plugin sends to `subgraph` for a caller, starting from `headers`. */
function headersTo(subgraph: string, identity: Identity, headers: Record<string, string> = {}) {
  const plugin = useIdentitySigning(signer);
  let sent: Record<string, string> = {};
  plugin.onFetch?.({
    context: { identity },
    options: { headers },
    setOptions: (options: { headers: Record<string, string> }) => {
      sent = options.headers;
    },
    executionRequest: { subgraphName: subgraph },
  } as never);
  return sent;
}

describe('useIdentitySigning', () => {
  it("passes the caller's token only to the subgraphs its issuer names, bound to the identity", () => {
    const toCatalog = headersTo('catalog', alice);
    expect(toCatalog[CALLER_TOKEN_HEADER]).toBe(TOKEN);
    expect(
      signer.verifyRequest(toCatalog[IDENTITY_HEADER], toCatalog[CALLER_TOKEN_HEADER])?.token?.reveal(),
    ).toBe(TOKEN);
    for (const other of ['environments', 'secrets', 'releases', 'logs']) {
      const sent = headersTo(other, alice);
      expect(sent[CALLER_TOKEN_HEADER]).toBeUndefined();
      expect(JSON.stringify(sent)).not.toContain(TOKEN);
    }
  });

  it('never forwards a caller-token header it did not set itself', () => {
    const { token: _none, ...root } = alice;
    const sent = headersTo(
      'catalog',
      { ...root, subject: 'root', kind: 'root' },
      { [CALLER_TOKEN_HEADER]: 'injected' },
    );
    expect(sent[CALLER_TOKEN_HEADER]).toBeUndefined();
  });
});
