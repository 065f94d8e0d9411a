/**
 * Decap CMS form fields from the JSON Schemas of the data files (themselves
 * generated from the zod schemas), so a new field of a plan or an add-on
 * appears in the CMS's 新增 forms with no hand edit. Money fields take a
 * decimal with at most two places; lists of words take one word per row.
 */
import { wordWithMeaning } from '../engine/schemas/field-names';
import { DECIMAL_PATTERN } from '../engine/decimal-text';
import { isRecord, type Json } from '../engine/records';

/** One Decap field, as its config.json takes it. */
export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };

/** The pattern DecimalSchema writes into the JSON Schemas: how a money field is recognised. */
const DECIMAL_SOURCE = DECIMAL_PATTERN.source;
/** What the form accepts for money: a decimal with at most two places (分). */
export const MONEY_FIELD_PATTERN: [string, string] = [
  String.raw`^\d{1,15}(\.\d{1,2})?$`,
  '请填写金额数字，最多两位小数，例如 120 或 0.13（不要写“元”）',
];

/** A field's short name: its meaning up to the first comma or bracket ("金额（元），带引号" → "金额"). */
export function shortMeaning(description: unknown, name: string): string {
  return typeof description === 'string' ? (description.split(/[，：（,(]/u)[0] ?? name) : name;
}

const isMoney = (node: Json) => node['type'] === 'string' && node['pattern'] === DECIMAL_SOURCE;

/** The Decap field for one property, or undefined when a form cannot hold it (a keyed record). */
function cmsField(name: string, node: Json, required: boolean, skip: ReadonlySet<string>): CmsField | undefined {
  const label = shortMeaning(node['description'], name);
  const base = {
    name,
    label,
    required,
    ...(typeof node['description'] === 'string' && node['description'] !== label ? { hint: node['description'] } : {}),
  };
  const anyOf = Array.isArray(node['anyOf']) ? node['anyOf'].filter(isRecord) : undefined;
  if (anyOf !== undefined) {
    // A money amount or a word (rate: "0.10" or consult): one text box that accepts either.
    if (anyOf.every((m) => m['type'] === 'string')) {
      const words = anyOf.flatMap((m) => (typeof m['const'] === 'string' ? [m['const']] : []));
      const money = anyOf.some(isMoney);
      return {
        ...base,
        widget: 'string',
        ...(money
          ? {
              pattern: [
                `^(${MONEY_FIELD_PATTERN[0].slice(1, -1)}${words.map((w) => `|${w}`).join('')})$`,
                `${MONEY_FIELD_PATTERN[1]}${words.length > 0 ? `；或填写 ${words.map(wordWithMeaning).join('、')}` : ''}`,
              ],
            }
          : {}),
      };
    }
    return undefined;
  }
  switch (node['type']) {
    case 'string':
      if (Array.isArray(node['enum'])) return { ...base, widget: 'select', options: node['enum'] };
      if (isMoney(node)) return { ...base, widget: 'string', pattern: MONEY_FIELD_PATTERN };
      if (typeof node['pattern'] === 'string')
        return {
          ...base,
          widget: 'string',
          pattern: [node['pattern'], `格式不对：${String(node['description'] ?? label)}`],
        };
      return { ...base, widget: 'string' };
    case 'integer':
    case 'number':
      return {
        ...base,
        widget: 'number',
        value_type: node['type'] === 'integer' ? 'int' : 'float',
        ...(typeof node['minimum'] === 'number' ? { min: node['minimum'] } : {}),
      };
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'array': {
      const items = isRecord(node['items']) ? node['items'] : {};
      if (items['type'] === 'object') return { ...base, widget: 'list', fields: cmsFields(items, skip) };
      const field = cmsField('value', items, true, skip);
      return field === undefined ? undefined : { ...base, widget: 'list', field: { ...field, label } };
    }
    case 'object':
      if (!isRecord(node['properties'])) return undefined;
      return { ...base, widget: 'object', fields: cmsFields(node, skip) };
    default:
      return undefined;
  }
}

/** The fields of an object schema, in its order, leaving out `skip` (set by the change itself, such as source). */
export function cmsFields(node: Json, skip: ReadonlySet<string>): CmsField[] {
  const properties = isRecord(node['properties']) ? node['properties'] : {};
  const required = new Set(Array.isArray(node['required']) ? node['required'] : []);
  return Object.entries(properties).flatMap(([name, property]) => {
    if (skip.has(name) || !isRecord(property)) return [];
    const field = cmsField(name, property, required.has(name) && property['default'] === undefined, skip);
    return field === undefined ? [] : [field];
  });
}

/** Field names the schemas hold money in, and those that are lists of words. */
export function fieldKindsOf(schemas: Json[]): { money: Set<string>; lists: Set<string> } {
  const money = new Set<string>();
  const lists = new Set<string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isRecord(node)) return;
    if (isRecord(node['properties'])) {
      for (const [name, property] of Object.entries(node['properties'])) {
        if (!isRecord(property)) continue;
        const members = Array.isArray(property['anyOf']) ? property['anyOf'].filter(isRecord) : [property];
        if (members.some(isMoney)) money.add(name);
        if (property['type'] === 'array' && isRecord(property['items']) && property['items']['type'] === 'string')
          lists.add(name);
      }
    }
    Object.values(node).forEach(visit);
  };
  visit(schemas);
  return { money, lists };
}
