import {
  Client,
  CombinedError,
  type Exchange,
  makeResult,
  type Operation,
  type OperationResult,
} from '@urql/core';
import { filter, make, merge, mergeMap, pipe, share, takeUntil } from 'wonka';

export interface Answer {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}
type Handler = (variables: Record<string, any>) => Answer | Promise<Answer>;

function operationName(operation: Operation): string {
  const definition = operation.query.definitions.find((d) => d.kind === 'OperationDefinition');
  return (definition as { name?: { value: string } } | undefined)?.name?.value ?? '(anonymous)';
}

/**
 * The gateway as an urql exchange, for component tests: each operation is answered by the handler
 * registered for its name, subscriptions get what the test pushes. An operation nobody answers
 * fails the test loudly instead of hanging, as urql's own fallback exchange reports what nothing handled.
 */
export function createFakeGateway() {
  const handlers = new Map<string, Handler>();
  const subscribers = new Map<string, Set<(result: OperationResult) => void>>();
  const calls: Array<{ name: string; variables: Record<string, any> }> = [];

  const toResult = (operation: Operation, answer: Answer): OperationResult =>
    answer.errors?.length
      ? {
          ...makeResult(operation, { data: answer.data as never }),
          error: new CombinedError({ graphQLErrors: answer.errors as never }),
        }
      : makeResult(operation, { data: answer.data as never });

  const exchange: Exchange = () => (operations$) => {
    const shared = pipe(operations$, share);
    const answered = pipe(
      shared,
      filter((operation) => operation.kind !== 'teardown'),
      mergeMap((operation) => {
        const name = operationName(operation);
        calls.push({ name, variables: operation.variables as Record<string, any> });
        const torn = pipe(
          shared,
          filter((o) => o.kind === 'teardown' && o.key === operation.key),
        );
        return pipe(
          make<OperationResult>((observer) => {
            if (operation.kind === 'subscription') {
              const listeners = subscribers.get(name) ?? new Set();
              subscribers.set(name, listeners);
              const listener = (result: OperationResult) => observer.next({ ...result, operation });
              listeners.add(listener);
              return () => listeners.delete(listener);
            }
            const handler = handlers.get(name);
            if (!handler) {
              observer.next(
                toResult(operation, { errors: [{ message: `the fake gateway has no answer for ${name}` }] }),
              );
              observer.complete();
              return () => {};
            }
            let live = true;
            void Promise.resolve(handler(operation.variables as Record<string, any>)).then((answer) => {
              if (!live) return;
              observer.next(toResult(operation, answer));
              observer.complete();
            });
            return () => {
              live = false;
            };
          }),
          takeUntil(torn),
        );
      }),
    );
    return merge([answered]);
  };

  return {
    exchange,
    calls,
    /** Answers every operation named `name` with what `handler` returns. */
    answer(name: string, handler: Handler | Answer) {
      handlers.set(name, typeof handler === 'function' ? handler : () => handler);
    },
    /** Sends one event to every open subscription named `name`. */
    push(name: string, answer: Answer) {
      for (const listener of subscribers.get(name) ?? []) {
        listener(toResult({ kind: 'subscription' } as Operation, answer));
      }
    },
    subscribed(name: string) {
      return (subscribers.get(name)?.size ?? 0) > 0;
    },
    callsOf(name: string) {
      return calls.filter((call) => call.name === name).map((call) => call.variables);
    },
  };
}

export type FakeGateway = ReturnType<typeof createFakeGateway>;

export function fakeClient(gateway: FakeGateway): Client {
  return new Client({
    url: 'http://pave.test/graphql',
    exchanges: [gateway.exchange],
    requestPolicy: 'network-only',
  });
}
