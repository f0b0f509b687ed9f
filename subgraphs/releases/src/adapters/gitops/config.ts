import { z } from 'zod';
import { commonOptions } from '../common.ts';

/**
 * Options of the `gitops` releases adapter, e.g. in pave.yaml:
 *
 * ```yaml
 * subgraphs:
 *   releases:
 *     adapter:
 *       kind: gitops
 *       repository: git@github.com:acme/deploy-config.git
 *       branch: main
 *       path: apps/{component}/{environment}.yaml
 * ```
 */
export const gitopsOptionsSchema = z.strictObject({
  kind: z.literal('gitops', { error: '"gitops"' }),
  /** Anything `git clone` takes: a URL, an scp-like address or a path (relative to the config file). */
  repository: z.string({ error: 'a git repository URL or path' }).min(1),
  branch: z
    .string({ error: 'a branch name' })
    .regex(/^(?!-)[A-Za-z0-9._/-]{1,200}$/, { error: 'a branch name' })
    .default('main'),
  /** Where each environment's release file goes; `{component}` is the component's name, `{namespace}` its namespace. */
  path: z
    .string({ error: 'a relative path using {component} and {environment}' })
    .regex(/^(?!\/)(?!.*\.\.)[^\0]*\{environment\}[^\0]*$/, {
      error: 'a relative path using {component} and {environment}',
    })
    .default('environments/{component}/{environment}.yaml'),
  author: z
    .strictObject({
      name: z.string({ error: 'a name' }).min(1).default('Pave'),
      email: z.string({ error: 'an email address' }).min(3).default('pave@localhost'),
    })
    .prefault({}),
  /** How long one git command (clone, fetch, push) may take. */
  timeoutSeconds: z.number({ error: 'seconds, from 1 to 600' }).min(1).max(600).default(60),
  ...commonOptions,
});

export type GitopsOptions = z.output<typeof gitopsOptionsSchema>;
