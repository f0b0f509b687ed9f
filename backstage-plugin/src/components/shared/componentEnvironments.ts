import type { PaveComponentEnvironmentsQuery } from '../../__generated__/graphql.ts';

type Entity = PaveComponentEnvironmentsQuery['entity'];
export type ComponentEnvironments = Extract<NonNullable<Entity>, { environments: unknown }>['environments'];
export type ComponentEnvironment = ComponentEnvironments['nodes'][number];

/** The environments of the entity, when it is a component (other kinds have none). */
export function environmentsOf(entity: Entity | undefined): ComponentEnvironments | undefined {
  return entity && 'environments' in entity ? entity.environments : undefined;
}
