import type { BackendRouter } from './adapters/router.ts';

export interface SecretsServices {
  /** Which backend keeps each environment's variables. */
  router: BackendRouter;
}
