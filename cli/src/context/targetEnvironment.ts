import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  ComponentEnvironmentsDocument,
  ReleaseTargetDocument,
  type ReleaseTargetQuery,
} from '../__generated__/graphql.ts';
import { CliError, UsageError } from '../errors.ts';
import type { Session } from '../session.ts';
import { validEnvironmentName } from './environment.ts';

export type TargetEnvironment = NonNullable<ReleaseTargetQuery['environment']> & { componentRef: string };

interface BaseEnvironment {
  id: string;
  name: string;
}

const HOW_TO_NAME = 'Name one with --env/-e NAME, PAVE_ENV=NAME or pave env use NAME.';

/**
 * The environment a command acts on, checked with the gateway: `name` when the command has its
 * own flag for it (`promote --from`), else `--env`, `PAVE_ENV` or the directory's default. When
 * none is chosen, a terminal asks among the component's environments; elsewhere it is a usage
 * error naming `-e`.
 */
export function targetEnvironment(
  session: Session,
  options: { name?: string; flag?: string } = {},
): Promise<TargetEnvironment> {
  return findEnvironment(session, ReleaseTargetDocument, options);
}

/** As targetEnvironment, reading what `document` asks of the environment (`environment(id:)`). */
export async function findEnvironment<E extends BaseEnvironment>(
  session: Session,
  document: TypedDocumentNode<{ environment: E | null }, { id: string }>,
  options: { name?: string; flag?: string } = {},
): Promise<E & { componentRef: string }> {
  const component = await session.component();
  const name =
    options.name !== undefined
      ? validEnvironmentName(options.name, options.flag ?? '--env')
      : ((await session.environment())?.name ?? (await askForEnvironment(session, component.ref)));
  const id = `${component.ref}/${name}`;
  const { environment } = await session.request(document, { id });
  if (!environment) {
    throw new CliError(`${component.ref} has no environment "${name}".`, {
      hint: 'pave info lists its environments.',
    });
  }
  return { ...environment, componentRef: component.ref };
}

const askForEnvironment = (session: Session, componentRef: string) =>
  chooseEnvironment(session, componentRef, {
    question: 'Which environment',
    missing: `No environment chosen for ${componentRef}.`,
    hint: HOW_TO_NAME,
  });

/**
 * One of the component's environments picked on a terminal (all but `except`); elsewhere the
 * `missing` usage error with its `hint`.
 */
export async function chooseEnvironment(
  session: Session,
  componentRef: string,
  options: { question: string; missing: string; hint: string; except?: string },
): Promise<string> {
  if (!session.term.interactive) throw new UsageError(options.missing, options.hint);
  const { entity } = await session.request(ComponentEnvironmentsDocument, { ref: componentRef });
  const names = (entity && 'environments' in entity ? entity.environments.nodes : [])
    .map((env) => env.name)
    .filter((name) => name !== options.except);
  if (names.length === 0)
    throw new CliError(`${componentRef} has no ${options.except ? 'other ' : ''}environments yet.`);
  return session.term.choose(
    options.question,
    names.map((name) => ({ label: name, value: name })),
    options.hint,
  );
}
