import {
  EnvironmentsOfComponentDocument,
  type EnvironmentsOfComponentQuery,
} from '../__generated__/graphql.ts';
import { CliError, UsageError } from '../errors.ts';
import type { Session } from '../session.ts';

type Listed = Extract<NonNullable<EnvironmentsOfComponentQuery['entity']>, { environments: unknown }>;
export type PlatformEnvironment = Listed['environments']['nodes'][number];

export interface ComponentEnvironments {
  /** The component's canonical ref, as the platform spells it (`component:default/hello-web`). */
  componentRef: string;
  environments: PlatformEnvironment[];
}

export const ENV_FLAG_HINT = 'Name it with --env/-e NAME, PAVE_ENV=NAME or pave env use NAME.';

/** The environments of the working directory's component, in the platform's order (by name). */
export async function componentEnvironments(session: Session): Promise<ComponentEnvironments> {
  const component = await session.component();
  const answer = await session.requestIfServed(EnvironmentsOfComponentDocument, { ref: component.ref });
  if (!answer) {
    throw new CliError(`The gateway at ${session.gatewayUrl} does not serve environments.`, {
      hint: 'Ask your platform team to enable the environments capability, or point PAVE_URL at a gateway that has it.',
    });
  }
  const { entity } = answer;
  if (!entity) {
    throw new CliError(`The catalog has no component "${component.ref}".`, {
      hint: `pave took it from ${component.source}; --component/-c names another.`,
    });
  }
  if (!('environments' in entity)) throw new CliError(`${entity.ref} is not a Component.`);
  return { componentRef: entity.ref, environments: entity.environments.nodes };
}

/**
 * The environment a command works on: `name` when the command line gave one, else `--env`,
 * `PAVE_ENV` or the directory's default. With none of those, a terminal chooses among the
 * component's environments; elsewhere it is a usage error naming `-e`. A name the component
 * does not have fails with the names it does have.
 *
 * `argument` makes the name an argument of its own (`env delete NAME`): the defaults do not
 * stand in for it, and off a terminal its absence is a usage error naming it.
 */
export async function targetEnvironment(
  session: Session,
  options: {
    name?: string;
    /** Where `name` came from, for an error: `--with`, `NAME`. */
    source?: string;
    question?: string;
    argument?: { name: string; usage: string };
  } = {},
): Promise<PlatformEnvironment & { componentRef: string }> {
  const { argument } = options;
  if (!options.name && argument && !session.term.interactive) {
    throw new UsageError(`Missing ${argument.name}.`, argument.usage);
  }
  const chosen = options.name
    ? { name: options.name, source: options.source ?? argument?.name ?? 'the command line' }
    : argument
      ? undefined
      : await session.environment();
  const { componentRef, environments } = await componentEnvironments(session);
  if (!chosen) {
    if (environments.length === 0) throw noEnvironments(componentRef);
    const picked = await session.term.choose(
      options.question ?? `No environment chosen; which one of ${componentRef}`,
      environments.map((env) => ({ label: env.name, value: env })),
      argument?.usage ?? ENV_FLAG_HINT,
    );
    return { ...picked, componentRef };
  }
  const found = environments.find((env) => env.name === chosen.name);
  if (!found) throw unknownEnvironment(chosen.name, chosen.source, componentRef, environments);
  return { ...found, componentRef };
}

export function noEnvironments(componentRef: string): CliError {
  return new CliError(`${componentRef} has no environments yet.`, {
    hint: 'Create one with pave env create NAME.',
  });
}

export function unknownEnvironment(
  name: string,
  source: string,
  componentRef: string,
  environments: readonly PlatformEnvironment[],
): CliError {
  const names = environments.map((env) => env.name);
  return new CliError(`${componentRef} has no environment "${name}" (from ${source}).`, {
    hint:
      names.length > 0
        ? `Its environments: ${names.join(', ')}.`
        : 'It has no environments yet: create one with pave env create NAME.',
  });
}

/** A required argument: asked for on a terminal, else a usage error naming it. */
export const argumentOrAsk = (
  session: Session,
  value: string | undefined,
  question: string,
  usage: string,
) => (value ? Promise.resolve(value) : session.term.ask(question, usage));
