import {
  backendUnavailable,
  conflict,
  type EnvironmentChanged,
  environmentId,
  TOPICS,
} from '@pave/subgraph-kit';
import type { EnvironmentsContext } from '../resolvers/context.ts';
import {
  deleteEnvironmentRow,
  environmentsByIds,
  insertEnvironment,
  type NewEnvironment,
  setUrl,
} from '../store/environments.ts';
import type { EnvironmentRow } from '../store/rows.ts';

/**
 * Records a new environment, has the backend provision it, and announces it. A backend that
 * fails leaves no record behind.
 */
export async function createEnvironment(
  ctx: EnvironmentsContext,
  input: Omit<NewEnvironment, 'id' | 'createdBy'>,
): Promise<EnvironmentRow> {
  const id = environmentId(input.componentRef, input.name);
  const row = await insertEnvironment(ctx.store, { ...input, id, createdBy: ctx.identity.subject });
  if (!row) {
    const existing = (await environmentsByIds(ctx.store, [id])).get(id);
    // Version 0: it was removed again in between, as secrets says of a set never written.
    throw conflict(`The environment ${id} already exists.`, { currentVersion: existing?.version ?? 0 });
  }
  const { backend } = ctx.services;
  let url: string | null;
  try {
    ({ url } = await backend.provision(row));
  } catch (error) {
    await deleteEnvironmentRow(ctx.store, id);
    throw backendUnavailable(
      `The ${backend.kind} backend could not provision ${id}: ${(error as Error).message}`,
      {
        adapter: backend.kind,
        retryable: true,
      },
    );
  }
  await setUrl(ctx.store, id, url);
  await announce(ctx, { ...row, url }, 'created');
  return { ...row, url };
}

/** Publishes `environment.changed`; the change is made either way, so a bus failure is only logged. */
export async function announce(
  ctx: EnvironmentsContext,
  row: EnvironmentRow,
  change: EnvironmentChanged['change'],
): Promise<void> {
  try {
    await ctx.bus.publish<EnvironmentChanged>(TOPICS.environmentChanged, {
      environmentId: row.id,
      componentRef: row.component_ref,
      name: row.name,
      change,
      actor: ctx.identity.subject,
    });
  } catch (error) {
    ctx.log.warn('could not publish environment.changed', { environmentId: row.id, change, error });
  }
}
