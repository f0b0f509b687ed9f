import { VariableHistoryDocument } from '../__generated__/graphql.ts';
import type { Command } from '../command.ts';
import { CliError, UsageError } from '../errors.ts';
import { variablesTarget } from '../variables/target.ts';
import { changeSummary, when } from '../variables/views.ts';

const varsHistory: Command = {
  description:
    'The versions of the variables, newest first: who made each, when, and which keys it added ' +
    '(+), changed (~) or removed (-). Values are never shown. pave vars rollback VERSION goes back to one.',
  options: {
    limit: {
      type: 'string',
      short: 'n',
      placeholder: 'N',
      description: 'How many versions (default 20, at most 100)',
    },
  },
  examples: ['pave vars history', 'pave vars history -e production -n 5 --json'],
  async run(session, { options }) {
    const first = options.limit === undefined ? 20 : Number(options.limit);
    if (!Number.isInteger(first) || first < 1 || first > 100) {
      throw new UsageError(`--limit must be a number from 1 to 100, not "${options.limit}".`);
    }
    const target = await variablesTarget(session);
    const { variableSet } = await session.term.spin(`Loading the history of ${target.about}`, () =>
      session.request(VariableHistoryDocument, { environmentId: target.environmentId, first }),
    );
    if (!variableSet) throw new CliError(`The platform has no current version of ${target.about}.`);
    const { history } = variableSet;
    if (session.term.json) {
      return session.term.printJson({
        environment: target.name,
        version: variableSet.version,
        totalCount: history.totalCount,
        versions: history.nodes.map((node) => ({
          version: node.version,
          createdAt: node.createdAt,
          createdBy: node.createdBy,
          releaseId: node.releaseId ?? null,
          changes: node.changes.map((c) => ({ key: c.key, change: c.change, secret: c.secret })),
        })),
      });
    }
    await session.term.show({
      kind: 'table',
      title: `${target.name} — history of the variables`,
      columns: [
        { header: 'version' },
        { header: 'when', style: 'dim' },
        { header: 'by' },
        { header: 'changes' },
      ],
      rows: history.nodes.map((node) => [
        `v${node.version}${node.version === variableSet.version ? ' *' : ''}`,
        when(node.createdAt),
        node.releaseId ? `${node.createdBy} (release)` : node.createdBy,
        changeSummary(node.changes),
      ]),
      empty: `The variables of ${target.name} were never set.`,
      footer:
        history.totalCount > history.nodes.length
          ? `${history.nodes.length} of ${history.totalCount} versions; --limit shows more.`
          : undefined,
    });
  },
};

export default varsHistory;
