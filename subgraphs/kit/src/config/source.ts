import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { displayFile } from './section.ts';

export interface Source {
  /** Absolute path of the file, when there is one. */
  file?: string;
  /** The file as named in messages. */
  label?: string;
  /** The parsed YAML (an empty file is an empty mapping), or {} without a file. */
  data: unknown;
  problems: string[];
}

/** Finds the configuration file (`file`, else PAVE_CONFIG, else `<cwd>/pave.yaml`) and parses it. */
export async function readSource(cwd: string, env: NodeJS.ProcessEnv, file?: string): Promise<Source> {
  const fromEnv = env.PAVE_CONFIG || undefined;
  const chosen = file ?? fromEnv;
  if (chosen === undefined) {
    const fallback = path.join(cwd, 'pave.yaml');
    if (!(await isFile(fallback))) return { data: {}, problems: [] };
    return parseFile(fallback, cwd);
  }
  const absolute = path.resolve(cwd, chosen);
  const label = displayFile(absolute, cwd);
  let content: string;
  try {
    content = await readFile(absolute, 'utf8');
  } catch (error) {
    const reason = readFailure(error);
    const problem =
      file === undefined
        ? `PAVE_CONFIG: got ${JSON.stringify(chosen)}, expected a readable configuration file (${label}: ${reason})`
        : `${label}: cannot read the configuration file: ${reason}`;
    return { file: absolute, label, data: {}, problems: [problem] };
  }
  return parseText(content, absolute, label);
}

async function parseFile(absolute: string, cwd: string): Promise<Source> {
  const label = displayFile(absolute, cwd);
  try {
    return parseText(await readFile(absolute, 'utf8'), absolute, label);
  } catch (error) {
    return {
      file: absolute,
      label,
      data: {},
      problems: [`${label}: cannot read the configuration file: ${readFailure(error)}`],
    };
  }
}

function parseText(content: string, file: string, label: string): Source {
  const lineCounter = new LineCounter();
  const doc = parseDocument(content, { lineCounter, prettyErrors: false });
  // Only the first syntax error: the ones after it are usually its echoes.
  const error = doc.errors[0];
  if (error) {
    // An error at the very end (an unclosed bracket) is shown on the last line that has text.
    const line = lineCounter.linePos(Math.min(error.pos[0], Math.max(0, content.trimEnd().length - 1))).line;
    return {
      file,
      label,
      data: {},
      problems: [`${label}: line ${line}: not valid YAML: ${firstLine(error.message)}`],
    };
  }
  try {
    return { file, label, data: doc.toJS() ?? {}, problems: [] };
  } catch (error) {
    return {
      file,
      label,
      data: {},
      problems: [`${label}: not valid YAML: ${firstLine(String((error as Error).message))}`],
    };
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error).message;
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}
