/**
 * Relations between catalog entities, derived from spec fields exactly as Backstage's
 * BuiltinKindsEntityProcessor does: each rule below turns a spec field of one kind into an outgoing
 * relation; the store adds the inverse (`inverseRelation`) on the target's side.
 */
import type { RawEntity } from './entity.ts';
import { parseEntityRef, stringifyEntityRef } from './ref.ts';

export const RELATION_TYPES = [
  'ownedBy',
  'ownerOf',
  'partOf',
  'hasPart',
  'dependsOn',
  'dependencyOf',
  'providesApi',
  'apiProvidedBy',
  'consumesApi',
  'apiConsumedBy',
  'memberOf',
  'hasMember',
  'childOf',
  'parentOf',
] as const;

export type RelationType = (typeof RELATION_TYPES)[number];

export interface Relation {
  type: RelationType;
  /** Canonical `kind:namespace/name`. */
  targetRef: string;
}

const INVERSE: Record<RelationType, RelationType> = {
  ownedBy: 'ownerOf',
  ownerOf: 'ownedBy',
  partOf: 'hasPart',
  hasPart: 'partOf',
  dependsOn: 'dependencyOf',
  dependencyOf: 'dependsOn',
  providesApi: 'apiProvidedBy',
  apiProvidedBy: 'providesApi',
  consumesApi: 'apiConsumedBy',
  apiConsumedBy: 'consumesApi',
  memberOf: 'hasMember',
  hasMember: 'memberOf',
  childOf: 'parentOf',
  parentOf: 'childOf',
};

export function isRelationType(type: string): type is RelationType {
  return Object.hasOwn(INVERSE, type);
}

/** The relation seen from the other end: `ownedBy` ↔ `ownerOf`, `dependsOn` ↔ `dependencyOf`, … */
export function inverseRelation(type: RelationType): RelationType;
export function inverseRelation(type: string): RelationType | undefined;
export function inverseRelation(type: string): RelationType | undefined {
  return isRelationType(type) ? INVERSE[type] : undefined;
}

export interface RelationRule {
  /** Entity kind, spelled as Backstage spells it (`Component`, `API`, …). */
  kind: string;
  /** The spec field holding the reference(s). */
  field: string;
  /** Whether the field holds a list of references rather than one. */
  many: boolean;
  /** Kind assumed when a reference has none; without it the reference must name its kind. */
  defaultKind?: string;
  type: RelationType;
  /** Only for entities of this apiVersion (Backstage's scaffolder relates v1beta3 Templates only). */
  apiVersion?: string;
  /** Skipped when this spec field is set: Template's `owners` wins over its `owner`. */
  unless?: string;
}

const TEMPLATE_API_VERSION = 'scaffolder.backstage.io/v1beta3';

const owner = (kind: string): RelationRule => ({
  kind,
  field: 'owner',
  many: false,
  defaultKind: 'Group',
  type: 'ownedBy',
});
const system = (kind: string): RelationRule => ({
  kind,
  field: 'system',
  many: false,
  defaultKind: 'System',
  type: 'partOf',
});
const dependencies = (kind: string): RelationRule[] => [
  { kind, field: 'dependsOn', many: true, type: 'dependsOn' },
  { kind, field: 'dependencyOf', many: true, type: 'dependencyOf' },
];

/** Backstage's built-in relation rules, per kind. `dependsOn`/`dependencyOf` have no default kind. */
export const RELATION_RULES: readonly RelationRule[] = [
  owner('Component'),
  { kind: 'Component', field: 'subcomponentOf', many: false, defaultKind: 'Component', type: 'partOf' },
  { kind: 'Component', field: 'providesApis', many: true, defaultKind: 'API', type: 'providesApi' },
  { kind: 'Component', field: 'consumesApis', many: true, defaultKind: 'API', type: 'consumesApi' },
  ...dependencies('Component'),
  system('Component'),

  owner('API'),
  system('API'),

  owner('Resource'),
  ...dependencies('Resource'),
  system('Resource'),

  { kind: 'User', field: 'memberOf', many: true, defaultKind: 'Group', type: 'memberOf' },

  { kind: 'Group', field: 'parent', many: false, defaultKind: 'Group', type: 'childOf' },
  { kind: 'Group', field: 'children', many: true, defaultKind: 'Group', type: 'parentOf' },
  { kind: 'Group', field: 'members', many: true, defaultKind: 'User', type: 'hasMember' },

  owner('System'),
  { kind: 'System', field: 'domain', many: false, defaultKind: 'Domain', type: 'partOf' },

  owner('Domain'),
  { kind: 'Domain', field: 'subdomainOf', many: false, defaultKind: 'Domain', type: 'partOf' },

  // The scaffolder's own processor (ScaffolderEntitiesProcessor), which every Backstage with the
  // scaffolder runs: `owners`, else `owner`.
  { ...owner('Template'), apiVersion: TEMPLATE_API_VERSION, unless: 'owners' },
  { ...owner('Template'), field: 'owners', many: true, apiVersion: TEMPLATE_API_VERSION },
];

/** The rules that apply to an entity of this kind (and apiVersion, when the rule names one). */
export function relationRulesFor(kind: string, apiVersion?: string): RelationRule[] {
  return RELATION_RULES.filter(
    (rule) => rule.kind === kind && (rule.apiVersion === undefined || rule.apiVersion === apiVersion),
  );
}

/**
 * The outgoing relations of one entity, targets canonical, deduplicated, in rule order.
 * References without a namespace take the entity's own. Throws on a reference that cannot be parsed
 * (e.g. a `dependsOn` entry without a kind), naming the field; `validateEntity` reports the same.
 */
export function deriveRelations(entity: RawEntity): Relation[] {
  const spec = entity.spec ?? {};
  const defaultNamespace = entity.metadata.namespace || undefined;
  const relations: Relation[] = [];
  const seen = new Set<string>();

  for (const rule of relationRulesFor(entity.kind, entity.apiVersion)) {
    const value = spec[rule.field];
    if (value === undefined || value === null) continue;
    if (rule.unless !== undefined && spec[rule.unless] !== undefined) continue;
    const targets = Array.isArray(value) ? value : [value];
    targets.forEach((target, i) => {
      const field = Array.isArray(value) ? `spec.${rule.field}[${i}]` : `spec.${rule.field}`;
      if (typeof target !== 'string') {
        throw new TypeError(`${field} must be an entity reference string, got ${typeof target}`);
      }
      let targetRef: string;
      try {
        targetRef = stringifyEntityRef(
          parseEntityRef(target, { defaultKind: rule.defaultKind, defaultNamespace }),
        );
      } catch (error) {
        throw new TypeError(`${field}: ${(error as Error).message}`);
      }
      const key = `${rule.type} ${targetRef}`;
      if (seen.has(key)) return;
      seen.add(key);
      relations.push({ type: rule.type, targetRef });
    });
  }
  return relations;
}
