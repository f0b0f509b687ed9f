import type { Reaper } from './lifecycle/reaper.ts';
import type { Teardowns } from './lifecycle/teardown.ts';
import type { EnvironmentsBackend } from './port.ts';

/** What the environments capability shares across requests. */
export interface EnvironmentsServices {
  backend: EnvironmentsBackend;
  teardowns: Teardowns;
  reaper: Reaper;
}
