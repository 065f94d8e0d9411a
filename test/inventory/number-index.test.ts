import fc from 'fast-check';
import { fuzzRuns } from '../helpers/fuzz-runs';
import { describe, expect, it } from 'vitest';
import { gradeOfNumber } from '../../src/engine/index';
import { decodeTails, numberOf } from '../../src/inventory/codec';
import { buildNumberIndex, CHUNK_SIZE, type BuiltIndex } from '../../src/inventory/number-index';
import { MatchCache, NO_FILTER, runQuery, type NumberFilter, type QueryResult } from '../../src/inventory/query';
import { demoInventory } from '../../src/inventory/read';
import { tariff } from '../helpers/tariff';

/** Runs a query as the page does: fetch what it says is missing, run again. Counts the bytes fetched. */
function query(built: BuiltIndex, filter: Partial<NumberFilter>, limit = 50) {
  const files = new Map(built.files.map((f) => [f.name, f.bytes]));
  const counts = new Map(built.index.buckets.flatMap((b) => b.chunks.map((c) => [c.file, c.count] as const)));
  const loaded = new Map<string, Uint32Array>();
  let bytes = 0;
  let trips = 0;
  let result: QueryResult;
  for (;;) {
    result = runQuery(built.index, { ...NO_FILTER, ...filter }, loaded, limit);
    if (result.missing.length === 0) break;
    trips++;
    for (const file of result.missing) {
      const data = files.get(file);
      if (data === undefined) throw new Error(`no file ${file}`);
      bytes += data.length;
      loaded.set(file, decodeTails(data, counts.get(file) ?? 0));
    }
  }
  return { ...result, bytes, trips };
}

const rank = (grade: string) => tariff.grades.findIndex((g) => g.id === grade);

/** What a query must find, judged number by number with the engine (the slow, obvious way). */
function expected(numbers: string[], filter: Partial<NumberFilter>) {
  const f = { ...NO_FILTER, ...filter };
  const budget = f.budget === '' ? undefined : tariff.plans.filter((p) => Number(p.yearly) <= Number(f.budget));
  return numbers
    .map((number) => ({ number, ...gradeOfNumber(tariff, number) }))
    .filter(
      (n) =>
        (f.grade === '' || n.grade.id === f.grade) &&
        (f.rule === '' || n.rule === f.rule) &&
        n.number.endsWith(f.end) &&
        n.number.includes(f.has) &&
        ![...f.no].some((d) => n.number.slice(3).includes(d)) &&
        (budget === undefined ||
          budget.some((p) => tariff.plans.indexOf(p) >= 0 && tariff.plans.includes(p) && allows(p.id, n.grade.id))),
    )
    .sort((a, b) => rank(b.grade.id) - rank(a.grade.id) || a.number.localeCompare(b.number))
    .map((n) => n.number);
}

function allows(plan: string, grade: string): boolean {
  const { plansForGrade, findGrade } = tariffTools;
  const g = findGrade(grade);
  return g !== undefined && plansForGrade(g).some((p) => p.id === plan);
}
const tariffTools = {
  findGrade: (id: string) => tariff.grades.find((g) => g.id === id),
  plansForGrade: (g: (typeof tariff.grades)[number]) =>
    tariff.plans.filter((p) =>
      p.maxMonthlyMinimum !== undefined
        ? g.kind === 'ordinary' && Number(g.monthlyMinimum ?? 0) <= Number(p.maxMonthlyMinimum)
        : p.maxGrade !== undefined && rank(g.id) <= rank(p.maxGrade),
    ),
};

const FIXTURE = [
  '4001231122', // AABB, 特级
  '4005073344', // AABB
  '4001212121', // ABABAB, 超级
  '4007778888', // AAAA, 超级
  '4001238888', // AAAA
  '4006661212', // ABAB
  '4001236666', // AAAA
  '4001234567', // 普通 50
  '4004444567', // 普通 50, with 4s
  '4001230766', // 66, 普通 80
  '4009990799', // 99
  '4001112223', // 普通 50
];

