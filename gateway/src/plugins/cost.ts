import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  getOperationAST,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';

/** Items a list is assumed to hold when no `first`/`last` argument bounds it. */
export const ASSUMED_LIST_SIZE = 20;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  visiting: Set<string>;
}

/** `first`/`last` of a field, from a literal or a variable. */
function sliceOf(field: FieldNode, variables: Record<string, unknown>): number | undefined {
  for (const argument of field.arguments ?? []) {
    if (argument.name.value !== 'first' && argument.name.value !== 'last') continue;
    const value = valueFromASTUntyped(argument.value, variables);
    if (typeof value === 'number' && value >= 0) return value;
  }
  return undefined;
}

function selectionCost(
  walk: Walk,
  parent: GraphQLCompositeType,
  selectionSet: SelectionSetNode,
  multiplier: number,
  connectionSize: number | undefined,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const definition =
        isObjectType(parent) || isInterfaceType(parent)
          ? parent.getFields()[selection.name.value]
          : undefined;
      if (!definition) continue;
      const named = getNamedType(definition.type);
      if (!isCompositeType(named)) continue;
      const slice = sliceOf(selection, walk.variables);
      // A connection's `first` sizes the `nodes`/`edges` lists below it.
      const isList = isListType(getNullableType(definition.type));
      const size = isList ? (slice ?? connectionSize ?? ASSUMED_LIST_SIZE) : 1;
      const objects = multiplier * size;
      cost += objects;
      if (selection.selectionSet)
        cost += selectionCost(walk, named, selection.selectionSet, objects, isList ? undefined : slice);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition
        ? walk.schema.getType(selection.typeCondition.name.value)
        : parent;
      if (condition && isCompositeType(condition)) {
        cost += selectionCost(walk, condition, selection.selectionSet, multiplier, connectionSize);
      }
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments.get(name);
      if (!fragment || walk.visiting.has(name)) continue;
      const condition = walk.schema.getType(fragment.typeCondition.name.value);
      if (!condition || !isCompositeType(condition)) continue;
      walk.visiting.add(name);
      cost += selectionCost(walk, condition, fragment.selectionSet, multiplier, connectionSize);
      walk.visiting.delete(name);
    }
  }
  return cost;
}

/**
 * Estimates how many objects an operation can make the platform resolve: each object costs 1,
 * and a list costs its `first`/`last` (or ASSUMED_LIST_SIZE) times what each item selects.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  variables: Record<string, unknown> = {},
): number {
  const operation = getOperationAST(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return 0;
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
    ),
  );
  return selectionCost(
    { schema, fragments, variables, visiting: new Set() },
    root,
    operation.selectionSet,
    1,
    undefined,
  );
}
