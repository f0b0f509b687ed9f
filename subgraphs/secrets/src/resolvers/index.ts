import { sharedResolvers } from '@pave/schema';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { Mutation } from './mutation.ts';
import { Query, SecretsAuditEvent, Subscription } from './query.ts';
import { Component, Environment, VariableSet, VariableSetVersion } from './variableSet.ts';

/** The secrets subgraph's resolver map, checked against its schema by the generated `Resolvers` type. */
export const resolvers: Resolvers = {
  ...sharedResolvers,
  Query,
  Mutation,
  Subscription,
  Environment,
  Component,
  VariableSet,
  VariableSetVersion,
  SecretsAuditEvent,
};
