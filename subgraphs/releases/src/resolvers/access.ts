import { badUserInput, forbidden, isOwner, notFound, parseEnvironmentId } from '@pave/subgraph-kit';
import { fetchComponents } from '../peers/catalog.ts';
import { type EnvironmentInfo, fetchEnvironments } from '../peers/environments.ts';
import type { ReleasesContext } from './context.ts';

const environmentLoader = (ctx: ReleasesContext) =>
  ctx.loader<string, EnvironmentInfo | null>('releases.environment', (ids) =>
    fetchEnvironments(ctx.peers, ctx.identity, ids),
  );

const ownerLoader = (ctx: ReleasesContext) =>
  ctx.loader<string, string | null>('releases.owner', async (refs) =>
    (await fetchComponents(ctx.peers, ctx.identity, refs)).map((component) => component?.ownerRef ?? null),
  );

/**
 * The environment a release is asked for, checked: a well-formed id (else BAD_USER_INPUT), one the
 * environments capability knows (else NOT_FOUND) and, when protected, an owner asking (else FORBIDDEN).
 */
export async function environmentToRelease(
  ctx: ReleasesContext,
  id: string,
  field: string,
  action: string,
): Promise<EnvironmentInfo> {
  if (!parseEnvironmentId(id)) {
    throw badUserInput(`"${id}" is not an environment id.`, {
      field,
      rule: 'an environment id: <component ref>/<name>',
    });
  }
  const environment = await environmentLoader(ctx).load(id);
  if (!environment) throw notFound(`There is no environment ${id}.`, { field });
  if (environment.protected) {
    const owner = await ownerLoader(ctx).load(environment.componentRef);
    if (!isOwner(ctx.identity, owner)) {
      throw forbidden(
        `${id} is protected: only owners of ${environment.componentRef} (${owner ?? 'it has no owner'}) may ${action} it.`,
      );
    }
  }
  return environment;
}
