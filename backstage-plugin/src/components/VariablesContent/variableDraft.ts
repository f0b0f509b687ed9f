/** Changes the user has made to an environment's variables but not saved yet. */
export interface VariableDraft {
  /** New or changed variables by key. `secret` null keeps an existing variable's kind. */
  edits: Record<string, { value: string; secret: boolean | null }>;
  removals: string[];
}

export type DraftAction =
  | { type: 'set'; key: string; value: string; secret: boolean | null }
  | { type: 'remove'; key: string }
  | { type: 'undo'; key: string }
  | { type: 'reset' };

export const EMPTY_DRAFT: VariableDraft = { edits: {}, removals: [] };

const KEY_RULE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const MAX_VALUE_BYTES = 64 * 1024;

/** What is wrong with a variable before it goes to the gateway (the secrets capability's own rules). */
export function validateVariable(key: string, value: string): string | undefined {
  if (!KEY_RULE.test(key))
    return `"${key}" is not a valid key: letters, digits and _, not starting with a digit.`;
  if (value.includes('\0')) return `The value of ${key} contains a NUL character.`;
  if (new TextEncoder().encode(value).length > MAX_VALUE_BYTES)
    return `The value of ${key} is larger than 64 KiB.`;
  return undefined;
}

export function draftReducer(draft: VariableDraft, action: DraftAction): VariableDraft {
  switch (action.type) {
    case 'set':
      return {
        edits: { ...draft.edits, [action.key]: { value: action.value, secret: action.secret } },
        removals: draft.removals.filter((key) => key !== action.key),
      };
    case 'remove': {
      const { [action.key]: _dropped, ...edits } = draft.edits;
      return { edits, removals: [...new Set([...draft.removals, action.key])] };
    }
    case 'undo': {
      const { [action.key]: _dropped, ...edits } = draft.edits;
      return { edits, removals: draft.removals.filter((key) => key !== action.key) };
    }
    case 'reset':
      return EMPTY_DRAFT;
  }
}

export function changeCount(draft: VariableDraft): number {
  return Object.keys(draft.edits).length + draft.removals.length;
}

/** The draft as the two mutations take it. Removing a key that was only added drops it instead. */
export function toMutations(draft: VariableDraft, existingKeys: ReadonlySet<string>) {
  return {
    set: Object.entries(draft.edits).map(([key, edit]) => ({
      key,
      value: edit.value,
      ...(edit.secret === null ? {} : { secret: edit.secret }),
    })),
    unset: draft.removals.filter((key) => existingKeys.has(key)),
  };
}
