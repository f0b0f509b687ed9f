import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ImportVariablesDocument } from '../__generated__/graphql.ts';
import type { Command } from '../command.ts';
import { CliError, UsageError } from '../errors.ts';
import type { View } from '../output/views.ts';
import { readAll } from '../variables/assignments.ts';
import { detectFormat, parseFormat } from '../variables/formats.ts';
import { secretFlag } from '../variables/secretFlag.ts';
import { currentVersion, variablesTarget } from '../variables/target.ts';

const varsImport: Command = {
  description:
    'Sets every variable of FILE in one step: a .env file, a JSON object or shell `export KEY=…` ' +
    'lines (told apart by the extension or the content; --format says which). FILE - reads stdin. ' +
    '--dry-run only says what would be added and overwritten. New variables are secrets unless ' +
    '--plain; existing ones keep their kind unless --secret or --plain says otherwise.',
  args: [{ name: 'FILE', required: true, asked: true }],
  options: {
    format: { type: 'string', placeholder: 'FORMAT', description: 'env, json or shell (default: from FILE)' },
    'dry-run': { type: 'boolean', short: 'n', description: 'Show what would change, change nothing' },
    secret: { type: 'boolean', description: 'Mark them all as secrets' },
    plain: { type: 'boolean', description: 'Mark them all as config vars' },
  },
  examples: ['pave vars import .env --dry-run', 'pave vars import config.json -e staging --plain'],
  async run(session, { args, options }) {
    const file =
      args[0] ?? (await session.term.ask('File to import', 'Usage: pave vars import FILE [--dry-run]'));
    const secret = secretFlag(options);
    const content = await readContent(session.term.streams.stdin, file, session.cwd);
    const format = options.format
      ? parseFormat(options.format as string)
      : detectFormat(file === '-' ? '' : file, content);
    const target = await variablesTarget(session);
    const dryRun = options['dry-run'] === true;
    const expectedVersion = await currentVersion(session, target);
    const { importVariables: result } = await session.term.spin(`Importing ${file}`, () =>
      session.request(
        ImportVariablesDocument,
        { input: { environmentId: target.environmentId, expectedVersion, format, content, secret, dryRun } },
        { about: target.about },
      ),
    );
    const version = result.variableSet.version;
    if (session.term.json) {
      return session.term.printJson({
        environment: target.name,
        dryRun: result.dryRun,
        format,
        version,
        added: result.addedKeys,
        overwritten: result.overwrittenKeys,
        unchanged: result.unchangedKeys,
      });
    }
    const changed = result.addedKeys.length + result.overwrittenKeys.length;
    const headline = result.dryRun
      ? `Dry run: ${file} would add ${result.addedKeys.length} and overwrite ${result.overwrittenKeys.length} variable(s) in ${target.name}; nothing was changed.`
      : changed === 0
        ? `Nothing changed in ${target.name}: every variable of ${file} already was so (version ${version}).`
        : `Imported ${file} into ${target.name} (now version ${version}).`;
    const rows: Array<[string, string]> = [
      ['added', result.addedKeys.join(', ')],
      ['overwritten', result.overwrittenKeys.join(', ')],
      ['unchanged', result.unchangedKeys.join(', ')],
    ];
    const views: View[] = [
      { kind: 'message', tone: result.dryRun ? 'info' : 'success', text: headline },
      { kind: 'details', rows },
    ];
    await session.term.show({ kind: 'stack', views });
  },
};

async function readContent(stdin: NodeJS.ReadableStream & { isTTY?: boolean }, file: string, cwd: string) {
  if (file === '-') {
    if (stdin.isTTY) throw new UsageError('FILE - reads stdin, but stdin is a terminal.');
    return readAll(stdin);
  }
  try {
    return await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new CliError(
      `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`,
    );
  }
}

export default varsImport;
