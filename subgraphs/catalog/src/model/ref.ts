/**
 * Backstage entity references: `[<kind>:][<namespace>/]<name>`.
 *
 * Parsing keeps the case it was given; `stringifyEntityRef` produces the canonical form Pave uses as
 * the key of a catalog entity everywhere (`kind:namespace/name`, lower case).
 */

export const DEFAULT_NAMESPACE = 'default';

export interface EntityRefParts {
  kind: string;
  namespace: string;
  name: string;
}

export interface EntityRefDefaults {
  /** Used when the reference has no `kind:` part. Without it such a reference is an error. */
  defaultKind?: string;
  /** Used when the reference has no `namespace/` part; `default` when not given. */
  defaultNamespace?: string;
}

const FORM = '[<kind>:][<namespace>/]<name>';

export function parseEntityRef(ref: string, defaults: EntityRefDefaults = {}): EntityRefParts {
  if (typeof ref !== 'string' || ref.length === 0) {
    throw new TypeError(`Entity reference must be a non-empty string on the form ${FORM}, got ${show(ref)}`);
  }

  let colon = ref.indexOf(':');
  const slash = ref.indexOf('/');
  // A `:` after the first `/` belongs to the name (`ns/na:me`), as in Backstage.
  if (slash !== -1 && colon > slash) colon = -1;

  const kind = colon === -1 ? undefined : ref.slice(0, colon);
  const namespace = slash === -1 ? undefined : ref.slice(colon + 1, slash);
  const name = ref.slice(Math.max(colon + 1, slash + 1));

  if (kind === '' || namespace === '' || name === '') {
    throw new TypeError(`Entity reference ${show(ref)} is not on the form ${FORM}: a part is empty`);
  }

  const resolvedKind = kind ?? defaults.defaultKind;
  if (!resolvedKind) {
    throw new TypeError(
      `Entity reference ${show(ref)} has no kind and none is implied here; write it as "<kind>:${ref}" (e.g. "component:${ref}")`,
    );
  }
  return {
    kind: resolvedKind,
    namespace: namespace ?? (defaults.defaultNamespace || DEFAULT_NAMESPACE),
    name,
  };
}

/** The canonical reference: `kind:namespace/name`, lower case, namespace defaulting to `default`. */
export function stringifyEntityRef(ref: {
  kind: string;
  namespace?: string | undefined;
  name: string;
}): string {
  const namespace = ref.namespace || DEFAULT_NAMESPACE;
  return `${lower(ref.kind)}:${lower(namespace)}/${lower(ref.name)}`;
}

/** `stringifyEntityRef(parseEntityRef(ref, defaults))`: any accepted spelling to the canonical one. */
export function normalizeEntityRef(ref: string, defaults?: EntityRefDefaults): string {
  return stringifyEntityRef(parseEntityRef(ref, defaults));
}

function lower(value: string): string {
  return value.toLocaleLowerCase('en-US');
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
