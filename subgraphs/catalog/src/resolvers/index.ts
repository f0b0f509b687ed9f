import { sharedResolvers } from '@pave/schema';
import { Component, Entity, GenericEntity, Group, Relation } from './entity.ts';
import { Query, Subscription } from './query.ts';

export const resolvers = {
  ...sharedResolvers,
  Query,
  Subscription,
  Entity,
  Component,
  Group,
  GenericEntity,
  Relation,
};
