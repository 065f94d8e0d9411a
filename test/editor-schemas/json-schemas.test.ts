/** The editors' JSON Schemas: up to date with the zod schemas, and they agree with check on the guide's examples. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { editorSchemas, SCHEMA_DIR } from '../../src/editor-schemas/json-schemas';
import { ROOT } from '../helpers/tariff';

const guide = readFileSync(join(ROOT, 'docs/editors-guide.md'), 'utf8');
const examples = [...guide.matchAll(/```yaml\n# (tariffs\/changes\/[^\n]+\.yaml)\n([\s\S]*?)```/gu)].map((m) => ({
  file: m[1] ?? '',
  text: m[2] ?? '',
}));
const schema = (name: string): object => JSON.parse(readFileSync(join(ROOT, SCHEMA_DIR, name), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema('change.schema.json'));

describe('the JSON Schemas editors get in their text editor', () => {
  it.each(editorSchemas().map((s) => [s.name, s.text]))('schemas/%s is up to date (npm run schemas)', (name, text) => {
    expect(readFileSync(join(ROOT, SCHEMA_DIR, name), 'utf8')).toBe(text);
  });

  it('every change file the guide shows names the schema and validates against it', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const { file, text } of examples) {
      expect(text, file).toContain('# yaml-language-server: $schema=../../schemas/change.schema.json');
      expect(validate(parse(text)), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('a misspelt key is refused, and each field is described in Chinese', () => {
    const misspelt = parse(examples[0]?.text.replace('note:', 'note_:') ?? '') as unknown;
    expect(validate(misspelt)).toBe(false);
    expect(validate.errors?.map((e) => e.keyword)).toContain('additionalProperties');
    const properties = (schema('change.schema.json') as { properties: Record<string, { description?: string }> })
      .properties;
    expect(properties['note']?.description).toMatch(/^对外说明/u);
  });

  it('the published tariff files validate against theirs', () => {
    for (const name of ['tariff', 'grades', 'plans', 'addons', 'notes']) {
      const check = new Ajv({ strict: false }).compile(schema(`${name}.schema.json`));
      const data = parse(readFileSync(join(ROOT, `tariffs/${name}.yaml`), 'utf8')) as unknown;
      expect(check(data), `${name}: ${JSON.stringify(check.errors)}`).toBe(true);
    }
  });
});
