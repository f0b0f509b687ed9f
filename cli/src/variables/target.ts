import { CurrentVariableVersionDocument } from '../__generated__/graphql.ts';
import { targetEnvironment } from '../environments/target.ts';
import { CliError } from '../errors.ts';
import type { Session } from '../session.ts';

export interface VariablesTarget {
  environmentId: string;
  /** The environment's name, as the person knows it. */
  name: string;
  componentRef: string;
  /** For errors: `the variables of staging`. */
  about: string;
}

/** The environment whose variables a `pave vars` command reads or changes. */
export async function variablesTarget(session: Session): Promise<VariablesTarget> {
  const env = await targetEnvironment(session);
  return {
    environmentId: env.id,
    name: env.name,
    componentRef: env.componentRef,
    about: `the variables of ${env.name}`,
  };
}

/**
 * The version a change starts from. Sent back as `expectedVersion`, it makes the platform refuse
 * the change with CONFLICT when someone else changed the variables in between.
 */
export async function currentVersion(session: Session, target: VariablesTarget): Promise<number> {
  const { variableSet } = await session.request(CurrentVariableVersionDocument, {
    environmentId: target.environmentId,
  });
  if (!variableSet) throw new CliError(`The platform has no current version of ${target.about}.`);
  return variableSet.version;
}

/**
 * What a change did: with --json `{ environment, ...extra, version, changedKeys }`, else
 * `Set A, B in staging (now version 4).` or that nothing changed.
 */
export function reportChange(
  session: Session,
  target: VariablesTarget,
  verb: string,
  change: { changedKeys: readonly string[]; variableSet: { version: number } },
  extra: Record<string, unknown> = {},
): Promise<void> | void {
  const { changedKeys } = change;
  const version = change.variableSet.version;
  if (session.term.json) {
    return session.term.printJson({ environment: target.name, ...extra, version, changedKeys });
  }
  return session.term.show({
    kind: 'message',
    tone: 'success',
    text:
      changedKeys.length === 0
        ? `Nothing changed in ${target.name}: it already was so (version ${version}).`
        : `${verb} ${changedKeys.join(', ')} in ${target.name} (now version ${version}).`,
  });
}
