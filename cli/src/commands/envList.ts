import type { Command } from '../command.ts';
import { componentEnvironments } from '../environments/target.ts';
import { environmentJson, environmentsTable } from '../environments/views.ts';

const envList: Command = {
  description:
    'The environments of this directory’s component: type, URL, whether it is protected, and when ' +
    'a preview expires. * marks the one pave uses here (--env, PAVE_ENV or pave env use).',
  examples: ['pave env list', 'pave env list --json'],
  async run(session) {
    const [{ componentRef, environments }, current] = await session.term.spin('Loading environments', () =>
      Promise.all([componentEnvironments(session), session.environment()]),
    );
    if (session.term.json) {
      return session.term.printJson({
        component: componentRef,
        current: current?.name ?? null,
        environments: environments.map(environmentJson),
      });
    }
    await session.term.show(environmentsTable(environments, { current: current?.name, componentRef }));
  },
};

export default envList;
