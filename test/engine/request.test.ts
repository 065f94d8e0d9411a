/**
 * The hand-written request check (src/engine/request.ts, which runs in the
 * browser) held to the declarative schema built from the data
 * (src/engine/schemas/request.ts): same fields, same ranges, same verdicts.
 */
import fc from 'fast-check';
import { fuzzRuns } from '../helpers/fuzz-runs';
import { describe, expect, it } from 'vitest';
import { parseQuoteRequest, requestFrom } from '../../src/engine/request';
import { REQUEST_LIMITS } from '../../src/engine/limits';
import { quoteRequestSchema } from '../../src/engine/schemas/request';
import { tariff } from '../helpers/tariff';

const schema = quoteRequestSchema(tariff);
const { min: minYears, max: maxYears } = tariff.settings.prepayYears;

/** Whole numbers around every edge the contract has, plus values that are not whole numbers at all. */
const edgy = (min: number, max: number) =>
  fc.oneof(
    fc.constantFrom(min - 1, min, min + 1, max - 1, max, max + 1, 0, -1),
    fc.integer({ min: min - 2, max: max + 2 }),
    fc.constantFrom(1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 2, '1', null, true),
  );

const addonIds = tariff.addons.map((a) => a.id);
const quantities = (id: string) => {
  const specs = tariff.addons.find((a) => a.id === id)?.quantities ?? {};
  const names = Object.keys(specs);
  return fc.dictionary(
    fc.oneof(fc.constantFrom(...(names.length > 0 ? names : ['files'])), fc.constantFrom('nope', '__proto__')),
    edgy(Math.min(...names.map((n) => specs[n]?.min ?? 0), 1), REQUEST_LIMITS.quantity),
    { maxKeys: 3 },
  );
};

const request = fc.record(
  {
    plan: fc.oneof(fc.constantFrom(...tariff.plans.map((p) => p.id)), fc.constantFrom('annual-12OO', '', 7)),
    minutesPerMonth: edgy(0, REQUEST_LIMITS.minutesPerMonth),
    prepayYears: edgy(minYears, maxYears),
    invoice: fc.oneof(fc.boolean(), fc.constantFrom('yes', 1)),
    number: fc.constantFrom('4001236688', '400-123-4566', '12345', '', 4001236688),
    grade: fc.oneof(fc.constantFrom(...tariff.grades.map((g) => g.id)), fc.constant('vip')),
    addons: fc.oneof(
      fc
        .dictionary(fc.oneof(fc.constantFrom(...addonIds), fc.constant('ringbak')), fc.constant(null))
        .chain((picked) => fc.record(Object.fromEntries(Object.keys(picked).map((id) => [id, quantities(id)])))),
      fc.constant([]),
    ),
    extra: fc.constant(1),
  },
  { requiredKeys: [] },
);

describe('the hand-written request check agrees with the schema from the data', () => {
  it('accepts exactly what the schema accepts', () => {
    fc.assert(
      fc.property(request, (input) => {
        expect(parseQuoteRequest(tariff, input).ok).toBe(schema.safeParse(input).success);
      }),
      fuzzRuns(4000),
    );
  });

  it('with one fault, names the field the schema names', () => {
    const valid = { minutesPerMonth: 100, prepayYears: minYears, addons: { ivr: { levels: 2 } } };
    const faults: Record<string, unknown>[] = [
      { plan: 'annual-12OO' },
      { minutesPerMonth: -1 },
      { minutesPerMonth: REQUEST_LIMITS.minutesPerMonth + 1 },
      { prepayYears: maxYears + 1 },
      { invoice: 'yes' },
      { number: '12345' },
      { grade: 'vip' },
      { addons: { ivr: { levels: 0 } } },
      { addons: { ivr: { levels: REQUEST_LIMITS.quantity + 1 } } },
      { addons: { ivr: { floors: 1 } } },
      { addons: { ringbak: {} } },
      { colour: 'red' },
      { date: '2026-02-30' },
    ];
    for (const fault of faults) {
      const input = { ...valid, ...fault };
      const hand = parseQuoteRequest(tariff, input);
      const declared = schema.safeParse(input);
      expect(hand.ok || declared.success).toBe(false);
      if (hand.ok || declared.success) continue;
      const [issue] = declared.error.issues;
      const path = [
        ...(issue?.path ?? []).map(String),
        ...(issue?.code === 'unrecognized_keys' ? [issue.keys[0] ?? ''] : []),
      ].join('.');
      expect(hand.error.field, JSON.stringify(fault)).toBe(path);
    }
  });

  it('every field and quantity of the schema is one the hand check knows', () => {
    const shape = Object.keys(schema.shape);
    for (const field of shape) {
      const result = parseQuoteRequest(tariff, { minutesPerMonth: 0, prepayYears: minYears, [field]: {} });
      if (!result.ok) expect(result.error.message).not.toMatch(/^未知字段/u);
    }
    expect(parseQuoteRequest(tariff, { minutesPerMonth: 0, prepayYears: minYears, colour: 'red' }).ok).toBe(false);
    expect(parseQuoteRequest(tariff, { minutesPerMonth: 0, prepayYears: minYears, date: '2026-02-30' }).ok).toBe(false);
  });

  it('states the upper limits in its messages', () => {
    const tooMany = parseQuoteRequest(tariff, { minutesPerMonth: 1e16, prepayYears: minYears });
    expect(tooMany).toEqual({
      ok: false,
      error: { field: 'minutesPerMonth', message: '每月通话分钟数必须是 0 到 10,000,000 之间的整数' },
    });
    const files = parseQuoteRequest(tariff, {
      minutesPerMonth: 0,
      prepayYears: minYears,
      addons: { 'ringback-multi': { files: 999_999_999 } },
    });
    expect(files.ok ? '' : files.error.message).toBe('「炫铃功能」的炫铃文件总数必须是 1 到 100,000,000 之间的整数');
  });
});

