import { describe, expect, it } from 'vitest';
import { slimTariff } from '../../src/engine/index';
import { comparisonRequest, firstComparison, planPairs, totalsAt } from '../../src/islands/comparison';
import { tariff } from '../helpers/tariff';

const published = slimTariff(tariff);

describe('the comparator’s figures (published tariff)', () => {
  it('the first state: 300 minutes, 1 year, an ordinary number; six plans priced, break-evens between neighbours', () => {
    const first = firstComparison(published);
    expect([first.minutes, first.years, first.grade]).toEqual([300, 1, 'ordinary-50']);
    expect(first.pairs?.priced).toEqual([
      'monthly-600',
      'monthly-960',
      'annual-1200',
      'annual-1500',
      'annual-2000',
      'annual-3600',
    ]);
    // monthly-960 costs no more than monthly-600 once 12 × 0.13 × m ≥ 960: m = 616.
    expect(first.pairs?.breakEvens.map((b) => [b.from, b.to, b.minutes])).toEqual([
      ['monthly-600', 'monthly-960', 616],
      ['monthly-960', 'annual-1200', 834],
      ['annual-1200', 'annual-1500', 1250],
      ['annual-1500', 'annual-2000', 1667],
      ['annual-2000', 'annual-3600', 3000],
    ]);
    expect(first.quotes?.map((q) => q.total)).toEqual([
      '600.00',
      '960.00',
      '1200.00',
      '1500.00',
      '2000.00',
      '3600.00',
      null,
      null,
    ]);
  });

  it('a 特级 number has no priced plan; other minutes are quoted; a grade or years the tariff lacks has no figures', () => {
    expect(planPairs(published, 2, 'special')).toEqual({ priced: [], breakEvens: [] });
    expect(totalsAt(published, 1, 'ordinary-50', 1500)?.find((q) => q.plan === 'annual-1200')?.total).toBe('1800.00');
    expect(comparisonRequest(published, 1, 'gold')).toBeUndefined();
    expect(planPairs(published, 99, 'ordinary-50')).toBeUndefined();
    expect(totalsAt(published, 1, 'gold', 300)).toBeUndefined();
  });
});
