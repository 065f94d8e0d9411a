import { describe, expect, it } from 'vitest';
import { breakEvenMinutes } from '../../src/engine/compare';
import { publishedRequest as request, tariff } from '../helpers/tariff';

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
});
