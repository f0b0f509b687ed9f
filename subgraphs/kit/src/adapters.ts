import { z } from 'zod';
import { parseSection } from './config/index.ts';

/** What every capability's adapter module exports: its options schema (`kind` included). */
export interface AdapterModuleBase {
  optionsSchema: z.ZodType;
}

/** Where an adapter's options sit in the configuration, and what messages call it. */
export interface AdapterSite {
  /** e.g. `subgraphs.secrets.adapter.environments.production` */
  path: string;
  /** The configuration file, named in messages. */
  file?: string | undefined;
  /** e.g. `secrets adapter`: messages say `the "vault" secrets adapter failed to load`. */
  noun: string;
}

/**
 * Loads the adapter a capability's configuration names, from its registry of lazy imports, and
 * validates the options with the adapter's own schema. Unknown kinds and bad options throw the
 * kit's ConfigError naming `subgraphs.<capability>.adapter`; an adapter that fails to import says so.
 */
export function loadAdapter<Module extends AdapterModuleBase>(
  capability: string,
  adapters: Record<string, () => Promise<Module>>,
  config: unknown,
  file?: string,
): Promise<{ kind: string; adapter: Module; options: unknown }> {
  return loadAdapterAt(
    { path: `subgraphs.${capability}.adapter`, file, noun: `${capability} adapter` },
    adapters,
    config,
  );
}

/**
 * `loadAdapter` for an adapter configured elsewhere than `subgraphs.<capability>.adapter` (one per
 * environment, a metrics adapter inside a logs adapter's options). `optionsOf` picks what the
 * adapter's own schema validates, when the section holds options that are not the adapter's.
 */
export async function loadAdapterAt<Module extends AdapterModuleBase>(
  site: AdapterSite,
  adapters: Record<string, () => Promise<Module>>,
  config: unknown,
  optionsOf: (config: Record<string, unknown>) => unknown = (section) => section,
): Promise<{ kind: string; adapter: Module; options: unknown }> {
  const where = { file: site.file, path: site.path };
  const kinds = Object.keys(adapters) as [string, ...string[]];
  const kindSchema = z.looseObject({ kind: z.enum(kinds, { error: `one of ${kinds.join(', ')}` }) });
  const section = parseSection(kindSchema, config, where);
  let adapter: Module;
  try {
    adapter = await (adapters[section.kind] as () => Promise<Module>)();
  } catch (error) {
    throw new Error(
      `${site.path}: the "${section.kind}" ${site.noun} failed to load: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  const options = parseSection(adapter.optionsSchema, optionsOf(section), where);
  return { kind: section.kind, adapter, options };
}
