import { RollbackVariablesDocument, VariableSetDiffDocument } from '../__generated__/graphql.ts';
import type { Command } from '../command.ts';
import { CliError } from '../errors.ts';
import { chooseVersion } from '../variables/choose.ts';
import { currentVersion, reportChange, variablesTarget } from '../variables/target.ts';
import { parseVersion } from '../variables/version.ts';
import { changesTable } from '../variables/views.ts';

const USAGE = 'Usage: pave vars rollback VERSION [--yes]';

const varsRollback: Command = {
  description:
    'Makes the variables what they were at VERSION again, as a new version (history is never ' +
    'rewritten). Shows what would change and asks first; --yes (-y) skips that, as it must off a ' +
    'terminal. If someone else changes the variables before you answer, nothing is rolled back.',
  args: [{ name: 'VERSION', required: true, asked: true }],
  options: {
    yes: { type: 'boolean', short: 'y', description: 'Do not ask for a confirmation' },
  },
  examples: ['pave vars rollback 3', 'pave vars rollback v3 -e production --yes'],
  async run(session, { args, options }) {
    const target = await variablesTarget(session);
    const toVersion =
      args[0] === undefined
        ? await chooseVersion(session, target, `Roll ${target.name} back to which version`, USAGE)
        : parseVersion(args[0], 'VERSION');
    // Read before asking: what the person agrees to is exactly what is rolled back, or nothing.
    const expectedVersion = await currentVersion(session, target);
    if (toVersion >= expectedVersion) {
      throw new CliError(
        toVersion === expectedVersion
          ? `The variables of ${target.name} are at version ${toVersion} already.`
          : `The variables of ${target.name} have no version ${toVersion} yet (the current one is ${expectedVersion}).`,
      );
    }
    if (options.yes !== true && session.term.interactive) {
      const { variableSetDiff } = await session.request(VariableSetDiffDocument, {
        environmentId: target.environmentId,
        fromVersion: expectedVersion,
        toVersion,
      });
      await session.term.show(
        changesTable(
          variableSetDiff.changes,
          `Rolling back ${target.name} to version ${toVersion} changes:`,
          'Nothing.',
        ),
      );
    }
    await session.term.confirm(`Roll back ${target.about} from version ${expectedVersion} to ${toVersion}?`, {
      yes: options.yes === true,
    });
    const { rollbackVariables } = await session.term.spin(`Rolling back ${target.name}`, () =>
      session.request(
        RollbackVariablesDocument,
        { input: { environmentId: target.environmentId, toVersion, expectedVersion } },
        { about: target.about },
      ),
    );
    await reportChange(session, target, `Rolled back to version ${toVersion}:`, rollbackVariables, {
      rolledBackTo: toVersion,
    });
  },
};

export default varsRollback;
