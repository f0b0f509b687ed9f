import { compareKeys } from './plan.ts';

/** A variable as the caller may see it: `value` is null when masked (an unrevealed secret). */
export interface VisibleVariable {
  key: string;
  value: string | null;
  secret: boolean;
  masked: boolean;
}

export type ComparisonState = 'ONLY_IN_FROM' | 'ONLY_IN_TO' | 'SAME' | 'DIFFERS' | 'NOT_COMPARED';

export interface VariableComparison {
  key: string;
  state: ComparisonState;
  /** A secret on either side. */
  secret: boolean;
  fromValue: string | null;
  toValue: string | null;
}

/**
 * How two environments' variables compare, key by key, ordered by key. Only what the caller may
 * see is compared and given back: a masked value is never compared, so an unrevealed secret set on
 * both sides of the same kind is NOT_COMPARED rather than telling whether the values match.
 */
export function compareVariableSets(
  from: readonly VisibleVariable[],
  to: readonly VisibleVariable[],
): VariableComparison[] {
  const left = new Map(from.map((variable) => [variable.key, variable]));
  const right = new Map(to.map((variable) => [variable.key, variable]));
  const keys = [...new Set([...left.keys(), ...right.keys()])].sort(compareKeys);
  return keys.map((key) => {
    const a = left.get(key);
    const b = right.get(key);
    const shown = (variable: VisibleVariable | undefined) =>
      variable && !variable.masked ? variable.value : null;
    return {
      key,
      state: stateOf(a, b),
      secret: Boolean(a?.secret || b?.secret),
      fromValue: shown(a),
      toValue: shown(b),
    };
  });
}

function stateOf(a: VisibleVariable | undefined, b: VisibleVariable | undefined): ComparisonState {
  if (!b) return 'ONLY_IN_FROM';
  if (!a) return 'ONLY_IN_TO';
  if (a.secret !== b.secret) return 'DIFFERS';
  if (a.masked || b.masked) return 'NOT_COMPARED';
  return a.value === b.value ? 'SAME' : 'DIFFERS';
}
