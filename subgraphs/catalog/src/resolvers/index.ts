import { sharedResolvers } from '@pave/schema';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { Component, Entity, GenericEntity, Group, Relation } from './entity.ts';
import { Query, Subscription } from './query.ts';

/** The catalog's resolver map, checked against its schema by the generated `Resolvers` type. */
export const resolvers: Resolvers = {
  ...sharedResolvers,
  Query,
  Subscription,
  Entity,
  Component,
  Group,
  GenericEntity,
  Relation,
};
