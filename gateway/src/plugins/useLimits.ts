import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import {
  type ASTVisitor,
  type ExecutionArgs,
  type ExecutionResult,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  Lexer,
  type SelectionSetNode,
  Source,
  TokenKind,
  type ValidationContext,
} from 'graphql';
import { estimateCost } from './cost.ts';

export interface QueryLimits {
  depth: number;
  aliases: number;
  tokens: number;
  cost: number;
}

const limitError = (message: string, rule: string) =>
  new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', field: 'query', rule, http: { status: 400 } },
  });

/** Counts lexical tokens up to `stop`; a syntax error is left for the parser to report. */
function countTokens(query: string, stop: number): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (count < stop && lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    return 0;
  }
  return count;
}

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    let depth = 0;
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue; // introspection and __typename are free
      depth = selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, visiting) : 1;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = depthOf(selection.selectionSet, fragments, visiting);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || visiting.has(name)) continue; // cycles are reported by graphql's own rules
      visiting.add(name);
      depth = depthOf(fragment.selectionSet, fragments, visiting);
      visiting.delete(name);
    }
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

const depthRule =
  (max: number) =>
  (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fragments = new Map(
        context
          .getDocument()
          .definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
      ) as Map<string, FragmentDefinitionNode>;
      const depth = depthOf(operation.selectionSet, fragments, new Set());
      if (depth > max) {
        context.reportError(
          limitError(`The query is ${depth} levels deep; the limit is ${max}.`, `depth at most ${max}`),
        );
      }
    },
  });

const aliasRule =
  (max: number) =>
  (context: ValidationContext): ASTVisitor => {
    let count = 0;
    return {
      Field(field) {
        if (field.alias) count += 1;
      },
      Document: {
        leave() {
          if (count > max) {
            context.reportError(
              limitError(`The query uses ${count} aliases; the limit is ${max}.`, `aliases at most ${max}`),
            );
          }
        },
      },
    };
  };

/** Refuses an operation whose estimated cost (see cost.ts) is over the limit, before it is planned. */
const refuseCostly =
  (max: number) =>
  ({
    args,
    setResultAndStopExecution,
  }: {
    args: ExecutionArgs;
    setResultAndStopExecution(result: ExecutionResult): void;
  }) => {
    const cost = estimateCost(args.schema, args.document, args.operationName, args.variableValues ?? {});
    if (cost > max) {
      setResultAndStopExecution({
        errors: [
          limitError(
            `The query's estimated cost is ${cost}; the limit is ${max}.`,
            `estimated cost at most ${max}`,
          ),
        ],
      });
    }
  };

/** Refuses queries that are too deep, too wide with aliases, or too long, before they are planned. */
export function useLimits(limits: QueryLimits): GatewayPlugin {
  return {
    onParams({ params }) {
      // A token is at least one character, so only long documents need counting.
      if (typeof params.query === 'string' && params.query.length > limits.tokens) {
        if (countTokens(params.query, limits.tokens + 1) > limits.tokens) {
          throw limitError(
            `The query has more than ${limits.tokens} tokens; the limit is ${limits.tokens}.`,
            `tokens at most ${limits.tokens}`,
          );
        }
      }
    },
    onExecute: refuseCostly(limits.cost),
    onSubscribe: refuseCostly(limits.cost),
    onValidate({ addValidationRule }) {
      addValidationRule(depthRule(limits.depth));
      addValidationRule(aliasRule(limits.aliases));
    },
  };
}
