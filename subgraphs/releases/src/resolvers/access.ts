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
 * environments capability knows (else NOT_FOUND), and an owner of its component or an admin asking
 * (else FORBIDDEN) — as on Heroku, where only an app's collaborators deploy it.
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
  if (ctx.identity.admin) return environment;
  const owner = await ownerLoader(ctx).load(environment.componentRef);
  if (!isOwner(ctx.identity, owner)) {
    const owners = `owners of ${environment.componentRef} (${owner ?? 'it has no owner'})`;
    throw forbidden(
      environment.protected
        ? `${id} is protected: only ${owners} may ${action} it.`
        : `Only ${owners} and admins may ${action} ${id}.`,
    );
  }
  return environment;
}
