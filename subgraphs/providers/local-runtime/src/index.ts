export type { Artifact, BuildRequest, BuiltArtifact } from './build/builder.ts';
export { type AppManifest, fromPaveYaml, fromProcfile, readManifest } from './build/manifest.ts';
export { type ComponentSource, resolveSource, type SourceDirectory } from './build/source.ts';
export { type FailureCode, RuntimeFailure } from './failure.ts';
export { groupAlive } from './process/group.ts';
export {
  type EnvironmentRuntimeStatus,
  LocalRuntime,
  type LocalRuntimeOptions,
  type RuntimeSettings,
  type RuntimeSettingsChange,
} from './runtime.ts';
export type { SlotState, SlotStatus } from './serve/slot.ts';
export { acquireLocalRuntime, type LocalRuntimeLease } from './shared.ts';
