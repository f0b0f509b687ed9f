/**
 * Backstage's placeholders, as its PlaceholderProcessor resolves them: anywhere in an entity, a
 * mapping with exactly one key, `$text`, `$json` or `$yaml`, whose value is a string naming a file
 * (relative to the file the entity is in) or an absolute URL, is replaced by that file's text, its
 * JSON, or its single YAML document. Mappings with other `$` keys (a JSON Schema's `$ref`) or with
 * more keys beside the `$` one are left alone. What the file holds is not searched for placeholders.
 *
 * Where a target is read from is the adapter's business (`PlaceholderReader`). A target it cannot
 * read, or bad JSON or YAML, leaves that placeholder as written and is reported with a message
 * naming the placeholder and where it is in the entity; the entity still loads (and the store keeps
 * a version it had before, as Backstage keeps an entity's last good version: see ingest.ts).
 */
import { parseDocuments } from './files/documents.ts';

/** The text of a placeholder's target; throws with a message saying why it cannot be read. */
export type PlaceholderReader = (target: string) => Promise<string>;

/** More than this is not a definition but a mistake, and would bloat every read of the entity. */
export const MAX_PLACEHOLDER_BYTES = 5 * 1024 * 1024;

type Resolver = (text: string) => unknown;

const resolvers: Record<string, Resolver> = {
  text: (text) => text,
  json: (text) => {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new Error(`not valid JSON: ${(error as Error).message}`);
    }
  },
  yaml: (text) => {
    const documents = parseDocuments(text);
    const failed = documents.find((d) => d.error !== undefined);
    if (failed) throw new Error(`not valid YAML: ${failed.error}`);
    if (documents.length !== 1) {
      throw new Error(`expected exactly one YAML document, found ${documents.length}`);
    }
    return documents[0]?.value ?? null;
  },
};

/**
 * A parsed document with its placeholders replaced, and why each one left as written could not be.
 * As in Backstage, this comes before the entity is validated, so a placeholder may stand anywhere
 * a string is required. The value given is not changed; each target is read once.
 */
export async function resolvePlaceholders(
  document: unknown,
  read: PlaceholderReader,
): Promise<{ value: unknown; errors: string[] }> {
  const texts = new Map<string, Promise<string>>();
  const readOnce = (target: string) => {
    let text = texts.get(target);
    if (!text) {
      text = read(target);
      texts.set(target, text);
    }
    return text;
  };

  const visit = async (value: unknown, at: string): Promise<unknown> => {
    if (Array.isArray(value)) {
      return Promise.all(value.map((item, i) => visit(item, `${at}[${i}]`)));
    }
    if (typeof value !== 'object' || value === null) return value;
    const entries = Object.entries(value);
    const [only] = entries;
    const resolver =
      entries.length === 1 && only?.[0].startsWith('$') ? resolvers[only[0].slice(1)] : undefined;
    if (only && resolver) {
      try {
        return await resolve(only[0], only[1], resolver, at);
      } catch (error) {
        errors.push((error as Error).message);
        return value;
      }
    }
    const visited = await Promise.all(
      entries.map(async ([key, item]) => [key, await visit(item, at ? `${at}.${key}` : key)] as const),
    );
    return Object.fromEntries(visited);
  };

  const resolve = async (key: string, target: unknown, resolver: Resolver, at: string) => {
    const named = `placeholder ${key} ${typeof target === 'string' ? JSON.stringify(target) : ''}`.trimEnd();
    const fail = (reason: string) => new Error(`${named} at ${at}: ${reason}`);
    if (typeof target !== 'string' || target === '') {
      throw fail('expected a relative path or an absolute URL');
    }
    let text: string;
    try {
      text = await readOnce(target);
    } catch (error) {
      throw fail((error as Error).message);
    }
    if (Buffer.byteLength(text) > MAX_PLACEHOLDER_BYTES) {
      throw fail(`larger than ${MAX_PLACEHOLDER_BYTES / 1024 / 1024} MiB`);
    }
    try {
      return resolver(text);
    } catch (error) {
      throw fail((error as Error).message);
    }
  };

  const errors: string[] = [];
  const value = await visit(document, '');
  return { value, errors };
}

/** `https://…`, `url:…`: an absolute URL rather than a path. */
export const isAbsoluteUrl = (target: string) =>
  /^[a-z][a-z0-9+.-]*:/i.test(target) && !/^file:/i.test(target);
