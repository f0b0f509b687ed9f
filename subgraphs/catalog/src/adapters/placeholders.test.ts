import { describe, expect, it } from 'vitest';
import type { RawEntity } from '../model/entity.ts';
import { resolvePlaceholders } from './placeholders.ts';

const files: Record<string, string> = {
  './openapi.yaml': 'openapi: 3.0.0\ninfo:\n  title: Orders\n',
  'schema.json': '{"type": "object", "required": ["id"]}',
  'two.yaml': 'a: 1\n---\nb: 2\n',
  'broken.json': '{"type": ',
  'broken.yaml': 'a: [1, 2\n',
};
const reads: string[] = [];
const read = async (target: string) => {
  reads.push(target);
  const text = files[target];
  if (text === undefined) throw new Error(`${target} does not exist`);
  return text;
};

const api = (definition: unknown, extra: Record<string, unknown> = {}): RawEntity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'API',
  metadata: { name: 'orders' },
  spec: { type: 'openapi', lifecycle: 'production', owner: 'team-a', definition, ...extra },
});

describe('resolvePlaceholders', () => {
  it('replaces $text, $json and $yaml anywhere, reading each target once', async () => {
    reads.length = 0;
    const result = await resolvePlaceholders(
      api(
        { $text: './openapi.yaml' },
        {
          schema: { $json: 'schema.json' },
          examples: [{ $yaml: './openapi.yaml' }, 'plain'],
        },
      ),
      read,
    );
    expect(result).toEqual({
      errors: [],
      value: api(files['./openapi.yaml'], {
        schema: { type: 'object', required: ['id'] },
        examples: [{ openapi: '3.0.0', info: { title: 'Orders' } }, 'plain'],
      }),
    });
    expect(reads.sort()).toEqual(['./openapi.yaml', 'schema.json']);
  });

  it('leaves alone what Backstage leaves alone: $ref, unknown $keys, $keys beside other keys', async () => {
    const spec = {
      definition: 'inline',
      schema: { $ref: '#/definitions/node' },
      other: { $text: './openapi.yaml', description: 'not a placeholder: two keys' },
    };
    const result = await resolvePlaceholders(api('inline', spec), read);
    expect(result).toEqual({ value: api('inline', spec), errors: [] });
  });

  it.each([
    [
      { $text: './missing.yaml' },
      'placeholder $text "./missing.yaml" at spec.definition: ./missing.yaml does not exist',
    ],
    [{ $json: 'broken.json' }, /^placeholder \$json "broken\.json" at spec\.definition: not valid JSON: /],
    [
      { $yaml: 'broken.yaml' },
      /^placeholder \$yaml "broken\.yaml" at spec\.definition: not valid YAML: at line 2/,
    ],
    [
      { $yaml: 'two.yaml' },
      'placeholder $yaml "two.yaml" at spec.definition: expected exactly one YAML document, found 2',
    ],
    [{ $text: 42 }, 'placeholder $text at spec.definition: expected a relative path or an absolute URL'],
  ])('leaves %j as written, naming the placeholder and where it is', async (definition, message) => {
    const result = await resolvePlaceholders(api(definition, { other: { $text: './openapi.yaml' } }), read);
    expect(result.value).toEqual(api(definition, { other: files['./openapi.yaml'] }));
    expect(result.errors).toEqual([typeof message === 'string' ? message : expect.stringMatching(message)]);
  });
});
