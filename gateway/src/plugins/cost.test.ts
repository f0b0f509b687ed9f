import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ASSUMED_LIST_SIZE, estimateCost } from './cost.ts';

const schema = buildSchema(`
  type Query { entities(first: Int): Connection!  entity(ref: String!): Entity  viewer: String }
  type Connection { nodes: [Entity!]!  totalCount: Int! }
  interface Entity { ref: String!  relations: [Relation!]! }
  type Component implements Entity { ref: String!  relations: [Relation!]!  owner: Entity }
  type Relation { type: String!  target: Entity }
`);

const cost = (query: string, variables?: Record<string, unknown>) =>
  estimateCost(schema, parse(query), null, variables);

describe('estimateCost', () => {
  it('charges one per object and nothing for scalars', () => {
    expect(cost('{ viewer }')).toBe(0);
    expect(cost('{ entity(ref: "x") { ref } }')).toBe(1);
    expect(cost('{ entity(ref: "x") { ... on Component { owner { ref } } } }')).toBe(2);
  });

  it("sizes a connection's nodes by its first argument, literal or variable", () => {
    expect(cost('{ entities(first: 10) { nodes { ref } } }')).toBe(1 + 10);
    expect(cost('query($n: Int) { entities(first: $n) { nodes { ref } } }', { n: 300 })).toBe(1 + 300);
  });

  it('multiplies nested lists, through fragments', () => {
    const query = `{ entities(first: 10) { nodes { ...F } } } fragment F on Entity { relations { target { ref } } }`;
    expect(cost(query)).toBe(1 + 10 + 10 * ASSUMED_LIST_SIZE * 2);
  });
});
