/** Random and hostile input at every edge of the engine and the widgets' pure logic: no throw, no NaN, no float artefact. */
import fc from 'fast-check';
import { fuzzRuns } from '../helpers/fuzz-runs';
import { describe, expect, it } from 'vitest';
import { classify, normaliseNumber, quote } from '../../src/engine/index';
import { splitNumbers } from '../../src/islands/input/batch';
import { tariff } from '../helpers/tariff';

const AMOUNT = /^\d+\.\d{2}$/u;
// Digits of other scripts stay non-digits (NFKC keeps them; it maps only compatibility forms such as 𝟒 and ４).
const OTHER_DIGITS = ['٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹', '०१२३४५६७८९', '০১২৩৪৫৬৭৮৯', '๐๑๒๓๔๕๖๗๘๙'];

describe('fuzz', () => {
  it('classify never throws and returns a valid shape for any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.string({ unit: fc.constantFrom('4', '0', '1', ' ', '-', '０', '٤', '(', ')') }),
        ),
        (input) => {
          const result = classify(tariff, input);
          if (result.valid) {
            expect(result.number).toMatch(/^400\d{7}$/u);
            expect(result.plans?.length).toBeGreaterThan(0);
          } else {
            expect(['empty', 'not-digits', 'prefix', 'length']).toContain(result.error?.code);
          }
        },
      ),
      fuzzRuns(3000),
    );
  });

  it('digits of other scripts are not digits', () => {
    for (const digits of OTHER_DIGITS) {
      const four = [...digits][4] ?? '';
      const zero = [...digits][0] ?? '';
      const one = [...digits][1] ?? '';
      expect(normaliseNumber(`${four}${zero}${zero}${one.repeat(7)}`)).toMatchObject({
        ok: false,
        error: { code: 'not-digits' },
      });
    }
  });

  it('very long input is judged, not crashed on', () => {
    expect(classify(tariff, '4'.repeat(5_000_000)).error?.code).toBe('prefix');
    expect(classify(tariff, `${'-'.repeat(1_000_000)}4001236688`).grade?.id).toBe('special');
    expect(splitNumbers(`${'4001236688,'.repeat(100_000)}`)).toHaveLength(100_000);
  });

  it('huge and hostile quantities give a quote with clean amounts or a named error', () => {
    const quantity = fc.oneof(
      fc.integer({ min: -10, max: 10 }),
      fc.constantFrom(
        Number.MAX_SAFE_INTEGER,
        Number.MAX_SAFE_INTEGER + 2,
        1e21,
        -0,
        0.1 + 0.2,
        Number.NaN,
        Number.POSITIVE_INFINITY,
      ),
      fc.anything(),
    );
    const request = fc.record({
      plan: fc.constantFrom(...tariff.plans.map((p) => p.id)),
      minutesPerMonth: fc.oneof(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), quantity),
      prepayYears: fc.oneof(fc.integer({ min: 1, max: 3 }), quantity),
      invoice: fc.boolean(),
      addons: fc.dictionary(
        fc.constantFrom(...tariff.addons.map((a) => a.id), '__proto__', 'constructor'),
        fc.dictionary(
          fc.constantFrom(
            'files',
            'chars',
            'count',
            'uploads',
            'levels',
            'extraExtensions',
            'lines',
            'phones',
            'codes',
            '__proto__',
          ),
          quantity,
        ),
      ),
    });
    fc.assert(
      fc.property(request, (r) => {
        const result = quote(tariff, r);
        if (!result.ok) {
          expect(result.error.field).toMatch(/^(minutesPerMonth|prepayYears|addons\..+)$/u);
          return;
        }
        const q = 'quote' in result ? result.quote : result.quotes[0];
        if (q === undefined || q.total === null) return;
        for (const value of [...q.lines.map((l) => l.amount), q.subtotal, q.tax, q.total, q.perYear]) {
          expect(value).toMatch(AMOUNT);
        }
        expect(JSON.stringify(q)).not.toMatch(/NaN|Infinity|e\+/u);
      }),
      fuzzRuns(2000),
    );
  });
});
