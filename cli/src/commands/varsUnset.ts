import { UnsetVariablesDocument } from '../__generated__/graphql.ts';
import type { Command } from '../command.ts';
import { checkKey } from '../variables/assignments.ts';
import { chooseKey } from '../variables/choose.ts';
import { currentVersion, reportChange, variablesTarget } from '../variables/target.ts';

const USAGE = 'Usage: pave vars unset KEY…';

const varsUnset: Command = {
  description:
    'Removes one or more variables in one step, as a new version (pave vars rollback brings them ' +
    'back). Keys that are not set are ignored.',
  args: [{ name: 'KEY', required: true, variadic: true, asked: true }],
  examples: ['pave vars unset DEBUG', 'pave vars unset OLD_API_KEY OLD_API_URL -e staging'],
  async run(session, { args }) {
    const target = await variablesTarget(session);
    const given = args.length > 0 ? args : [await chooseKey(session, target, 'Unset which variable', USAGE)];
    const keys = given.map((key) => checkKey(key, 'KEY'));
    const expectedVersion = await currentVersion(session, target);
    const { unsetVariables } = await session.term.spin(`Unsetting ${keys.join(', ')}`, () =>
      session.request(
        UnsetVariablesDocument,
        { input: { environmentId: target.environmentId, expectedVersion, keys } },
        { about: target.about },
      ),
    );
    await reportChange(session, target, 'Unset', unsetVariables);
  },
};

export default varsUnset;
