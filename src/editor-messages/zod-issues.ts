/**
 * zod's issues in the editors' words: each becomes a message of ./messages
 * with its code. Schemas carry their own messages tagged with a code
 * (`tagged`); the generic ones (missing, unknown, wrong type) are worded here.
 * Build side only; it imports zod's types, not zod.
 */
import type { z } from 'zod';
import { didYouMean } from './errors';
import { say, untag, type MessageCode } from './messages';
import { fieldExample, fieldMeaning, FIELD_MEANINGS } from '../engine/schemas/field-names';

const TYPE_WORDS: Record<string, string> = {
  string: '文字（需要时加引号）',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '一个列表（每项以“- ”开头）',
  object: '一组“字段: 值”',
};

/** What a value was, for a message: "120（数字）", "（空）". */
function shown(input: unknown): string {
  if (input === undefined || input === null) return '（空）';
  if (Array.isArray(input)) return '一个列表';
  if (typeof input === 'object') return '一组字段';
  return JSON.stringify(input);
}

export function describeZodIssue(issue: z.core.$ZodIssue): { code: MessageCode; message: string } {
  const own = untag(issue.message);
  if (own !== undefined) return own;
  // A record's key that its key schema refuses: that schema's own words ("Files" as a quantity's name).
  const [inner] = issue.code === 'invalid_key' ? issue.issues : [];
  if (inner !== undefined) return describeZodIssue(inner);
  const last = [...issue.path].reverse().find((p) => typeof p === 'string');
  const field = typeof last === 'string' ? last : '这一项';
  if (issue.code === 'unrecognized_keys') {
    const hint = issue.keys.length === 1 ? didYouMean(issue.keys[0] ?? '', Object.keys(FIELD_MEANINGS)) : '';
    return say('field/unknown', { fields: issue.keys.map((k) => `“${k}”`).join('、'), hint });
  }
  // Missing, whatever the field's type (a source is one of two shapes: a union).
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && issue.input === undefined)
    return say('field/missing', { field, meaning: fieldMeaning(field), example: fieldExample(field) });
  if (issue.code === 'invalid_type')
    return say('field/type', {
      field,
      expected: TYPE_WORDS[issue.expected] ?? issue.expected,
      got: shown(issue.input),
    });
  if (issue.code === 'invalid_union') {
    if (field === 'rate') return say('rate/invalid', { got: shown(issue.input) });
    return say('field/invalid', { field, detail: `写的是 ${shown(issue.input)}` });
  }
  if (issue.code === 'invalid_value') {
    const options = issue.values.map(String);
    const hint = typeof issue.input === 'string' ? didYouMean(issue.input, options) : '';
    return say('field/one-of', { field, options: options.join('、'), got: shown(issue.input), hint });
  }
  if (issue.code === 'too_small') {
    if (issue.origin === 'number' || issue.origin === 'int')
      return say('field/invalid', { field, detail: `不能小于 ${String(issue.minimum)}` });
    return say('field/too-short', { field, min: Number(issue.minimum) });
  }
  if (issue.code === 'too_big') {
    if (issue.origin === 'number' || issue.origin === 'int')
      return say('field/invalid', { field, detail: `不能大于 ${String(issue.maximum)}` });
    return say('field/too-long', { field, max: Number(issue.maximum) });
  }
  // Anything else (a format, a custom check without words of its own): what was written, never zod's English.
  return say('field/invalid', { field, detail: `写的是 ${shown(issue.input)}` });
}
