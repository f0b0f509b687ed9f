import { type DocumentNode, type ExecutionResult, getOperationAST } from 'graphql';

type Maybe<T> = T | null | undefined;

/** What the metrics and the request log record about one GraphQL request. */
export interface RequestInfo {
  start: number;
  operationName?: string;
  errorCodes: string[];
}

export function errorCodesOf(result: unknown): string[] {
  const errors = (result as ExecutionResult | undefined)?.errors ?? [];
  return errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
}

/**
 * Shared by useMetrics and useRequestLog: one record per request, keyed by the Request object so
 * it disappears with it.
 */
export function createRequestInfoTracker(graphqlPath = '/graphql') {
  const infos = new WeakMap<Request, RequestInfo>();
  const of = (request: Request | undefined): RequestInfo => {
    // Operations over WebSocket have no Request of their own; they get a record that is not kept.
    if (!request) return { start: performance.now(), errorCodes: [] };
    let info = infos.get(request);
    if (!info) {
      info = { start: performance.now(), errorCodes: [] };
      infos.set(request, info);
    }
    return info;
  };
  return {
    of,
    /** Health checks, metrics scrapes and the explorer page are not GraphQL requests. */
    isGraphQL: (request: Request) =>
      new URL(request.url).pathname === graphqlPath &&
      !request.headers.get('accept')?.startsWith('text/html'),
    plugin: {
      onRequest({ request }: { request: Request }) {
        of(request);
      },
      onExecute({
        args,
      }: {
        args: { document: DocumentNode; operationName?: Maybe<string>; contextValue: unknown };
      }) {
        const request = (args.contextValue as { request?: Request }).request;
        of(request).operationName = getOperationAST(args.document, args.operationName)?.name?.value;
      },
      onResultProcess({ request, result }: { request: Request; result: unknown }) {
        const results = Array.isArray(result) ? result : [result];
        of(request).errorCodes.push(...results.flatMap(errorCodesOf));
      },
    },
  };
}
