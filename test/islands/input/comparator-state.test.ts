import { describe, expect, it } from 'vitest';
import {
  defaultComparatorState,
  readComparatorState,
  writeComparatorState,
} from '../../../src/islands/input/comparator-state';
import { tariff } from '../../helpers/tariff';

describe('comparator URL state', () => {
  it('the comparator reads back what it writes, and names what it ignored', () => {
    const state = { minutes: 1500, years: 2, grade: 'special' };
    const search = writeComparatorState(tariff, state);
    expect(search).toBe('?minutes=1500&years=2&grade=special');
    expect(readComparatorState(tariff, search)).toEqual({ state, reset: [] });
    expect(writeComparatorState(tariff, defaultComparatorState(tariff))).toBe('');
    expect(readComparatorState(tariff, '?minutes=-1&years=9&grade=gold')).toEqual({
      state: defaultComparatorState(tariff),
      reset: ['minutes', 'years', 'grade'],
    });
  });
});
