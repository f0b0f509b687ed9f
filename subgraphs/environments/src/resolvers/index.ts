import { sharedResolvers } from '@pave/schema';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { Component, Environment, EnvironmentStatus, EnvironmentTeardown } from './environment.ts';
import { Mutation } from './mutations.ts';
import { Query } from './query.ts';

/** The environments resolver map, checked against its schema by the generated `Resolvers` type. */
export const resolvers: Resolvers = {
  ...sharedResolvers,
  Query,
  Mutation,
  Environment,
  EnvironmentStatus,
  EnvironmentTeardown,
  Component,
};
