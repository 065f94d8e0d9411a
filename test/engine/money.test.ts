import { describe, expect, it } from 'vitest';
import { amount, atLeastZero, roundToFen, sum, toFenString, toPlainString } from '../../src/engine/money';

describe('money', () => {
  it('rounds half up to the fen, the only rounding the tariff allows', () => {
    expect(['0.005', '0.004', '1200.125', '2.675', '-0.005'].map((v) => toFenString(roundToFen(amount(v))))).toEqual([
      '0.01',
      '0.00',
      '1200.13',
      '2.68',
      '-0.01',
    ]);
  });

  it('writes two decimals and never an exponent, even far from 1', () => {
    expect(toFenString(amount('100000000000000000000'))).toBe('100000000000000000000.00');
    expect(toFenString(amount('0.0000001'))).toBe('0.00');
  });

  it('sums exactly where binary floating point would not', () => {
    expect(toFenString(sum([amount('0.1'), amount('0.2')]))).toBe('0.30');
    expect(toFenString(sum([]))).toBe('0.00');
  });

  it('a negative amount becomes 0; others stay', () => {
    expect([atLeastZero(amount('-3')), atLeastZero(amount('3'))].map(toFenString)).toEqual(['0.00', '3.00']);
  });

  it('labels: the shortest exact form', () => {
    expect([toPlainString('600'), toPlainString(amount('0.130')), toPlainString('1500.5')]).toEqual([
      '600',
      '0.13',
      '1500.5',
    ]);
  });
});
