import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import {
  CreateEnvironmentDocument,
  CreatePreviewEnvironmentDocument,
  type EnvironmentType,
} from '../__generated__/graphql.ts';
import type { Command } from '../command.ts';
import { argumentOrAsk } from '../environments/target.ts';
import { parseTtl, timeLeft } from '../environments/ttl.ts';
import { environmentJson } from '../environments/views.ts';
import { UsageError } from '../errors.ts';
import type { Session } from '../session.ts';

const TYPES = ['development', 'staging', 'production'] as const;
const USAGE = 'Usage: pave env create NAME [--type development|staging|production] [--protected]';
const PREVIEW_USAGE = 'Usage: pave env create --preview [--branch BRANCH] [--ttl 2h] [NAME]';

const envCreate: Command = {
  description:
    'Creates an environment NAME for this directory’s component. --type says which kind ' +
    '(development by default); production environments are protected. With --preview, a preview ' +
    'environment for a git branch (--branch, default: the branch checked out here) that is torn ' +
    'down once its time-to-live (--ttl, default 1 day) has passed; asking again for the same ' +
    'branch extends it.',
  args: [{ name: 'NAME' }],
  options: {
    type: {
      type: 'string',
      short: 't',
      placeholder: 'TYPE',
      description: 'development, staging or production',
    },
    protected: { type: 'boolean', description: 'Only owners may change it; deleting it needs its name' },
    preview: { type: 'boolean', description: 'A preview environment for a git branch' },
    branch: { type: 'string', short: 'b', placeholder: 'BRANCH', description: 'The branch of a preview' },
    ttl: { type: 'string', placeholder: 'DURATION', description: 'How long a preview lives: 30m, 2h, 7d' },
  },
  examples: [
    'pave env create staging --type staging',
    'pave env create --preview --branch feature/login --ttl 2h',
  ],
  async run(session, { args, options }) {
    const component = await session.component();
    const created = options.preview
      ? await createPreview(session, component.ref, args[0], options)
      : await createNamed(session, component.ref, args[0], options);
    if (session.term.json) return session.term.printJson({ environment: environmentJson(created) });
    const expires = created.expiresAt ? `, torn down ${timeLeft(created.expiresAt)}` : '';
    await session.term.show({
      kind: 'message',
      tone: 'success',
      text: `Created ${created.name} (${created.type.toLowerCase()}${created.protected ? ', protected' : ''}${expires})${created.url ? ` at ${created.url}` : ''}.`,
    });
  },
};

async function createNamed(
  session: Session,
  componentRef: string,
  name: string | undefined,
  options: Record<string, string | boolean | undefined>,
) {
  for (const flag of ['branch', 'ttl'] as const) {
    if (options[flag] !== undefined) throw new UsageError(`--${flag} is for previews only.`, PREVIEW_USAGE);
  }
  const type = parseType(options.type as string | undefined);
  const wanted = await argumentOrAsk(session, name, 'Name of the new environment', USAGE);
  const { createEnvironment } = await session.term.spin(`Creating ${wanted}`, () =>
    session.request(CreateEnvironmentDocument, {
      input: {
        componentRef,
        name: wanted,
        type,
        protected: options.protected === true ? true : undefined,
      },
    }),
  );
  return createEnvironment.environment;
}

async function createPreview(
  session: Session,
  componentRef: string,
  name: string | undefined,
  options: Record<string, string | boolean | undefined>,
) {
  if (options.type !== undefined) throw new UsageError('A preview is always of type preview.', PREVIEW_USAGE);
  const ttlSeconds = options.ttl === undefined ? undefined : parseTtl(options.ttl as string);
  const branch =
    (options.branch as string | undefined) ??
    (await currentBranch(session.cwd)) ??
    (await session.term.ask('Branch of the preview', `--branch BRANCH is missing. ${PREVIEW_USAGE}`));
  const { createPreviewEnvironment } = await session.term.spin(`Creating a preview of ${branch}`, () =>
    session.request(CreatePreviewEnvironmentDocument, {
      input: { componentRef, branch, ttlSeconds, name },
    }),
  );
  return createPreviewEnvironment.environment;
}

function parseType(type: string | undefined): EnvironmentType {
  const wanted = (type ?? 'development').toLowerCase();
  if (!(TYPES as readonly string[]).includes(wanted)) {
    throw new UsageError(`--type must be one of ${TYPES.join(', ')}, not "${type}".`, USAGE);
  }
  return wanted.toUpperCase() as EnvironmentType;
}

/** The branch checked out in `cwd`, when it is a git checkout on a branch. */
async function currentBranch(cwd: string): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(execFile)('git', ['symbolic-ref', '--quiet', '--short', 'HEAD'], {
      cwd,
    });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

export default envCreate;
