import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from './compose.ts';
import { includesGatewaySubgraph } from './gatewaySubgraph.ts';
import { defaultSubgraphSources, SUPERGRAPH_FILE } from './index.ts';

describe('supergraph', () => {
  it('composes without errors and the committed file is up to date (run `pnpm compose` if not)', () => {
    const fresh = composeSupergraph(defaultSubgraphSources());
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(fresh);
  });

  it('reports composition errors instead of writing a broken supergraph', () => {
    const header = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';
    const a = parse(
      `${header}\ntype Query { thing: Thing } type Thing @key(fields: "id") { id: ID! name: String }`,
    );
    const b = parse(
      `${header}\ntype Query { other: Thing } type Thing @key(fields: "id") { id: ID! name: Int }`,
    );
    expect(() =>
      composeSupergraph([
        { name: 'a', url: 'http://a', typeDefs: a },
        { name: 'b', url: 'http://b', typeDefs: b },
      ]),
    ).toThrow(/Composition failed/);
  });

  it("tells a supergraph with the gateway's own subgraph from one without it", () => {
    const composed = composeSupergraph(defaultSubgraphSources());
    expect(includesGatewaySubgraph(composed)).toBe(true);
    const without = composed.replace(/^\s*GATEWAY @join__graph\(.*\)$/m, '');
    expect(without).not.toBe(composed);
    expect(includesGatewaySubgraph(without)).toBe(false);
  });
});
