import { dirname } from 'node:path';
import type { Command } from '../command.ts';
import { findCatalogInfo } from '../context/catalogInfo.ts';
import { validEnvironmentName } from '../context/environment.ts';
import { UsageError } from '../errors.ts';

const envUse: Command = {
  description:
    'Makes NAME the environment pave uses in this project (the folder of the nearest ' +
    'catalog-info.yaml, else this folder) and below. --env and PAVE_ENV still win. Without NAME, ' +
    'shows which environment applies here and why. Kept in your config folder, not in the project.',
  args: [{ name: 'NAME' }],
  options: { clear: { type: 'boolean', description: 'Forget the default for this project' } },
  examples: ['pave env use staging', 'pave env use --clear'],
  async run(session, { args, options }) {
    const [name] = args;
    const defaults = session.directoryDefaults();
    if (name !== undefined || options.clear) {
      if (name !== undefined && options.clear) throw new UsageError('Give NAME or --clear, not both.');
      const info = await findCatalogInfo(session.cwd);
      const directory = info ? dirname(info.file) : session.cwd;
      await defaults.setEnvironment(
        directory,
        name === undefined ? undefined : validEnvironmentName(name, 'NAME'),
      );
      if (session.term.json) return session.term.printJson({ directory, environment: name ?? null });
      return session.term.show({
        kind: 'message',
        tone: 'success',
        text: name
          ? `pave now uses ${name} in ${directory} and below.`
          : `No default environment in ${directory} any more.`,
      });
    }
    const current = await session.environment();
    if (session.term.json) {
      return session.term.printJson({
        environment: current
          ? { name: current.name, source: current.source, directory: current.directory ?? null }
          : null,
      });
    }
    await session.term.show(
      current
        ? {
            kind: 'details',
            rows: [
              ['environment', current.name],
              ['from', current.directory ? `${current.source} in ${current.directory}` : current.source],
            ],
          }
        : {
            kind: 'message',
            tone: 'info',
            text: 'No environment chosen here: use --env, PAVE_ENV or pave env use NAME.',
          },
    );
  },
};

export default envUse;
