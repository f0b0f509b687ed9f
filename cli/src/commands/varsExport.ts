import { VariableExportDocument } from '../__generated__/graphql.ts';
import type { Command } from '../command.ts';
import { CliError, UsageError } from '../errors.ts';
import { parseFormat } from '../variables/formats.ts';
import { variablesTarget } from '../variables/target.ts';

const varsExport: Command = {
  description:
    'Prints the variables as a .env file (default), a JSON object (--format json, or --json) or ' +
    'shell export lines (--format shell, for eval). Secrets are left out, and named on stderr, ' +
    'unless --reveal (audited).',
  options: {
    format: { type: 'string', short: 'f', placeholder: 'FORMAT', description: 'env, json or shell' },
    reveal: { type: 'boolean', description: 'Include the values of secrets (audited)' },
  },
  examples: ['pave vars export > .env', 'eval "$(pave vars export --format shell --reveal)"'],
  async run(session, { options }) {
    if (
      session.term.json &&
      options.format !== undefined &&
      parseFormat(options.format as string) !== 'JSON'
    ) {
      throw new UsageError('--json prints JSON: leave out --format, or drop --json.');
    }
    const format = session.term.json ? 'JSON' : parseFormat((options.format as string | undefined) ?? 'env');
    const target = await variablesTarget(session);
    const reveal = options.reveal === true;
    const { variableSet } = await session.request(
      VariableExportDocument,
      { environmentId: target.environmentId, format, reveal },
      { about: target.about },
    );
    if (!variableSet) throw new CliError(`The platform has no current version of ${target.about}.`);
    // The export is the command's output as it is: a file's content, not text to be drawn.
    session.term.streams.stdout.write(variableSet.export);
    const hidden = reveal ? [] : variableSet.variables.filter((v) => v.secret).map((v) => v.key);
    if (hidden.length > 0) {
      session.term.note(
        `Left out ${hidden.length} secret(s): ${hidden.join(', ')}. --reveal includes them (audited).`,
      );
    }
  },
};

export default varsExport;
