import { z } from 'zod';

/**
 * Options of the `files` catalog adapter, e.g. in pave.yaml:
 *
 * ```yaml
 * subgraphs:
 *   catalog:
 *     adapter: { kind: files, paths: [examples/catalog/all.yaml], watch: true }
 * ```
 *
 * Messages say what is expected (the config loader prefixes "got …, expected").
 */
export const filesOptionsSchema = z.strictObject({
  kind: z.literal('files', { error: '"files"' }),
  /**
   * Files, directories (every *.yaml / *.yml below) or globs, relative to the config file's directory.
   * Default: `catalog-info.yaml` there, as Backstage names it.
   */
  paths: z
    .array(z.string({ error: 'a path' }).min(1, { error: 'a non-empty path' }), {
      error: 'a list of files, directories or globs',
    })
    .min(1, { error: 'at least one file, directory or glob' })
    .default(['catalog-info.yaml']),
  /** Reload when a catalog file changes. */
  watch: z.boolean({ error: 'true or false' }).default(true),
});

export type FilesOptions = z.output<typeof filesOptionsSchema>;
export type FilesOptionsInput = z.input<typeof filesOptionsSchema>;
