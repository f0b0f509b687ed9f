import { z } from 'zod';
import { CAPABILITIES, type Capability, DEFAULT_ADAPTERS } from './capabilities.ts';

/**
 * The shape of `pave.yaml`. Every object is strict; every message says what was expected
 * (see issues.ts). Paths stay as written here; load.ts resolves them and applies env vars.
 */

export function text(expected = 'a non-empty string') {
  return z.string({ error: expected }).min(1);
}

export function intBetween(min: number, max: number) {
  return z
    .int({ error: `an integer from ${min} to ${max}` })
    .min(min)
    .max(max);
}

export function positiveInt() {
  return z.int({ error: 'a positive integer' }).min(1);
}

/** A URL whose scheme is one of `protocols` (with the colon: 'https:'). */
export function urlOf(protocols: readonly string[], expected: string) {
  return z.string({ error: expected }).refine((value) => {
    try {
      const url = new URL(value);
      return protocols.includes(url.protocol) && url.host !== '';
    } catch {
      return false;
    }
  });
}

export const port = intBetween(1, 65535);
export const httpUrl = urlOf(['http:', 'https:'], 'an http:// or https:// URL');
export const mode = z.enum(['development', 'production']);
export const eventsKind = z.enum(['memory', 'nats', 'postgres']);
export const identityKey = z.string({ error: 'a string of at least 32 characters' }).min(32);
export const databaseUrl = z
  .string({ error: 'a postgres:// or postgresql:// URL' })
  .regex(/^postgres(ql)?:\/\/\S+$/);
export const natsUrl = urlOf(['nats:', 'tls:', 'ws:', 'wss:'], 'a NATS URL such as nats://127.0.0.1:4222');

const jwtIssuer = z.strictObject({
  issuer: text(),
  audience: z.union([text(), z.array(text()).min(1)], { error: 'a string or a non-empty list of strings' }),
  jwksUrl: httpUrl,
  groupsClaim: text().default('groups'),
  adminGroups: z.array(text()).default([]),
  passTokenTo: z.array(z.enum(CAPABILITIES, { error: `one of ${CAPABILITIES.join(', ')}` })).default([]),
});

const limits = z.strictObject({
  depth: positiveInt().default(12),
  aliases: positiveInt().default(30),
  tokens: positiveInt().default(2000),
  cost: positiveInt().default(50_000),
  bodyBytes: positiveInt().default(1_048_576),
  upstreamTimeoutMs: positiveInt().default(10_000),
});

// A browser page on one of these origins (a Backstage app) may call the gateway; `*` allows any.
const origin = z
  .string({ error: 'an origin such as https://backstage.example.com, or *' })
  .regex(/^(\*|https?:\/\/[^/\s]+)$/, { error: 'an origin such as https://backstage.example.com, or *' });

const gateway = z.strictObject({
  host: text().default('127.0.0.1'),
  port: port.default(4000),
  supergraph: text('a path to a supergraph SDL file').optional(),
  persistedDocuments: z
    .strictObject({
      // One manifest per client (the CLI's, the Backstage plugin's…): the gateway accepts them all.
      manifest: z.union([
        text('a path to a persisted-documents manifest, or a list of them'),
        z.array(text('a path to a persisted-documents manifest')).min(1, 'at least one path'),
      ]),
      allowArbitrary: z.boolean({ error: 'true or false' }).optional(),
    })
    .optional(),
  limits: limits.prefault({}),
  auth: z.strictObject({ jwt: z.array(jwtIssuer).default([]) }).prefault({}),
  cors: z.strictObject({ origins: z.array(origin).default([]) }).prefault({}),
  publicUrl: httpUrl.optional(),
});

function subgraph(capability: Capability) {
  const kind = DEFAULT_ADAPTERS[capability];
  return z
    .strictObject({
      url: httpUrl.optional(),
      port: port.optional(),
      adapter: z.looseObject({ kind: text(`an adapter kind such as "${kind}"`) }).default({ kind }),
    })
    .prefault({});
}

const subgraphs = z.strictObject(
  Object.fromEntries(CAPABILITIES.map((c) => [c, subgraph(c)])) as {
    [C in Capability]: ReturnType<typeof subgraph>;
  },
);

export const fileSchema = z.strictObject({
  dataDir: text('a directory path').optional(),
  mode: mode.default('development'),
  gateway: gateway.prefault({}),
  identity: z.strictObject({ key: identityKey.optional() }).prefault({}),
  database: z.strictObject({ url: databaseUrl.optional() }).prefault({}),
  events: z.strictObject({ kind: eventsKind.default('memory'), url: natsUrl.optional() }).prefault({}),
  subgraphs: subgraphs.prefault({}),
});

export type FileConfig = z.output<typeof fileSchema>;
