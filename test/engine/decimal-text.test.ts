import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDecimalTexts, isDecimalText, plainDecimal, sharePercent } from '../../src/engine/decimal-text';

/** Amounts as the data may write them, leading and trailing zeros included ("007.500"). */
const amountText = fc
  .tuple(fc.stringMatching(/^\d{1,15}$/u), fc.option(fc.stringMatching(/^\d{1,4}$/u), { nil: undefined }))
  .map(([whole, fraction]) => (fraction === undefined ? whole : `${whole}.${fraction}`));

describe('amounts as text', () => {
  it('the shortest form, a share as a percentage, and their order', () => {
    expect(['600', '600.00', '0.130', '1500.5', '007', '0.0'].map(plainDecimal)).toEqual([
      '600',
      '600',
      '0.13',
      '1500.5',
      '7',
      '0',
    ]);
    expect(['0.08', '0.065', '1', '0.0001', '12.3456'].map(sharePercent)).toEqual([
      '8',
      '6.5',
      '100',
      '0.01',
      '1234.56',
    ]);
    expect([
      compareDecimalTexts('50', '200'),
      compareDecimalTexts('200.0', '200'),
      compareDecimalTexts('0.5', '0.45'),
    ]).toEqual([-1, 0, 1]);
  });

  it('agree with decimal.js on every amount the data can write', () => {
    fc.assert(
      fc.property(amountText, amountText, (a, b) => {
        expect(isDecimalText(a)).toBe(true);
        expect(plainDecimal(a)).toBe(new Decimal(a).toFixed());
        expect(sharePercent(a)).toBe(new Decimal(a).times(100).toFixed());
        expect(compareDecimalTexts(a, b)).toBe(new Decimal(a).comparedTo(b));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuse text that is not an amount rather than guess', () => {
    for (const bad of ['', '-1', '1e3', '1.', '.5', ' 1', '１'])
      expect(() => plainDecimal(bad), bad).toThrow(`not an amount: "${bad}"`);
    expect(isDecimalText('1.23456')).toBe(false);
  });
});
