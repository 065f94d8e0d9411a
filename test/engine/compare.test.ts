import { describe, expect, it } from 'vitest';
import { breakEvenMinutes, costCurves, parseQuoteRequest, type QuoteRequest } from '../../src/engine/index';
import { tariff } from '../helpers/tariff';

function request(input: Record<string, unknown>): QuoteRequest {
  const parsed = parseQuoteRequest(tariff, input);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.request;
}

describe('plans compared (published tariff)', () => {
  const oneYear = request({ minutesPerMonth: 0, prepayYears: 1 });

  it('the break-even minutes of monthly-600 and annual-1200: 1.56 × m ≥ 1200 first at m = 770', () => {
    // monthly-600: 600 + 12 × (0.13 m − 50) = 1.56 m; annual-1200 stays 1,200 up to 1,000 minutes.
    expect(breakEvenMinutes(tariff, oneYear, 'monthly-600', 'annual-1200')).toBe(770);
  });

  it('is null when the dearer plan never catches up within the limit, or has no total', () => {
    expect(breakEvenMinutes(tariff, oneYear, 'monthly-600', 'annual-1200', 500)).toBeNull();
    expect(breakEvenMinutes(tariff, oneYear, 'annual-2000', 'annual-80000')).toBeNull();
    expect(breakEvenMinutes(tariff, oneYear, 'annual-80000', 'annual-2000')).toBeNull();
  });

  it('is 0 when the other plan costs no more from the first minute', () => {
    // annual-1200 and annual-1500 have one rate: the 1200 plan is never dearer.
    expect(breakEvenMinutes(tariff, oneYear, 'annual-1500', 'annual-1200')).toBe(0);
  });

  it('a plan without a total (来电咨询) has no curve', () => {
    const curves = costCurves(tariff, oneYear, ['annual-80000', 'monthly-600'], 1000, 2);
    expect([...curves.keys()]).toEqual(['monthly-600']);
  });

  it('cost curves run from 0 to the range in even steps, each point a quote total', () => {
    const curves = costCurves(tariff, oneYear, ['monthly-600', 'annual-1200'], 2000, 4);
    expect(curves.get('monthly-600')?.map((p) => [p.minutes, p.total])).toEqual([
      [0, '600.00'],
      [500, '780.00'],
      [1000, '1560.00'],
      [1500, '2340.00'],
      [2000, '3120.00'],
    ]);
    expect(curves.get('annual-1200')?.map((p) => p.total)).toEqual([
      '1200.00',
      '1200.00',
      '1200.00',
      '1800.00',
      '2400.00',
    ]);
  });
});
