import { sharedResolvers } from '@pave/schema';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { Mutation } from './mutations.ts';
import { Query, Subscription } from './query.ts';
import { Artifact, Component, Environment, Release } from './release.ts';

/** The releases resolver map, checked against its schema by the generated `Resolvers` type. */
export const resolvers: Resolvers = {
  ...sharedResolvers,
  Query,
  Mutation,
  Subscription,
  Release,
  Artifact,
  Environment,
  Component,
};
