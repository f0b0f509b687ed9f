/**
 * Splits a YAML file into its documents and parses each on its own, so one broken document never
 * hides the others. js-yaml does the parsing: on large catalogs it is about ten times faster than
 * `yaml`'s document API. A document that uses aliases goes through `yaml` instead, whose alias limit
 * stops a "billion laughs" document from expanding without bound.
 */
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { parse as parseWithAliasLimit } from 'yaml';

export interface ParsedDocument {
  /** 1-based line of the document's first line in the file. */
  line: number;
  value?: unknown;
  /** `at line L, column C: reason` (file lines), when the document is not valid YAML. */
  error?: string;
}

/**
 * A `---` (or `...`) at the start of a line always ends a document: inside block scalars content is
 * indented, and the YAML spec forbids the markers at column 0 inside flow and quoted scalars.
 */
const MARKER = /^(---|\.\.\.)(?=[ \t]|$)/;

/** An alias (`*name`) where a node can start; anchors alone are harmless. */
const ALIAS = /(^|[\s[{,:-])\*[^\s,[\]{}]/m;

const MAX_ALIASES = 100;

const isBlank = (line: string) => line.trim() === '' || line.trimStart().startsWith('#');
/** Lines that hold no content of their own: blank, comments, directives, a bare `---`. */
const isEmpty = (line: string) => isBlank(line) || line.startsWith('%') || /^---[ \t]*(#.*)?$/.test(line);

export function parseDocuments(text: string): ParsedDocument[] {
  const lines = text.split(/\r?\n/);
  const documents: ParsedDocument[] = [];
  // The current document: file lines start, start + 1, … (directives and the `---` line included).
  let start = 0;
  let body: string[] = [];
  const flush = (next: number) => {
    if (!body.every(isEmpty)) documents.push(parseOne(body, start));
    body = [];
    start = next;
  };
  for (const [i, line] of lines.entries()) {
    const marker = MARKER.exec(line)?.[1];
    if (marker === '...') {
      flush(i + 1);
    } else if (marker === '---' && !body.every((l) => isBlank(l) || l.startsWith('%'))) {
      flush(i);
      body.push(line);
    } else {
      body.push(line);
    }
  }
  flush(lines.length);
  return documents;
}

function parseOne(body: string[], start: number): ParsedDocument {
  const source = body.join('\n');
  // Where the document's content begins, as people count lines.
  const first = body.findIndex((l) => !isEmpty(l));
  const line = start + (first === -1 ? 0 : first) + 1;
  try {
    if (ALIAS.test(source))
      return { line, value: parseWithAliasLimit(source, { maxAliasCount: MAX_ALIASES }) };
    return { line, value: load(source, { schema: CORE_SCHEMA }) };
  } catch (error) {
    if (error instanceof YAMLException) {
      return {
        line,
        error: `at line ${start + error.mark.line + 1}, column ${error.mark.column + 1}: ${error.reason}`,
      };
    }
    const linePos = (error as { linePos?: Array<{ line: number; col: number }> }).linePos?.[0];
    const at = linePos ? `at line ${start + linePos.line}, column ${linePos.col}: ` : '';
    return { line, error: `${at}${(error as Error).message.split(/ at line \d+/)[0]}` };
  }
}
