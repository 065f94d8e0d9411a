import { describe, expect, it } from 'vitest';
import {
  digitsOf,
  excludedDigits,
  filterOf,
  readPickerState,
  writePickerState,
  EMPTY_PICKER,
} from '../../../src/islands/input/picker-state';
import { buildNumberIndex } from '../../../src/inventory/number-index';
import { tariff } from '../../helpers/tariff';

const { index } = buildNumberIndex(tariff, [{ number: '4001236688', carrier: '联通' }]);

describe('the 选号 filter in the URL', () => {
  it('digits as typed: full-width, spaces and dashes; nothing else', () => {
    expect(digitsOf('８８ 8-8')).toBe('8888');
    expect(digitsOf('')).toBe('');
    expect(digitsOf('88a')).toBeUndefined();
    expect(digitsOf('12345678901')).toBeUndefined();
    expect(excludedDigits('4，7、4 0')).toBe('047');
  });

  it('round-trips a state', () => {
    const state = {
      ...EMPTY_PICKER,
      grade: 'special',
      rule: 'AABB',
      end: '88',
      no: '4',
      budget: '3000',
      carrier: '联通',
    };
    const search = writePickerState(state);
    expect(search).toBe('?grade=special&rule=AABB&end=88&no=4&budget=3000&carrier=%E8%81%94%E9%80%9A');
    expect(readPickerState(index, search)).toEqual({ state, reset: [] });
    expect(writePickerState(EMPTY_PICKER)).toBe('');
  });

  it('unknown or hostile values fall back and are named', () => {
    expect(
      readPickerState(index, '?grade=<script>&rule=ZZ&end=8a&has=%00&no=x&budget=1&carrier=移动').reset.sort(),
    ).toEqual(['budget', 'carrier', 'end', 'grade', 'has', 'no', 'rule']);
    // A rule of another grade than the one named keeps the grade only.
    expect(readPickerState(index, '?grade=super&rule=AABB')).toEqual({
      state: { ...EMPTY_PICKER, grade: 'super' },
      reset: ['rule'],
    });
  });

  it('the filter uses the digits; fields that are not digits are named', () => {
    expect(filterOf({ ...EMPTY_PICKER, end: '８８', no: '4,4' })).toEqual({
      filter: { ...EMPTY_PICKER, end: '88', no: '4' },
      invalid: [],
    });
    expect(filterOf({ ...EMPTY_PICKER, has: 'abc' }).invalid).toEqual(['has']);
  });
});
