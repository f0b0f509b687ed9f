import { z } from 'zod';
import { parseSection } from './config/index.ts';

/** What every capability's adapter module exports: its options schema (`kind` included). */
export interface AdapterModuleBase {
  optionsSchema: z.ZodType;
}

/**
 * Loads the adapter a capability's configuration names, from its registry of lazy imports, and
 * validates the options with the adapter's own schema. Unknown kinds and bad options throw the
 * kit's ConfigError naming `subgraphs.<capability>.adapter`; an adapter that fails to import says so.
 */
export async function loadAdapter<Module extends AdapterModuleBase>(
  capability: string,
  adapters: Record<string, () => Promise<Module>>,
  config: unknown,
  file?: string,
): Promise<{ kind: string; adapter: Module; options: unknown }> {
  const path = `subgraphs.${capability}.adapter`;
  const kinds = Object.keys(adapters) as [string, ...string[]];
  const kindSchema = z.looseObject({ kind: z.enum(kinds, { error: `one of ${kinds.join(', ')}` }) });
  const { kind } = parseSection(kindSchema, config, { file, path });
  let adapter: Module;
  try {
    adapter = await (adapters[kind] as () => Promise<Module>)();
  } catch (error) {
    throw new Error(
      `${path}: the "${kind}" ${capability} adapter failed to load: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  return { kind, adapter, options: parseSection(adapter.optionsSchema, config, { file, path }) };
}
