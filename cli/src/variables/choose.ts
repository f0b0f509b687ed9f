import { VariableHistoryDocument, VariableSetDocument } from '../__generated__/graphql.ts';
import { CliError, UsageError } from '../errors.ts';
import type { Session } from '../session.ts';
import type { VariablesTarget } from './target.ts';
import { changeSummary, when } from './views.ts';

/**
 * A key picked on a terminal among the environment's (values are not read), for a missing KEY;
 * elsewhere a usage error.
 */
export async function chooseKey(
  session: Session,
  target: VariablesTarget,
  question: string,
  usage: string,
): Promise<string> {
  if (!session.term.interactive) throw new UsageError('Missing KEY.', usage);
  const { variableSet } = await session.request(VariableSetDocument, { environmentId: target.environmentId });
  const keys = variableSet?.variables.map((v) => v.key) ?? [];
  if (keys.length === 0) throw new CliError(`There are no variables in ${target.name}.`);
  return session.term.choose(
    question,
    keys.map((key) => ({ label: key, value: key })),
    usage,
  );
}

/** An earlier version picked on a terminal from the history, for a missing VERSION; elsewhere a usage error. */
export async function chooseVersion(
  session: Session,
  target: VariablesTarget,
  question: string,
  usage: string,
): Promise<number> {
  if (!session.term.interactive) throw new UsageError('Missing VERSION.', usage);
  const { variableSet } = await session.request(VariableHistoryDocument, {
    environmentId: target.environmentId,
    first: 20,
  });
  const earlier = variableSet?.history.nodes.filter((node) => node.version < variableSet.version) ?? [];
  if (earlier.length === 0) throw new CliError(`The variables of ${target.name} have no earlier version.`);
  return session.term.choose(
    question,
    earlier.map((node) => ({
      label: `v${node.version}  ${when(node.createdAt)}  ${node.createdBy}  ${changeSummary(node.changes)}`,
      value: node.version,
    })),
    usage,
  );
}
