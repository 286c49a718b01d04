import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { dataSciencePath } from '../../test/fixtures.ts';
import { pathDefinitionJsonSchema } from './json-schema.ts';

const ROOT = new URL('../../../../', import.meta.url).pathname;

function examplePaths(): [string, unknown][] {
  const examples = join(ROOT, 'examples');
  return readdirSync(examples).flatMap((name) =>
    readdirSync(join(examples, name))
      .filter((file) => /^path\.(json|ya?ml)$/.test(file))
      .map((file): [string, unknown] => [
        `${name}/${file}`,
        parse(readFileSync(join(examples, name, file), 'utf8')),
      ]),
  );
}

describe('the published JSON Schema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(pathDefinitionJsonSchema());

  it('accepts the spec example and every example path', () => {
    expect(validate(dataSciencePath())).toBe(true);
    for (const [name, document] of examplePaths())
      expect([name, validate(document), validate.errors]).toEqual([name, true, null]);
  });

  it('rejects what the format forbids', () => {
    expect(validate({ ...dataSciencePath(), extra: 1 })).toBe(false);
    expect(validate({ ...dataSciencePath(), key: 'course-v1:a+b+c' })).toBe(false);
    const step = { id: 's', course: 'course-v1:a+b+c', criteria: { grade: 2 } };
    expect(validate({ ...dataSciencePath(), requirements: step })).toBe(false);
    expect(validate({ ...dataSciencePath(), requirements: { id: 'g', rule: 'all', children: [] } })).toBe(
      false,
    );
  });

  it('is the copy committed in docs/ (run npm run schema after changing the format)', () => {
    const committed = JSON.parse(
      readFileSync(join(ROOT, 'docs/path-definition.schema.json'), 'utf8'),
    ) as unknown;
    expect(committed).toEqual(pathDefinitionJsonSchema());
  });
});
