import { sharedResolvers } from '@pave/schema';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { EntityConnection } from './connection.ts';
import { Entity, Relation } from './entity.ts';
import {
  API,
  Component,
  Domain,
  GenericEntity,
  Group,
  Location,
  Resource,
  System,
  Template,
  User,
} from './kinds.ts';
import { Query, Subscription } from './query.ts';

/** The catalog's resolver map, checked against its schema by the generated `Resolvers` type. */
export const resolvers: Resolvers = {
  ...sharedResolvers,
  Query,
  Subscription,
  Entity,
  EntityConnection,
  Component,
  API,
  Resource,
  System,
  Domain,
  Group,
  User,
  Template,
  Location,
  GenericEntity,
  Relation,
};
