import { z } from 'zod';

/**
 * Options of the `pave` adapter (Pave's own store, values encrypted at rest), e.g. in pave.yaml:
 *
 * ```yaml
 * subgraphs:
 *   secrets:
 *     adapter: { kind: pave, masterKey: <32 bytes as base64 or hex> }
 * ```
 *
 * The master key comes from `masterKey`, else `PAVE_MASTER_KEY`, else `<dataDir>/master-key`
 * (generated on first start, mode 0600). While rotating, the keys still in use are listed in
 * `previousMasterKeys` (or `PAVE_PREVIOUS_MASTER_KEYS`, comma-separated). Key values are checked
 * by the keyring, whose messages never repeat them.
 */
export const paveOptionsSchema = z.strictObject({
  kind: z.literal('pave', { error: '"pave"' }),
  masterKey: z.string({ error: '32 random bytes as base64 or 64 hex digits' }).optional(),
  previousMasterKeys: z
    .array(z.string({ error: 'a key as base64 or hex' }), { error: 'a list of keys as base64 or hex' })
    .optional(),
});

export type PaveOptions = z.output<typeof paveOptionsSchema>;
