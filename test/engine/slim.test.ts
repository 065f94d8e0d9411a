import { describe, expect, expectTypeOf, it } from 'vitest';
import { findPlan, quote, readVersion, slimTariff, type SlimTariff, type Tariff } from '../../src/engine/index';
import { tariff } from '../helpers/tariff';

describe('the slim tariff widgets get', () => {
  const slim = slimTariff(tariff);
  const date = tariff.settings.effective;
  const json = () => JSON.parse(JSON.stringify(slim)) as Record<string, unknown>;

  it('drops the sources, summaries and notes, and keeps what the engine computes with', () => {
    const text = JSON.stringify(slim);
    expect(text).not.toMatch(/"(source|taxSource|vipSource|consultSource|effectiveSource|summary)"/u);
    expect(slim.notes).toEqual([]);
    expect(slim.plans.map((p) => [p.id, p.yearly, p.rate])).toEqual(tariff.plans.map((p) => [p.id, p.yearly, p.rate]));
  });

  it('its type says what it lacks, and the engine takes it and a full tariff alike', () => {
    expectTypeOf(slim).toEqualTypeOf<SlimTariff>();
    expectTypeOf(slim.plans[0]).not.toHaveProperty('source');
    expectTypeOf(slim.settings).not.toHaveProperty('taxSource');
    expectTypeOf<Tariff>().toExtend<SlimTariff>();
    // A look-up hands back the element as the tariff holds it: a full plan keeps its source.
    expectTypeOf(findPlan(tariff, 'annual-1200')).toEqualTypeOf<Tariff['plans'][number] | undefined>();
    const request = { plan: 'annual-1200', minutesPerMonth: 300, prepayYears: 1 };
    expect(quote(slim, request)).toEqual(quote(tariff, request));
  });

  it('a fetched version is taken when it is what slimTariff wrote for the date asked', () => {
    expect(readVersion(json(), date)).toEqual(slim);
  });

  it('anything else is refused: another date, an error page, another format', () => {
    expect(readVersion(json(), '2099-01-01')).toBeUndefined();
    for (const bad of [null, '<!doctype html>', [], {}, { ...json(), plans: {} }, { ...json(), contact: undefined }])
      expect(readVersion(bad, date)).toBeUndefined();
    const plans = (json()['plans'] as Record<string, unknown>[]).map((p) => ({ ...p, rate: 0.13 }));
    expect(readVersion({ ...json(), plans }, date)).toBeUndefined();
    const settings = { ...(json()['settings'] as object), taxRate: '8%' };
    expect(readVersion({ ...json(), settings }, date)).toBeUndefined();
    const addons = (json()['addons'] as Record<string, unknown>[]).map(({ charges: _, ...a }) => a);
    expect(readVersion({ ...json(), addons }, date)).toBeUndefined();
    const grades = (json()['grades'] as Record<string, unknown>[]).map((g) => ({ ...g, id: 7 }));
    expect(readVersion({ ...json(), grades }, date)).toBeUndefined();
    expect(readVersion({ ...json(), notes: null }, date)).toBeUndefined();
  });
});
