import { describe, expect, it } from 'vitest';
import { costCurves } from '../../src/engine/cost-curves';
import { publishedRequest as request, tariff } from '../helpers/tariff';

describe('cost curves (published tariff)', () => {
  const oneYear = request({ minutesPerMonth: 0, prepayYears: 1 });

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
