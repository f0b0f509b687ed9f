import { describe, expect, it } from 'vitest';
import { parseDocuments } from './documents.ts';

describe('parseDocuments', () => {
  it('splits at document markers and numbers documents by their first content line', () => {
    const docs = parseDocuments(
      '# leading comment\na: 1\n---\n\nb: 2\n--- {c: 3}\n...\n# only a comment\n---\n',
    );
    expect(docs).toEqual([
      { line: 2, value: { a: 1 } },
      { line: 5, value: { b: 2 } },
      { line: 6, value: { c: 3 } },
    ]);
  });

  it('keeps directives with the document they introduce', () => {
    expect(parseDocuments('%YAML 1.2\n---\nname: x\n')).toEqual([{ line: 3, value: { name: 'x' } }]);
  });

  it('does not split at a marker-like line inside a block scalar', () => {
    const [doc] = parseDocuments('text: |\n  ---\n  still text\nafter: 1\n');
    expect(doc?.value).toEqual({ text: '---\nstill text\n', after: 1 });
  });

  it('reports a broken document with its line in the file, and parses the others', () => {
    const docs = parseDocuments('a: 1\n---\nkind: Component\nmetadata: [\n  name: x\n---\nb: 2\n');
    expect(docs[0]).toEqual({ line: 1, value: { a: 1 } });
    expect(docs[1]?.error).toMatch(/^at line [56], column \d+: /);
    expect(docs[2]).toEqual({ line: 7, value: { b: 2 } });
    expect(parseDocuments('a: 1\na: 2\n')[0]?.error).toMatch(
      /^at line 2, column \d+: duplicated mapping key/,
    );
  });

  it('reads YAML 1.2: dates and yes/no stay strings', () => {
    expect(parseDocuments('created: 2024-01-02\nflag: yes\nn: 0x1F\n')[0]?.value).toEqual({
      created: '2024-01-02',
      flag: 'yes',
      n: 31,
    });
  });

  it('resolves aliases, but refuses a document that expands them without bound', () => {
    expect(parseDocuments('base: &b {x: 1}\ncopy: *b\n')[0]?.value).toEqual({
      base: { x: 1 },
      copy: { x: 1 },
    });
    const laughs = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      laughs.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const [bomb] = parseDocuments(`${laughs.join('\n')}\n`);
    expect(bomb?.value).toBeUndefined();
    expect(bomb?.error).toMatch(/alias/i);
  });
});
