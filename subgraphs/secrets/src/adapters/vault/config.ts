import { z } from 'zod';

/**
 * Options of the `vault` adapter (HashiCorp Vault, KV secrets engine version 2), e.g.:
 *
 * ```yaml
 * subgraphs:
 *   secrets:
 *     adapter:
 *       kind: pave
 *       environments:
 *         production: { kind: vault, address: https://vault.example.com:8200, mount: secret }
 * ```
 *
 * The token comes from `token`, else `VAULT_TOKEN`. Each environment is one KV secret at
 * `<mount>/data/<prefix>/<kind>/<namespace>/<name>/<environment>`: its variables are the secret's
 * keys, plus one `pave.meta` entry (which is not a valid variable name) with each key's kind, version
 * and author. A version of the set is a version of the secret, and writes use check-and-set.
 */
export const vaultOptionsSchema = z.strictObject({
  kind: z.literal('vault', { error: '"vault"' }),
  address: z
    .string({ error: 'an http:// or https:// URL such as https://vault.example.com:8200' })
    .regex(/^https?:\/\/[^/\s]+/, {
      error: 'an http:// or https:// URL such as https://vault.example.com:8200',
    }),
  token: z.string({ error: 'a Vault token' }).min(1).optional(),
  /** Vault Enterprise namespace, sent as X-Vault-Namespace. */
  namespace: z.string({ error: 'a Vault namespace' }).min(1).optional(),
  /** Where the KV v2 engine is mounted. */
  mount: z
    .string({ error: 'a mount path such as secret' })
    .regex(/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/, { error: 'a mount path such as secret' })
    .default('secret'),
  /** Folder under the mount that Pave's secrets live in. */
  prefix: z
    .string({ error: 'a path such as pave' })
    .regex(/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/, { error: 'a path such as pave' })
    .default('pave'),
  timeoutMs: z.int({ error: 'a number of milliseconds' }).min(1).default(5000),
});

export type VaultOptions = z.output<typeof vaultOptionsSchema>;
