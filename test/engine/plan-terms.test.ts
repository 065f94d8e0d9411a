import { describe, expect, it } from 'vitest';
import { PERIOD_NAMES, PERIOD_UNITS, periodsOf } from '../../src/engine/plan-terms';
import { ChargePeriodSchema } from '../../src/engine/schemas/addon';

describe('charge periods', () => {
  it('every list of period words names exactly the periods the schema allows', () => {
    const periods = [...ChargePeriodSchema.options].sort();
    expect(Object.keys(PERIOD_UNITS).sort()).toEqual(periods);
    expect(Object.keys(PERIOD_NAMES).sort()).toEqual(periods);
  });

  it('a charge is paid once per year, 12 times per year monthly, or once', () => {
    expect(periodsOf('year', 3)).toEqual({ count: 3, word: '年' });
    expect(periodsOf('month', 2)).toEqual({ count: 24, word: '个月' });
    expect(periodsOf('once', 4)).toEqual({ count: 1, word: '' });
  });

  it('a period the code does not know is refused, never priced as a one-off', () => {
    expect(() => periodsOf('quarter' as never, 1)).toThrow('unknown charge period quarter');
  });
});
