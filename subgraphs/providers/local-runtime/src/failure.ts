/**
 * Why the runtime could not do what it was asked, in words a developer can act on. `code` says
 * which step failed; a release records both.
 */
export type FailureCode =
  | 'INVALID_SOURCE'
  | 'INVALID_REF'
  | 'INVALID_MANIFEST'
  | 'BUILD_FAILED'
  | 'START_FAILED'
  | 'UNHEALTHY'
  | 'NO_ENVIRONMENT';

export class RuntimeFailure extends Error {
  readonly code: FailureCode;
  constructor(code: FailureCode, message: string) {
    super(message);
    this.name = 'RuntimeFailure';
    this.code = code;
  }
}
