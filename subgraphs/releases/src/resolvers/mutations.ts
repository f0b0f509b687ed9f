import { randomUUID } from 'node:crypto';
import { badUserInput, conflict, notFound } from '@pave/subgraph-kit';
import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import {
  currentReleases,
  inFlightRelease,
  insertRelease,
  type NewRelease,
  releaseByNumber,
} from '../store/releases.ts';
import type { ReleaseRow } from '../store/rows.ts';
import { environmentToRelease } from './access.ts';
import type { ReleasesContext } from './context.ts';

const REF = /^(?!-)[^\s\p{Cc}]{1,256}$/u;
const REF_RULE = 'a git ref, commit or image: 1–256 characters, no spaces, not starting with "-"';

/** Records a PENDING release and sets it running; CONFLICT while another one is in flight. */
async function startRelease(
  ctx: ReleasesContext,
  release: Omit<NewRelease, 'id' | 'createdBy'>,
): Promise<{ release: ReleaseRow }> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const created = await insertRelease(ctx.store, {
      ...release,
      id: randomUUID(),
      createdBy: ctx.identity.subject,
    });
    if (created) {
      ctx.services.runner.launch(created);
      return { release: created };
    }
    const inFlight = await inFlightRelease(ctx.store, release.environmentId);
    if (inFlight) {
      throw conflict(
        `Release v${inFlight.number} of ${release.environmentId} is still ${inFlight.status}; ` +
          'wait for it to finish, then try again.',
        { currentVersion: inFlight.number },
      );
    }
    // Another release took the number and already finished: number again.
  }
  throw conflict(`${release.environmentId} is being released too often at once; try again.`);
}

export const Mutation = {
  deploy: async (_, { input }, ctx) => {
    if (input.ref != null && !REF.test(input.ref)) {
      throw badUserInput(`"${input.ref}" cannot be deployed.`, { field: 'input.ref', rule: REF_RULE });
    }
    const environment = await environmentToRelease(
      ctx,
      input.environmentId,
      'input.environmentId',
      'deploy to',
    );
    // A preview environment deploys the branch it was made for unless told otherwise.
    const ref = input.ref ?? environment.branch ?? null;
    return startRelease(ctx, {
      environmentId: environment.id,
      componentRef: environment.componentRef,
      cause: 'deploy',
      description: ref ? `Deploy ${ref}` : 'Deploy the current source',
      requestedRef: ref,
    });
  },

  promote: async (_, { input }, ctx) => {
    if (input.fromEnvironmentId === input.toEnvironmentId) {
      throw badUserInput('Promote to another environment.', {
        field: 'input.toEnvironmentId',
        rule: 'not fromEnvironmentId',
      });
    }
    const [from, to] = await Promise.all([
      environmentToRelease(ctx, input.fromEnvironmentId, 'input.fromEnvironmentId', 'promote from'),
      environmentToRelease(ctx, input.toEnvironmentId, 'input.toEnvironmentId', 'promote to'),
    ]);
    if (from.componentRef !== to.componentRef) {
      throw badUserInput(`${to.id} is not an environment of ${from.componentRef}.`, {
        field: 'input.toEnvironmentId',
        rule: 'an environment of the same component',
      });
    }
    const source = (await currentReleases(ctx.store, [from.id])).get(from.id);
    if (!source?.artifact)
      throw notFound(`${from.id} has no release to promote.`, { field: 'input.fromEnvironmentId' });
    return startRelease(ctx, {
      environmentId: to.id,
      componentRef: to.componentRef,
      cause: 'promote',
      description: `Promote v${source.number} from ${from.id.slice(from.id.lastIndexOf('/') + 1)}`,
      artifact: source.artifact,
      sourceReleaseId: source.id,
    });
  },

  rollback: async (_, { input }, ctx) => {
    const environment = await environmentToRelease(
      ctx,
      input.environmentId,
      'input.environmentId',
      'roll back',
    );
    const target = await releaseByNumber(ctx.store, environment.id, input.toNumber);
    if (!target)
      throw notFound(`${environment.id} has no release v${input.toNumber}.`, { field: 'input.toNumber' });
    if (target.status !== 'succeeded' || !target.artifact) {
      throw badUserInput(
        `v${target.number} never ran (${target.status}); roll back to a release that succeeded.`,
        {
          field: 'input.toNumber',
          rule: 'the number of a release that succeeded',
        },
      );
    }
    return startRelease(ctx, {
      environmentId: environment.id,
      componentRef: environment.componentRef,
      cause: 'rollback',
      description: `Rollback to v${target.number}`,
      artifact: target.artifact,
      restoreConfigVersion: target.config_version,
      sourceReleaseId: target.id,
    });
  },
} satisfies MutationResolvers;