describe('each verdict, exactly (published tariff)', () => {
  const base = { minutesPerMonth: 300, prepayYears: 1 };
  it.each(
    // prettier-ignore
    [
      [{ colour: 'red' }, {"ok": false, "error": {"field": "colour", "message": "未知字段「colour」；可用字段：plan、minutesPerMonth、prepayYears、invoice、number、grade、addons、date"}}],
      [{ '': 1 }, {"ok": false, "error": {"field": "\"\"", "message": "未知字段「」；可用字段：plan、minutesPerMonth、prepayYears、invoice、number、grade、addons、date"}}],
      [{ ['x'.repeat(50)]: 1 }, {"ok": false, "error": {"field": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "message": "未知字段「xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx」；可用字段：plan、minutesPerMonth、prepayYears、invoice、number、grade、addons、date"}}],
      [{ date: '2016-02-30' }, {"ok": false, "error": {"field": "date", "message": "日期必须写成 YYYY-MM-DD，且是真实的日期"}}],
      [{ date: 20160410 }, {"ok": false, "error": {"field": "date", "message": "日期必须写成 YYYY-MM-DD，且是真实的日期"}}],
      [{ date: undefined }, {"ok": true, "request": {"minutesPerMonth": 300, "prepayYears": 1, "invoice": false, "grade": "ordinary-50", "addons": new Map()}}],
      [{ plan: 'gold' }, {"ok": false, "error": {"field": "plan", "message": "未知套餐「gold」；可选：monthly-600、monthly-960、annual-1200、annual-1500、annual-2000、annual-3000、annual-3600、annual-80000"}}],
      [{ plan: 7 }, {"ok": false, "error": {"field": "plan", "message": "未知套餐「7」；可选：monthly-600、monthly-960、annual-1200、annual-1500、annual-2000、annual-3000、annual-3600、annual-80000"}}],
      [{ plan: undefined }, {"ok": true, "request": {"minutesPerMonth": 300, "prepayYears": 1, "invoice": false, "grade": "ordinary-50", "addons": new Map()}}],
      [{ number: '12345' }, {"ok": false, "error": {"field": "number", "message": "400号码必须以 400 开头"}}],
      [{ number: 4001234567 }, {"ok": false, "error": {"field": "number", "message": "号码必须是文本"}}],
      [{ grade: 'vip' }, {"ok": false, "error": {"field": "grade", "message": "未知号码等级「vip」；可选：ordinary-50、ordinary-80、special、super"}}],
      [{ grade: undefined, number: undefined }, {"ok": true, "request": {"minutesPerMonth": 300, "prepayYears": 1, "invoice": false, "grade": "ordinary-50", "addons": new Map()}}],
      [{ addons: { nope: {} } }, {"ok": false, "error": {"field": "addons.nope", "message": "未知附加功能「nope」"}}],
      [{ addons: { '': {} } }, {"ok": false, "error": {"field": "addons.\"\"", "message": "未知附加功能「」"}}],
      [{ addons: { ringback: { files: 2 } } }, {"ok": false, "error": {"field": "addons.ringback.files", "message": "「彩铃功能」没有数量「files」"}}],
      [{ addons: { ivr: { nope: 2 } } }, {"ok": false, "error": {"field": "addons.ivr.nope", "message": "「IVR语音导航」没有数量「nope」；可填：levels、extraExtensions"}}],
      [{ addons: { ivr: { '': 2 } } }, {"ok": false, "error": {"field": "addons.ivr.\"\"", "message": "「IVR语音导航」没有数量「」；可填：levels、extraExtensions"}}],
      [{ addons: undefined }, {"ok": true, "request": {"minutesPerMonth": 300, "prepayYears": 1, "invoice": false, "grade": "ordinary-50", "addons": new Map()}}],
      [{ number: '400-123-4566' }, {"ok": true, "request": {"minutesPerMonth": 300, "prepayYears": 1, "invoice": false, "grade": "ordinary-80", "addons": new Map(), "number": "4001234566", "rule": "66"}}],
      [{ number: '4001236688', plan: 'annual-1200', date: '2016-04-10' }, {"ok": true, "request": {"minutesPerMonth": 300, "prepayYears": 1, "invoice": false, "grade": "special", "addons": new Map(), "plan": "annual-1200", "number": "4001236688", "rule": "AABB"}}],
      [{ grade: 'special' }, {"ok": true, "request": {"minutesPerMonth": 300, "prepayYears": 1, "invoice": false, "grade": "special", "addons": new Map()}}],
    ] as const,
  )('%j', (fields, verdict) => {
    // Strict: a field the request does not have is absent, not undefined.
    expect(parseQuoteRequest(tariff, { ...base, ...fields })).toStrictEqual(verdict);
  });
});

