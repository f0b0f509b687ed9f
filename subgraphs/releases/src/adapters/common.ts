import { z } from 'zod';

/** Options every releases adapter takes besides its own. */
export const commonOptions = {
  /**
   * Longest time between two checks that every environment runs its latest variables (a
   * `config.changed` event makes the check at once; this catches events that were lost).
   */
  reconcileIntervalSeconds: z.int({ error: 'seconds, from 5 to 3600' }).min(5).max(3600).default(60),
};
