/**
 * A catalog entity as written in a `catalog-info.yaml` document, and the checks Backstage applies to
 * it before accepting it (its FieldFormatEntityPolicy, NoForeignRootFieldsEntityPolicy and the
 * built-in kinds' schemas, reduced to the rules Pave relies on). Relations are derived separately.
 */

import { stringifyEntityRef } from './ref.ts';
import { deriveRelations, relationRulesFor } from './relations.ts';

export interface EntityLink {
  url: string;
  title?: string;
  icon?: string;
  type?: string;
}

export interface EntityMetadata {
  name: string;
  namespace?: string;
  title?: string;
  description?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  tags?: string[];
  links?: EntityLink[];
  [field: string]: unknown;
}

export interface RawEntity {
  apiVersion: string;
  kind: string;
  metadata: EntityMetadata;
  spec?: Record<string, unknown>;
}

/** The canonical ref (`kind:namespace/name`, lower case) of an entity. */
export function entityRef(entity: Pick<RawEntity, 'kind' | 'metadata'>): string {
  return stringifyEntityRef({
    kind: entity.kind,
    namespace: entity.metadata.namespace,
    name: entity.metadata.name,
  });
}

const ROOT_FIELDS = new Set(['apiVersion', 'kind', 'metadata', 'spec', 'relations', 'status']);

const NAME_RULE = 'sequences of [a-zA-Z0-9] separated by any of [-_.], at most 63 characters';
const NAMESPACE_RULE = 'sequences of [a-z0-9] separated by [-], at most 63 characters';
const TAG_RULE = 'sequences of [a-z0-9:+#] separated by [-], at most 63 characters';
const KIND_RULE = 'a letter followed by letters and digits, at most 63 characters';