describe('the schema from the data, on the edges a random request seldom hits', () => {
  it('refuses a number and a grade together, takes either alone', () => {
    const schema = quoteRequestSchema(tariff);
    const request = { minutesPerMonth: 300, prepayYears: 1 };
    const both = schema.safeParse({ ...request, number: '4001236688', grade: 'special' });
    expect(both.success ? [] : both.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['grade', 'give a number or a grade, not both'],
    ]);
    expect(parseQuoteRequest(tariff, { ...request, number: '4001236688', grade: 'special' }).ok).toBe(false);
    expect(schema.safeParse({ ...request, number: '4001236688' }).success).toBe(true);
    expect(schema.safeParse({ ...request, grade: 'special' }).success).toBe(true);
  });
});

describe('a widget’s fields (requestFrom): the rules that depend on the tariff, without the JSON shape checks', () => {
  const fields = { minutesPerMonth: 300, prepayYears: 2, invoice: true, addons: { ivr: { levels: 3 }, ringback: {} } };

  it('gives the request parseQuoteRequest gives for the same values, quantities completed with their defaults', () => {
    for (const choice of [{ plan: 'annual-1200', grade: 'special' }, { number: '400-123-4566' }, {}]) {
      expect(requestFrom(tariff, { ...fields, ...choice })).toStrictEqual(
        parseQuoteRequest(tariff, { ...fields, ...choice }),
      );
    }
    const made = requestFrom(tariff, fields);
    expect(made.ok && made.request.addons.get('ivr')).toEqual({ levels: 3, extraExtensions: 0 });
  });

  it('tells a widget quoting another version what that version lacks', () => {
    const later = {
      ...tariff,
      plans: tariff.plans.filter((p) => p.id !== 'annual-1200'),
      addons: tariff.addons.filter((a) => a.id !== 'ivr'),
      settings: { ...tariff.settings, prepayYears: { min: 1, max: 1 } },
    };
    expect(requestFrom(later, { ...fields, addons: {}, prepayYears: 1, plan: 'annual-1200' })).toMatchObject({
      ok: false,
      error: { field: 'plan' },
    });
    expect(requestFrom(later, { ...fields, addons: {} })).toStrictEqual({
      ok: false,
      error: { field: 'prepayYears', message: '预存年数必须是 1 到 1 之间的整数' },
    });
    expect(requestFrom(later, { ...fields, prepayYears: 1 })).toStrictEqual({
      ok: false,
      error: { field: 'addons.ivr', message: '未知附加功能「ivr」' },
    });
  });

  it('judges the number, the one field whose message a widget shows from the engine', () => {
    expect(requestFrom(tariff, { ...fields, number: '40012345' })).toStrictEqual({
      ok: false,
      error: { field: 'number', message: '400号码应为 10 位数字' },
    });
  });
});
