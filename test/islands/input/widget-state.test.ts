import { describe, expect, it } from 'vitest';
import {
  defaultComparatorState,
  readCheckerState,
  readComparatorState,
  writeCheckerState,
  writeComparatorState,
} from '../../../src/islands/input/widget-state';
import { tariff } from '../../helpers/tariff';

describe('checker and comparator URL state', () => {
  it('the checker reads back what it writes', () => {
    const state = { text: '4001236688\n400-123-4566', order: 'high' as const };
    const search = writeCheckerState(state);
    expect(search).toBe('?n=4001236688%0A400-123-4566&sort=high');
    expect(readCheckerState(search)).toEqual({ state, reset: [] });
    expect(readCheckerState('?sort=<script>')).toEqual({ state: { text: '', order: 'input' }, reset: ['sort'] });
  });

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