export const isValidEntityName = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= 63 && /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/.test(v);
export const isValidNamespace = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= 63 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v);
export const isValidTag = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= 63 && /^[a-z0-9:+#]+(-[a-z0-9:+#]+)*$/.test(v);
export const isValidKind = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= 63 && /^[a-zA-Z][a-z0-9A-Z]*$/.test(v);

const isDnsSubdomain = (v: string): boolean =>
  v.length >= 1 && v.length <= 253 && v.split('.').every((label) => isValidNamespace(label));

/** `[<dns-subdomain>/]<suffix>`, used by apiVersion (suffix `[a-zA-Z0-9]+`) and label/annotation keys. */
function isPrefixed(v: unknown, isSuffix: (s: string) => boolean): boolean {
  if (typeof v !== 'string') return false;
  const parts = v.split('/');
  if (parts.length === 1) return isSuffix(parts[0] ?? '');
  return parts.length === 2 && isDnsSubdomain(parts[0] ?? '') && isSuffix(parts[1] ?? '');
}
const isValidApiVersion = (v: unknown) =>
  isPrefixed(v, (s) => s.length >= 1 && s.length <= 63 && /^[a-zA-Z0-9]+$/.test(s));
const isValidKey = (v: unknown) => isPrefixed(v, isValidEntityName);

/** Required string fields of the built-in kinds' specs (Backstage's v1alpha1 JSON schemas). */
const REQUIRED_SPEC_STRINGS: Record<string, string[]> = {
  Component: ['type', 'lifecycle', 'owner'],
  API: ['type', 'lifecycle', 'owner', 'definition'],
  Resource: ['type', 'owner'],
  System: ['owner'],
  Domain: ['owner'],
  Group: ['type'],
  User: [],
  Location: [],
};
const REQUIRED_SPEC_ARRAYS: Record<string, string[]> = { Group: ['children'] };
const BUILTIN_KINDS = Object.keys(REQUIRED_SPEC_STRINGS);

type Result = { entity: RawEntity } | { error: string };

/**
 * Checks one parsed YAML document. On success returns the entity without the computed root fields
 * (`relations`, `status`); otherwise every rule broken, joined with "; ".
 */
export function validateEntity(value: unknown): Result {
  if (!isRecord(value)) {
    return { error: `an entity must be a mapping, got ${describe(value)}` };
  }
  const errors: string[] = [];

  for (const key of Object.keys(value)) {
    if (!ROOT_FIELDS.has(key)) {
      errors.push(`unknown root field "${key}" (allowed: ${[...ROOT_FIELDS].join(', ')})`);
    }
  }
  const { apiVersion, kind, metadata, spec } = value;
  if (!isValidApiVersion(apiVersion)) {
    errors.push(`apiVersion must be a string like "backstage.io/v1alpha1", got ${describe(apiVersion)}`);
  }
  if (!isValidKind(kind)) errors.push(`kind must be ${KIND_RULE}, got ${describe(kind)}`);

  if (!isRecord(metadata)) {
    errors.push(`metadata must be a mapping with at least a name, got ${describe(metadata)}`);
  } else {
    checkMetadata(metadata, errors);
  }
  if (spec !== undefined && !isRecord(spec)) errors.push(`spec must be a mapping, got ${describe(spec)}`);

  if (errors.length === 0 && typeof apiVersion === 'string' && typeof kind === 'string') {
    checkBuiltinKind(apiVersion, kind, isRecord(spec) ? spec : undefined, errors);
  }
  if (errors.length > 0) return { error: errors.join('; ') };

  const entity: RawEntity = {
    apiVersion: apiVersion as string,
    kind: kind as string,
    metadata: metadata as EntityMetadata,
  };
  if (spec !== undefined) entity.spec = spec as Record<string, unknown>;
  try {
    deriveRelations(entity);
  } catch (error) {
    return { error: (error as Error).message };
  }
  return { entity };
}

function checkMetadata(metadata: Record<string, unknown>, errors: string[]): void {
  const { name, namespace, title, description, labels, annotations, tags, links } = metadata;
  if (name === undefined || name === null || name === '') {
    errors.push('metadata.name is missing');
  } else if (!isValidEntityName(name)) {
    errors.push(`metadata.name must be ${NAME_RULE}, got ${describe(name)}`);
  }
  if (namespace !== undefined && !isValidNamespace(namespace)) {
    errors.push(`metadata.namespace must be ${NAMESPACE_RULE}, got ${describe(namespace)}`);
  }
  for (const [field, v] of [
    ['title', title],
    ['description', description],
  ] as const) {
    if (v !== undefined && typeof v !== 'string') errors.push(`metadata.${field} must be a string`);
  }
  checkStringMap('labels', labels, errors, (v) => v === '' || isValidEntityName(v), NAME_RULE);
  checkStringMap('annotations', annotations, errors, (v) => typeof v === 'string', 'a string');

  if (tags !== undefined) {
    if (!Array.isArray(tags)) errors.push('metadata.tags must be a list');
    else {
      tags.forEach((tag, i) => {
        if (!isValidTag(tag)) errors.push(`metadata.tags[${i}] must be ${TAG_RULE}, got ${describe(tag)}`);
      });
    }
  }
  if (links !== undefined) {
    if (!Array.isArray(links)) errors.push('metadata.links must be a list');
    else {
      for (const [i, link] of links.entries()) checkLink(link, `metadata.links[${i}]`, errors);
    }
  }
}

function checkStringMap(
  field: string,
  map: unknown,
  errors: string[],
  isValue: (v: unknown) => boolean,
  valueRule: string,
): void {
  if (map === undefined) return;
  if (!isRecord(map)) {
    errors.push(`metadata.${field} must be a mapping`);
    return;
  }
  for (const [key, v] of Object.entries(map)) {
    if (!isValidKey(key)) {
      errors.push(`metadata.${field} key "${key}" must be [<dns-prefix>/]<name> with the name ${NAME_RULE}`);
    }
    if (!isValue(v)) errors.push(`metadata.${field}.${key} must be ${valueRule}, got ${describe(v)}`);
  }
}

function checkLink(link: unknown, at: string, errors: string[]): void {
  if (!isRecord(link)) {
    errors.push(`${at} must be a mapping with a url`);
    return;
  }
  if (typeof link.url !== 'string' || !URL.canParse(link.url)) {
    errors.push(`${at}.url must be a valid URL, got ${describe(link.url)}`);
  }
  if (link.title !== undefined && (typeof link.title !== 'string' || link.title.trim() === '')) {
    errors.push(`${at}.title must be a non-empty string`);
  }
  if (link.icon !== undefined && !isValidEntityName(link.icon)) {
    errors.push(`${at}.icon must be ${NAME_RULE}`);
  }
  if (link.type !== undefined && typeof link.type !== 'string') errors.push(`${at}.type must be a string`);
}

/** The spec shape of Backstage's own kinds, for `backstage.io/*` entities only. */
function checkBuiltinKind(
  apiVersion: string,
  kind: string,
  spec: Record<string, unknown> | undefined,
  errors: string[],
): void {
  if (!apiVersion.startsWith('backstage.io/')) return;
  if (!BUILTIN_KINDS.includes(kind)) {
    const spelled = BUILTIN_KINDS.find((k) => k.toLowerCase() === kind.toLowerCase());
    if (spelled) errors.push(`kind "${kind}" must be spelled "${spelled}"`);
    return;
  }
  if (spec === undefined) {
    if (kind !== 'Location' && kind !== 'User') errors.push(`spec is required for kind ${kind}`);
    return;
  }
  for (const field of REQUIRED_SPEC_STRINGS[kind] ?? []) {
    const v = spec[field];
    if (field === 'definition' && isPlaceholder(v)) continue;
    if (typeof v !== 'string' || v === '') errors.push(`spec.${field} is required for kind ${kind}`);
  }
  for (const field of REQUIRED_SPEC_ARRAYS[kind] ?? []) {
    if (!Array.isArray(spec[field])) errors.push(`spec.${field} is required for kind ${kind} (a list)`);
  }
  for (const rule of relationRulesFor(kind, apiVersion)) {
    const v = spec[rule.field];
    if (v === undefined) continue;
    if (rule.many && !Array.isArray(v)) errors.push(`spec.${rule.field} must be a list of entity references`);
    if (!rule.many && typeof v !== 'string') errors.push(`spec.${rule.field} must be an entity reference`);
  }
  if (kind === 'Location') checkLocationSpec(spec, errors);
}

function checkLocationSpec(spec: Record<string, unknown>, errors: string[]): void {
  if (spec.type !== undefined && typeof spec.type !== 'string') errors.push('spec.type must be a string');
  if (spec.target !== undefined && typeof spec.target !== 'string') {
    errors.push('spec.target must be a string');
  }
  if (
    spec.targets !== undefined &&
    (!Array.isArray(spec.targets) || spec.targets.some((t) => typeof t !== 'string'))
  ) {
    errors.push('spec.targets must be a list of strings');
  }
  if (spec.presence !== undefined && spec.presence !== 'required' && spec.presence !== 'optional') {
    errors.push('spec.presence must be "required" or "optional"');
  }
}

/**
 * A Backstage placeholder such as `{ $text: ./openapi.yaml }`. The adapters that read files resolve
 * placeholders before validating (adapters/placeholders.ts); one that reaches validation anyway is
 * kept as written (the API's `definition` is then null and `raw` shows it).
 */
function isPlaceholder(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 1 &&
    /^\$(text|json|yaml)$/.test(keys[0] ?? '') &&
    typeof Object.values(value)[0] === 'string'
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return JSON.stringify(value);
}
