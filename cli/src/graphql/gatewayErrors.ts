// What can go wrong between pave and the gateway, without loading the GraphQL client itself.

export interface GraphQLErrorLike {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

/** The gateway answered with errors and no usable data. */
export class GatewayErrors extends Error {
  readonly errors: GraphQLErrorLike[];
  readonly status: number | undefined;
  constructor(errors: GraphQLErrorLike[], status: number | undefined) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'GatewayErrors';
    this.errors = errors;
    this.status = status;
  }
}

/** The gateway could not be reached at all, or did not answer in time. */
export class GatewayUnreachable extends Error {
  readonly url: string;
  constructor(url: string, cause: unknown) {
    super(`Cannot reach ${url}: ${describeCause(cause)}`);
    this.name = 'GatewayUnreachable';
    this.url = url;
  }
}

/** ECONNREFUSED and friends hide in `cause`; a timeout is an AbortError. */
export function describeCause(cause: unknown): string {
  const error = cause as { name?: string; message?: string; code?: string; cause?: unknown };
  if (error?.name === 'TimeoutError' || error?.name === 'AbortError') return 'no answer in time';
  const inner = error?.cause as { code?: string; message?: string } | undefined;
  return inner?.code ?? error?.code ?? inner?.message ?? error?.message ?? String(cause);
}
