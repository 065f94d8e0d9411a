import { describe, expect, it } from 'vitest';
import { fieldMeaning } from '../../../src/engine/schemas/field-names';

describe('a field’s meaning in messages', () => {
  it('is the short part of its description, before the first explanation', () => {
    expect(fieldMeaning('note')).toBe('对外说明');
    expect(fieldMeaning('patterns')).toBe('尾号规则');
    expect(fieldMeaning('monthlyMinimum')).toBe('月最低消费');
    expect(fieldMeaning('yearly')).toBe('年金额');
    expect(fieldMeaning('name')).toBe('名称');
  });

  it('is 必填 for a field the files do not know', () => {
    expect(fieldMeaning('colour')).toBe('必填');
    expect(fieldMeaning('__proto__')).toBe('必填');
  });
});
