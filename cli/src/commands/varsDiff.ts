import { VariableSetComparisonDocument, VariableSetDiffDocument } from '../__generated__/graphql.ts';
import type { Command } from '../command.ts';
import { targetEnvironment } from '../environments/target.ts';
import { CliError, UsageError } from '../errors.ts';
import type { Session } from '../session.ts';
import { changesBetween } from '../variables/compare.ts';
import { currentVersion, type VariablesTarget, variablesTarget } from '../variables/target.ts';
import { parseVersion } from '../variables/version.ts';
import { changesTable } from '../variables/views.ts';

const varsDiff: Command = {
  description:
    'What changed between two versions of the variables: FROM and TO (default: the current one); ' +
    'without either, what the last change did. --with ENV compares with another environment of ' +
    'the component instead. Values of secrets are never shown, only that they differ; --with ' +
    'compares secrets set on both sides only with --reveal (audited).',
  args: [{ name: 'FROM' }, { name: 'TO' }],
  options: {
    with: { type: 'string', short: 'w', placeholder: 'ENV', description: 'Compare with another environment' },
    reveal: { type: 'boolean', description: 'With --with: compare the values of secrets too (audited)' },
  },
  examples: [
    'pave vars diff',
    'pave vars diff 3',
    'pave vars diff 3 5',
    'pave vars diff -e staging --with production',
  ],
  async run(session, { args, options }) {
    const target = await variablesTarget(session);
    if (options.with !== undefined) {
      if (args.length > 0) throw new UsageError('Give versions or --with ENV, not both.');
      return diffEnvironments(session, target, options.with as string, options.reveal === true);
    }
    const toVersion = args[1] === undefined ? undefined : parseVersion(args[1], 'TO');
    let fromVersion = args[0] === undefined ? undefined : parseVersion(args[0], 'FROM');
    if (fromVersion === undefined) {
      const current = await currentVersion(session, target);
      if (current === 0)
        throw new CliError(`The variables of ${target.name} were never set: there is nothing to compare.`);
      fromVersion = current - 1;
    }
    const { variableSetDiff: diff } = await session.request(
      VariableSetDiffDocument,
      { environmentId: target.environmentId, fromVersion, toVersion },
      { about: target.about },
    );
    if (session.term.json) {
      return session.term.printJson({
        environment: target.name,
        from: { environment: target.name, version: diff.fromVersion },
        to: { environment: target.name, version: diff.toVersion },
        changes: diff.changes,
        notCompared: [],
      });
    }
    await session.term.show(
      changesTable(
        diff.changes,
        `${target.name}: version ${diff.fromVersion} → ${diff.toVersion}`,
        'No differences.',
      ),
    );
  },
};

async function diffEnvironments(session: Session, target: VariablesTarget, other: string, reveal: boolean) {
  const otherEnv = await targetEnvironment(session, { name: other, source: '--with' });
  const { variableSetComparison: compared } = await session.term.spin(
    `Comparing ${target.name} with ${otherEnv.name}`,
    () =>
      session.request(
        VariableSetComparisonDocument,
        { fromEnvironmentId: target.environmentId, toEnvironmentId: otherEnv.id, reveal },
        { about: target.about },
      ),
  );
  const { changes, notCompared } = changesBetween(compared.variables);
  if (session.term.json) {
    return session.term.printJson({
      environment: target.name,
      from: { environment: target.name, version: compared.fromVersion },
      to: { environment: otherEnv.name, version: compared.toVersion },
      changes,
      notCompared,
    });
  }
  if (notCompared.length > 0) {
    session.term.note(
      `Not compared: ${notCompared.join(', ')} (secrets in both; --reveal compares them, audited).`,
    );
  }
  await session.term.show(
    changesTable(
      changes,
      `${target.name} (version ${compared.fromVersion}) → ${otherEnv.name} (version ${compared.toVersion})`,
      'No differences.',
    ),
  );
}

export default varsDiff;
