import { SetVariablesDocument, type VariableInput } from '../__generated__/graphql.ts';
import type { Command } from '../command.ts';
import { UsageError } from '../errors.ts';
import type { Session } from '../session.ts';
import { type Assignment, parseAssignments, readAll } from '../variables/assignments.ts';
import { secretFlag } from '../variables/secretFlag.ts';
import { currentVersion, reportChange, variablesTarget } from '../variables/target.ts';

const USAGE = 'Usage: pave vars set KEY=VALUE… [--secret|--plain]';

const varsSet: Command = {
  description:
    'Sets one or more variables in one step, as a new version. A new variable is a secret unless ' +
    '--plain says it is a config var; an existing one keeps its kind unless --secret or --plain ' +
    'says otherwise. KEY=- reads the value from stdin and, on a terminal, KEY alone asks for it: ' +
    'either keeps it out of your shell history. If someone else changed the variables meanwhile, ' +
    'nothing is set and pave says so.',
  args: [{ name: 'KEY=VALUE', required: true, variadic: true, asked: true }],
  options: {
    secret: { type: 'boolean', description: 'Mark them as secrets (masked, revealed only to owners)' },
    plain: { type: 'boolean', description: 'Mark them as config vars (shown to everyone who may read)' },
  },
  examples: [
    'pave vars set PORT=8080 LOG_LEVEL=debug --plain',
    'pave vars set STRIPE_KEY=- < stripe.key',
    'pave vars set DATABASE_URL -e staging',
  ],
  async run(session, { args, options }) {
    const words =
      args.length > 0 ? args : [await session.term.ask('Set which variable (KEY or KEY=VALUE)', USAGE)];
    const assignments = parseAssignments(words);
    const secret = secretFlag(options);
    const target = await variablesTarget(session);
    const variables: VariableInput[] = [];
    for (const assignment of assignments) {
      variables.push({ key: assignment.key, value: await readValue(session, assignment), secret });
    }
    const expectedVersion = await currentVersion(session, target);
    const { setVariables } = await session.term.spin(`Setting ${target.about}`, () =>
      session.request(
        SetVariablesDocument,
        { input: { environmentId: target.environmentId, expectedVersion, variables } },
        { about: target.about },
      ),
    );
    await reportChange(session, target, 'Set', setVariables);
  },
};

async function readValue(session: Session, assignment: Assignment): Promise<string> {
  switch (assignment.from) {
    case 'argument':
      return assignment.value;
    case 'stdin':
      if (session.term.streams.stdin.isTTY) {
        throw new UsageError(
          `${assignment.key}=- reads the value from stdin, but stdin is a terminal.`,
          USAGE,
        );
      }
      return readAll(session.term.streams.stdin);
    case 'prompt':
      return session.term.ask(
        `Value of ${assignment.key}`,
        `Give it as ${assignment.key}=VALUE, or ${assignment.key}=- to read it from stdin. ${USAGE}`,
        { mask: true },
      );
  }
}

export default varsSet;
