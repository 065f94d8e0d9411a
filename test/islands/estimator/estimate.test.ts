import { describe, expect, it } from 'vitest';
import { slimTariff, type QuoteResult, type SlimTariff } from '../../../src/engine/index';
import { estimate, firstEstimate } from '../../../src/islands/estimator/estimate';
import { defaultState, estimateKey, type EstimatorState } from '../../../src/islands/input/url-state';
import { tariff } from '../../helpers/tariff';

const published = slimTariff(tariff);
const totals = (result: QuoteResult) =>
  result.ok ? ('quote' in result ? [result.quote.total] : result.quotes.map((q) => q.total)) : [result.error.message];

/** A scheduled version: 600 → 720 a year for the monthly plan, and 彩铃功能 withdrawn. */
const scheduled: SlimTariff = {
  ...published,
  settings: { ...published.settings, effective: '2030-01-01' },
  plans: published.plans.map((p) => (p.id === 'monthly-600' ? { ...p, yearly: '720' } : p)),
  addons: published.addons.filter((a) => a.id !== 'ringback'),
};

describe('the estimator’s quote of a state', () => {
  it('the first state (no link): every plan for 300 minutes, 1 year, an ordinary number, as published', () => {
    const first = firstEstimate(published, []);
    expect(first.key).toBe(estimateKey(published, defaultState(published)));
    expect(totals(first.result)).toEqual(['600.00', '960.00', '1200.00', '1500.00', '2000.00', '3600.00', null, null]);
    expect(first.later).toEqual([]);
  });

  it('beside each scheduled version, without the add-ons it withdraws, which are named', () => {
    const state: EstimatorState = { ...defaultState(published), plan: 'monthly-600', addons: { ringback: {} } };
    const worked = estimate(published, state, [scheduled]);
    expect(totals(worked.result)).toEqual(['700.00']);
    expect(worked.later.map((l) => [totals(l.result), l.stopped])).toEqual([[['720.00'], ['彩铃功能']]]);
    expect(estimate(published, state, []).later).toEqual([]);
  });

  it('the key names the version and every field of the request, and nothing else', () => {
    const state = defaultState(published);
    expect(estimateKey(published, { ...state, version: 'x' })).toBe(estimateKey(published, state));
    expect(estimateKey(scheduled, state)).not.toBe(estimateKey(published, state));
    for (const change of [
      { minutes: 301 },
      { years: 2 },
      { invoice: true },
      { plan: 'annual-1200' },
      { grade: 'special' },
    ])
      expect(estimateKey(published, { ...state, ...change }), JSON.stringify(change)).not.toBe(
        estimateKey(published, state),
      );
    expect(estimateKey(published, { ...state, by: 'number', number: '4001236688' })).not.toBe(
      estimateKey(published, state),
    );
  });
});
