/** The five capabilities, in the order they are listed to people. */
export const CAPABILITIES = ['catalog', 'environments', 'secrets', 'releases', 'logs'] as const;

export type Capability = (typeof CAPABILITIES)[number];

/** The adapter each capability uses when the configuration names none. */
export const DEFAULT_ADAPTERS: Readonly<Record<Capability, string>> = Object.freeze({
  catalog: 'files',
  environments: 'local',
  secrets: 'pave',
  releases: 'local',
  logs: 'local',
});