describe('the 选号 index', () => {
  const built = buildNumberIndex(
    tariff,
    FIXTURE.map((number, i) => ({ number, ...(i % 3 === 0 ? { carrier: '电信' } : {}) })),
  );

  it('lists grades rarest first, each with its rules from the data and its cheapest plan', () => {
    expect(
      built.index.grades.map((g) => [g.id, g.rules.map((r) => r.rule), g.cheapest?.name, g.cheapest?.yearly]),
    ).toEqual([
      ['super', ['AAAA', 'ABCABC', 'ABABAB', 'AABBCC'], '年套餐 80000元/年', '80,000.00'],
      ['special', ['AAA', 'AABB', 'ABAB'], '年套餐 3000元/年', '3,000.00'],
      ['ordinary-80', ['66', '88', '99'], '月套餐 960元/年', '960.00'],
      ['ordinary-50', ['default'], '月套餐 600元/年', '600.00'],
    ]);
    expect(built.index.budgets.find((b) => b.yearly === '1200')?.grades).toEqual(['ordinary-50', 'ordinary-80']);
    expect(built.index.carriers).toEqual(['电信']);
  });

  it('finds by rule, grade, ending, digits and budget, rarest grade first then by number', () => {
    expect(query(built, { rule: 'AABB' }).items.map((i) => i.number)).toEqual(['4001231122', '4005073344']);
    expect(query(built, { end: '8888' }).items.map((i) => i.number)).toEqual(['4001238888', '4007778888']);
    expect(query(built, { grade: 'super', no: '4' }).items.map((i) => i.number)).toEqual([
      '4001212121',
      '4001236666',
      '4001238888',
      '4007778888',
    ]);
    const cheap = query(built, { budget: '1200' });
    expect(cheap.items.map((i) => i.grade)).toEqual([...Array(2).fill('ordinary-80'), ...Array(3).fill('ordinary-50')]);
    expect(cheap.total).toBe(5);
    expect(query(built, { has: '0799' }).items.map((i) => i.number)).toEqual(['4009990799']);
    expect(query(built, { carrier: '电信', grade: 'super' }).items).toEqual([
      { number: '4001236666', grade: 'super', rule: 'AAAA', carrier: '电信' },
      { number: '4007778888', grade: 'super', rule: 'AAAA', carrier: '电信' },
    ]);
  });

  it('agrees with the engine number by number, for random inventories and filters', () => {
    const filterArb = fc.record({
      grade: fc.constantFrom('', ...tariff.grades.map((g) => g.id)),
      rule: fc.constantFrom('', 'AAA', 'AABB', '88', 'default'),
      end: fc.constantFrom('', '8', '88', '0', '12', '4001'),
      has: fc.constantFrom('', '4', '00', '123', '4000'),
      no: fc.constantFrom('', '4', '47', '0123456'),
      budget: fc.constantFrom('', '600', '1200', '3000'),
      carrier: fc.constant(''),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 9_999_999 }), { maxLength: 400 }),
        filterArb,
        fc.integer({ min: 1, max: 60 }),
        (tails, filter, limit) => {
          const numbers = tails.map(numberOf);
          const all = expected(numbers, filter);
          const result = query(
            buildNumberIndex(
              tariff,
              numbers.map((number) => ({ number })),
            ),
            filter,
            limit,
          );
          expect(result.items.map((i) => i.number)).toEqual(all.slice(0, limit));
          expect(result.total).toBe(all.length);
        },
      ),
      fuzzRuns(300),
    );
  });

  it('typing on, backspacing and changing lists with one match cache gives what a fresh query gives', () => {
    const big = buildNumberIndex(tariff, demoInventory(20_000));
    const loaded = new Map(
      big.index.buckets.flatMap((b) =>
        b.chunks.map(
          (c) =>
            [
              c.file,
              decodeTails(big.files.find((f) => f.name === c.file)?.bytes ?? new Uint8Array(), c.count),
            ] as const,
        ),
      ),
    );
    const cache = new MatchCache(8);
    const typed: Partial<NumberFilter>[] = [
      { has: '1' },
      { has: '12' },
      { has: '123' },
      { has: '12' },
      { has: '12', no: '4' },
      { has: '12', no: '47' },
      { grade: 'ordinary-50', has: '12', no: '4' },
      { end: '8' },
      { end: '88' },
      { end: '8' },
      { end: '68' },
      { has: '400' },
      { has: '4001' },
    ];
    for (const f of typed) {
      const filter = { ...NO_FILTER, ...f };
      expect(runQuery(big.index, filter, loaded, 30, cache), JSON.stringify(f)).toEqual(
        runQuery(big.index, filter, loaded, 30),
      );
    }
  });

  describe('at 100,000 numbers', () => {
    const big = buildNumberIndex(tariff, demoInventory(100_000));
    const totalBytes = big.files.reduce((n, f) => n + f.bytes.length, 0);

    it('the whole inventory is about 1.2 bytes a number, and every number comes back', () => {
      expect(totalBytes).toBeLessThan(250_000);
      const all = new Set<number>();
      for (const b of big.index.buckets)
        for (const c of b.chunks) {
          const file = big.files.find((f) => f.name === c.file);
          for (const t of decodeTails(file?.bytes ?? new Uint8Array(), c.count)) all.add(t);
        }
      expect(all.size).toBe(100_000);
      expect(big.index.buckets.every((b) => b.chunks.every((c) => c.count <= CHUNK_SIZE))).toBe(true);
    });

    it('a grade or rule query fetches at most 50 KB, in at most two round trips', () => {
      for (const grade of tariff.grades) {
        const r = query(big, { grade: grade.id });
        expect(r.bytes, grade.id).toBeLessThanOrEqual(50_000);
        expect(r.trips, grade.id).toBeLessThanOrEqual(2);
      }
      const first = query(big, {});
      expect(first.bytes).toBeLessThanOrEqual(50_000);
      expect(first.total).toBe(100_000);
      expect(query(big, { rule: 'AABB' }).bytes).toBeLessThan(5_000);
    });

    it('ends with 8888: every one of them, from the whole inventory', () => {
      const r = query(big, { end: '8888' }, 1000);
      expect(r.bytes).toBe(totalBytes);
      const numbers = demoInventory(100_000)
        .map((n) => n.number)
        .filter((n) => n.endsWith('8888'));
      expect(r.items.map((i) => i.number).sort()).toEqual(numbers.sort());
      expect(r.items.every((i) => i.rule === 'AAAA')).toBe(true);
    });
  });
});
