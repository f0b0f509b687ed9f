import { sharedResolvers } from '@pave/schema';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { Component, Environment, Query } from './entities.ts';
import { LogConnection, LogLine } from './logs.ts';
import { MetricSeriesType } from './metrics.ts';
import { Subscription } from './subscription.ts';

/** The logs subgraph's resolver map, checked against its schema by the generated `Resolvers` type. */
export const resolvers: Resolvers = {
  ...sharedResolvers,
  Query,
  Subscription,
  Environment,
  Component,
  LogConnection,
  LogLine,
  MetricSeries: MetricSeriesType,
};
