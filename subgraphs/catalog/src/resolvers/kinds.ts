/** One resolver map per Backstage kind: its spec fields and its relations as typed fields. */
import type {
  ApiResolvers,
  ComponentResolvers,
  DomainResolvers,
  GenericEntityResolvers,
  GroupResolvers,
  LocationResolvers,
  ResourceResolvers,
  SystemResolvers,
  TemplateResolvers,
  UserResolvers,
} from '../__generated__/resolvers-types.ts';
import { entityFields, owner, profile, related, relatedOne, spec, specString, specValue } from './entity.ts';

const type = specString('type');
const lifecycle = specString('lifecycle');
const system = relatedOne('partOf', 'system');
const partOf = related('partOf');

export const Component = {
  ...entityFields,
  type,
  lifecycle,
  owner,
  system,
  subcomponentOf: relatedOne('partOf', 'component'),
  subcomponents: related('hasPart', 'component'),
  partOf,
  hasPart: related('hasPart'),
  dependsOn: related('dependsOn'),
  dependencyOf: related('dependencyOf'),
  dependents: related('dependencyOf'),
  providesApis: related('providesApi', 'api'),
  consumesApis: related('consumesApi', 'api'),
} satisfies ComponentResolvers;

export const API = {
  ...entityFields,
  type,
  lifecycle,
  definition: specString('definition'),
  owner,
  system,
  partOf,
  apiProvidedBy: related('apiProvidedBy', 'component'),
  apiConsumedBy: related('apiConsumedBy', 'component'),
} satisfies ApiResolvers;

export const Resource = {
  ...entityFields,
  type,
  owner,
  system,
  partOf,
  dependsOn: related('dependsOn'),
  dependencyOf: related('dependencyOf'),
} satisfies ResourceResolvers;

export const System = {
  ...entityFields,
  type,
  owner,
  domain: relatedOne('partOf', 'domain'),
  partOf,
  hasPart: related('hasPart'),
  components: related('hasPart', 'component'),
  apis: related('hasPart', 'api'),
  resources: related('hasPart', 'resource'),
} satisfies SystemResolvers;

export const Domain = {
  ...entityFields,
  type,
  owner,
  subdomainOf: relatedOne('partOf', 'domain'),
  partOf,
  hasPart: related('hasPart'),
  systems: related('hasPart', 'system'),
  subdomains: related('hasPart', 'domain'),
} satisfies DomainResolvers;

export const Group = {
  ...entityFields,
  type,
  profile,
  parent: relatedOne('childOf', 'group'),
  children: related('parentOf', 'group'),
  members: related('hasMember', 'user'),
  owns: related('ownerOf'),
} satisfies GroupResolvers;

export const User = {
  ...entityFields,
  profile,
  memberOf: related('memberOf', 'group'),
  owns: related('ownerOf'),
} satisfies UserResolvers;

export const Template = {
  ...entityFields,
  type,
  owner,
  parameters: specValue('parameters'),
  steps: specValue('steps'),
  output: specValue('output'),
} satisfies TemplateResolvers;

export const Location = {
  ...entityFields,
  type,
  target: specString('target'),
  targets: (row) => {
    const targets = spec(row).targets;
    return Array.isArray(targets) ? targets.filter((t): t is string => typeof t === 'string') : [];
  },
  presence: specString('presence'),
} satisfies LocationResolvers;

export const GenericEntity = { ...entityFields, type, owner } satisfies GenericEntityResolvers;
