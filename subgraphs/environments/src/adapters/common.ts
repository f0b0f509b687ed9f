import { z } from 'zod';

/** Options every environments adapter takes besides its own. */
export const commonOptions = {
  /** Longest time between two looks for expired preview environments (a preview's own expiry wakes it sooner). */
  reapIntervalSeconds: z.int({ error: 'seconds, from 1 to 3600' }).min(1).max(3600).default(60),
};
