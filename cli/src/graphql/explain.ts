import { CliError, EXIT } from '../errors.ts';
import { GatewayErrors, GatewayUnreachable, type GraphQLErrorLike } from './gatewayErrors.ts';

export interface ExplainContext {
  gatewayUrl: string;
  /** Where the token came from, so the advice fits. */
  tokenSource?: 'PAVE_TOKEN' | 'credentials';
  /** The component the command works on, for FORBIDDEN. */
  componentRef?: string;
  ownerOf?(componentRef: string): Promise<string | undefined>;
  /**
   * What the request reads and then changes at the version it read, e.g. `the variables of
   * staging`: a CONFLICT then means someone else changed it in between.
   */
  about?: string;
}

const code = (error: GraphQLErrorLike) => error.extensions?.code as string | undefined;

/** Turns what the gateway said into what the user can do about it. Unknown errors pass through. */
export async function explainError(error: unknown, context: ExplainContext): Promise<unknown> {
  if (error instanceof GatewayUnreachable) {
    return new CliError(
      `Cannot reach the Pave gateway at ${error.url}: ${error.message.split(': ').pop()}.`,
      {
        hint: `Is it running? PAVE_URL picks another gateway (now ${context.gatewayUrl}).`,
      },
    );
  }
  if (!(error instanceof GatewayErrors)) return error;
  const first = error.errors[0] ?? { message: error.message };
  if (error.status === 401 || code(first) === 'UNAUTHENTICATED') return unauthenticated(context);
  return explainGraphQLError(first, context);
}

export function unauthenticated(context: ExplainContext): CliError {
  return context.tokenSource === 'PAVE_TOKEN'
    ? new CliError(`The gateway at ${context.gatewayUrl} does not accept the token in PAVE_TOKEN.`, {
        hint: 'Unset PAVE_TOKEN to use your stored login, or set it to a valid token.',
      })
    : new CliError(`You are not logged in to ${context.gatewayUrl} (or your token was revoked).`, {
        hint: 'Run pave login.',
      });
}

export async function explainGraphQLError(
  error: GraphQLErrorLike,
  context: ExplainContext,
): Promise<CliError> {
  const extensions = error.extensions ?? {};
  switch (code(error)) {
    case 'FORBIDDEN': {
      const ref = context.componentRef;
      const owner = ref ? await context.ownerOf?.(ref).catch(() => undefined) : undefined;
      return new CliError(`Not allowed: ${error.message}`, {
        hint: owner
          ? `${ref} is owned by ${owner}: ask them (or a Pave admin) for access.`
          : 'Ask the component’s owner or a Pave admin for access.',
      });
    }
    case 'CONFLICT': {
      const version = extensions.currentVersion;
      if (startsRelease(error) && typeof version === 'number') {
        return new CliError(`Another release is in flight: ${error.message}`, {
          hint: `pave releases info v${version} shows how it goes.`,
        });
      }
      // Only a command that read a version and changed what it read (`about`) lost a race; other
      // conflicts (an environment that exists already, or is being torn down) and those without a
      // version number are told best in the capability's own words.
      if (!context.about || (version !== undefined && typeof version !== 'number')) {
        return new CliError(error.message);
      }
      return new CliError(
        `Someone else changed ${context.about} while you were working${version === undefined ? '' : ` (now at version ${version})`}.`,
        {
          hint: 'Run the same command again: it starts from the latest version. Check the history first if unsure.',
        },
      );
    }
    case 'BAD_USER_INPUT': {
      const { field, rule } = extensions as { field?: string; rule?: string };
      return new CliError(error.message, {
        hint: field && rule ? `${field}: ${rule}` : undefined,
        exitCode: EXIT.usage,
      });
    }
    case 'NOT_FOUND':
      if (error.path?.[0] === 'promote' && extensions.field === 'input.fromEnvironmentId') {
        return new CliError(error.message, { hint: 'Deploy to it first (pave deploy), then promote.' });
      }
      return new CliError(error.message);
    case 'BACKEND_UNAVAILABLE': {
      const { adapter, retryable } = extensions as { adapter?: string; retryable?: boolean };
      return new CliError(
        `${adapter ? `The ${adapter} backend` : 'A backend'} is unavailable: ${error.message}`,
        {
          hint: retryable ? 'It may be temporary: try again in a moment.' : 'Tell your platform team.',
        },
      );
    }
    default:
      return new CliError(`The gateway answered: ${error.message}`);
  }
}

/** An error of the mutations that start a release: CONFLICT there means one is in flight. */
const startsRelease = (error: GraphQLErrorLike) =>
  ['deploy', 'promote', 'rollback'].includes(String(error.path?.[0]));

/** One line per failed field when the rest of the answer arrived. */
export const describePartial = (errors: readonly GraphQLErrorLike[]) =>
  errors.map((error) => `${error.path?.join('.') ?? 'query'}: ${error.message}`);
