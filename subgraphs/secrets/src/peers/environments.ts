import { notFound } from '@pave/subgraph-kit';
import type { SecretsContext } from '../resolvers/context.ts';

const ENVIRONMENTS = `query($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Environment { id } }
}`;

/**
 * Whether each environment exists, asked of the environments capability once per request for every
 * environment involved, on behalf of the caller.
 */
const existenceLoader = (ctx: SecretsContext) =>
  ctx.loader<string, boolean>('secrets.environmentExists', async (ids) => {
    const representations = ids.map((id) => ({ __typename: 'Environment', id }));
    const data = await ctx.peers.request<{ _entities: Array<{ id: string } | null> }>(
      'environments',
      ENVIRONMENTS,
      { representations },
      ctx.identity,
    );
    return ids.map((_, i) => Boolean(data._entities[i]));
  });

/**
 * NOT_FOUND naming `field` unless the environment exists. When this platform runs no environments
 * capability (secrets used alone), environments are not tracked anywhere and every well-formed id
 * is taken as one; when it runs one that does not answer, the write fails with its error.
 */
export async function requireEnvironment(ctx: SecretsContext, environmentId: string, field: string) {
  if (!ctx.peers.serves('environments')) return;
  if (!(await existenceLoader(ctx).load(environmentId))) {
    throw notFound(`There is no environment ${environmentId}: create it before changing its variables.`, {
      field,
    });
  }
}
