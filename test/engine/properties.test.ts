/** Laws that hold for every request: checked over many random ones with fast-check. */
import fc from 'fast-check';
import { fuzzRuns } from '../helpers/fuzz-runs';
import { describe, expect, it } from 'vitest';
import { amount, quote, type Quote } from '../../src/engine/index';
import { tariff } from '../helpers/tariff';
import { REQUEST_LIMITS } from '../../src/engine/limits';

const AMOUNT = /^\d+\.\d{2}$/u;

const quantityArb = (min: number) => fc.oneof(fc.integer({ min, max: 50 }), fc.integer({ min, max: 2_000_000 }));
const addonsArb = fc.record(
  {
    ringback: fc.constant({}),
    'ringback-multi': fc.record({ files: quantityArb(1) }, { requiredKeys: [] }),
    'ringback-recording': fc.record({ chars: quantityArb(1), count: quantityArb(1) }, { requiredKeys: [] }),
    'ringback-upload': fc.record({ uploads: quantityArb(1) }, { requiredKeys: [] }),
    ivr: fc.record({ levels: fc.integer({ min: 1, max: 12 }), extraExtensions: quantityArb(0) }, { requiredKeys: [] }),
    'office-hours': fc.constant({}),
    voicemail: fc.constant({}),
    'voice-storage': fc.constant({}),
    trunk: fc.record({ lines: quantityArb(1) }, { requiredKeys: [] }),
    'extra-seats': fc.record({ phones: quantityArb(1) }, { requiredKeys: [] }),
    'anti-fake': fc.record({ codes: quantityArb(1) }, { requiredKeys: [] }),
    'hangup-sms': fc.constant({}),
  },
  { requiredKeys: [] },
);
const requestArb = fc.record({
  plan: fc.constantFrom(...tariff.plans.map((p) => p.id)),
  minutesPerMonth: fc.oneof(
    fc.integer({ min: 0, max: 5000 }),
    fc.integer({ min: 0, max: REQUEST_LIMITS.minutesPerMonth - 10_000 }),
  ),
  prepayYears: fc.integer({ min: 1, max: 3 }),
  invoice: fc.boolean(),
  grade: fc.constantFrom(...tariff.grades.map((g) => g.id)),
  addons: addonsArb,
});

function one(request: unknown): Quote {
  const result = quote(tariff, request);
  if (!result.ok || !('quote' in result)) throw new Error(JSON.stringify(result));
  return result.quote;
}

describe('quote laws', () => {
  it('total = Σ lines + tax, and every amount is a clean two-decimal string', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const q = one(request);
        if (q.total === null) {
          // No total: only a 来电咨询 rate keeps the known lines (its 年最低消费 and add-ons), each a clean amount.
          if (!(q.consult && q.lines.length > 0)) expect(q.lines).toEqual([]);
          for (const line of q.lines) expect(line.amount).toMatch(AMOUNT);
          expect([q.subtotal, q.tax, q.perYear]).toEqual([null, null, null]);
          return;
        }
        for (const value of [...q.lines.map((l) => l.amount), q.subtotal, q.tax, q.total, q.perYear])
          expect(value).toMatch(AMOUNT);
        const lines = q.lines.reduce((acc, l) => acc.plus(amount(l.amount)), amount(0));
        expect(lines.toFixed(2)).toBe(q.subtotal);
        expect(lines.plus(amount(q.tax ?? '0')).toFixed(2)).toBe(q.total);
        expect(q.vip).toBe(lines.greaterThanOrEqualTo(15000));
      }),
      fuzzRuns(1500),
    );
  });

  it('more minutes never cost less', () => {
    fc.assert(
      fc.property(requestArb, fc.integer({ min: 1, max: 10_000 }), (request, more) => {
        const a = one(request);
        const b = one({ ...request, minutesPerMonth: request.minutesPerMonth + more });
        if (a.total === null) return;
        expect(amount(b.total ?? '0').greaterThanOrEqualTo(amount(a.total))).toBe(true);
      }),
      fuzzRuns(800),
    );
  });

  it('an invoice adds 8% of the subtotal, rounded to the fen', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const q = one({ ...request, invoice: true });
        if (q.subtotal === null) return;
        const exact = amount(q.subtotal).times('0.08');
        expect(
          amount(q.tax ?? '0')
            .minus(exact)
            .abs()
            .lessThanOrEqualTo('0.005'),
        ).toBe(true);
      }),
      fuzzRuns(500),
    );
  });

  it('quoting every plan returns each plan once, priced plans by total', () => {
    fc.assert(
      fc.property(requestArb, ({ plan: _plan, ...request }) => {
        const result = quote(tariff, request);
        if (!result.ok || !('quotes' in result)) throw new Error('expected quotes');
        expect(result.quotes.map((q) => q.plan).sort()).toEqual(tariff.plans.map((p) => p.id).sort());
        const totals = result.quotes.filter((q) => q.total !== null).map((q) => amount(q.total ?? '0'));
        totals.forEach((t, i) => {
          const previous = totals[i - 1];
          if (previous !== undefined) expect(t.greaterThanOrEqualTo(previous)).toBe(true);
        });
      }),
      fuzzRuns(300),
    );
  });

  it('hostile requests give an error naming a field, never a throw', () => {
    const hostile = fc.oneof(
      fc.anything(),
      fc.record(
        { plan: fc.string(), minutesPerMonth: fc.anything(), prepayYears: fc.anything(), addons: fc.anything() },
        { requiredKeys: [] },
      ),
      fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'plan', 'toString', 'addons'), fc.anything()),
    );
    fc.assert(
      fc.property(hostile, (request) => {
        const result = quote(tariff, request);
        if (!result.ok) expect(result.error.field.length).toBeGreaterThan(0);
      }),
      fuzzRuns(2000),
    );
  });
});
