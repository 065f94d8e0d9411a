/**
 * JSON Schemas (draft-07, which yaml-language-server reads) of the files
 * editors write, generated from the zod schemas, each field described in
 * Chinese (FIELD_MEANINGS). `npm run schemas` writes them to schemas/; a
 * test fails when they are out of date.
 */
import { z } from 'zod';
import { ChangeFileSchema } from '../engine/schemas/change';
import { AddonsFileSchema } from '../engine/schemas/addon';
import { GradesFileSchema } from '../engine/schemas/grade';
import { NotesFileSchema } from '../engine/schemas/notes';
import { PlansFileSchema } from '../engine/schemas/plan';
import { TariffSettingsSchema } from '../engine/schemas/settings';
import { FIELD_MEANINGS } from '../engine/schemas/field-names';
import { AddonPageSchema, PlanPageSchema, TopicPageSchema } from '../content-files/frontmatter';
import { isRecord, type Json } from '../engine/records';

/** The folder the schemas are written to, and what each describes. */
export const SCHEMA_DIR = 'schemas';
const SCHEMAS: Record<string, { schema: z.ZodType; title: string }> = {
  'change.schema.json': { schema: ChangeFileSchema, title: '资费变更文件（tariffs/changes/*.yaml）' },
  'tariff.schema.json': { schema: TariffSettingsSchema, title: '资费设置（tariffs/tariff.yaml）' },
  'grades.schema.json': { schema: GradesFileSchema, title: '号码等级（tariffs/grades.yaml）' },
  'plans.schema.json': { schema: PlansFileSchema, title: '套餐（tariffs/plans.yaml）' },
  'addons.schema.json': { schema: AddonsFileSchema, title: '附加功能（tariffs/addons.yaml）' },
  'notes.schema.json': { schema: NotesFileSchema, title: '说明和联系方式（tariffs/notes.yaml）' },
  'page-plan.schema.json': { schema: PlanPageSchema, title: '套餐页面的页面信息（content/plans/*.mdx）' },
  'page-addon.schema.json': { schema: AddonPageSchema, title: '附加功能页面的页面信息（content/addons/*.mdx）' },
  'page-topic.schema.json': { schema: TopicPageSchema, title: '其它页面的页面信息（content/pages/*.mdx）' },
};

/** Adds each property's Chinese meaning, everywhere in the schema. */
function describe(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(describe);
    return;
  }
  if (!isRecord(node)) return;
  const properties = node['properties'];
  if (isRecord(properties)) {
    for (const [key, value] of Object.entries(properties)) {
      const meaning = FIELD_MEANINGS[key];
      if (isRecord(value) && meaning !== undefined && value['description'] === undefined)
        value['description'] = meaning;
    }
  }
  for (const value of Object.values(node)) describe(value);
}

/** A zod schema as the JSON Schema an editor's tools read, every field described in Chinese. */
export function jsonSchema(schema: z.ZodType): Json {
  const json = z.toJSONSchema(schema, { target: 'draft-07', io: 'input', unrepresentable: 'any' }) as Json;
  describe(json);
  return json;
}

/** Every schema file's name and text, as `npm run schemas` writes it. */
export function editorSchemas(): { name: string; text: string }[] {
  return Object.entries(SCHEMAS).map(([name, { schema, title }]) => ({
    name,
    text: `${JSON.stringify({ ...jsonSchema(schema), title }, null, 2)}\n`,
  }));
}
