import { describe, expect, it } from 'vitest';
import { quote, type Quote } from '../../src/engine/index';
import { REQUEST_LIMITS } from '../../src/engine/limits';
import { tariff } from '../helpers/tariff';

/** Quotes one plan and fails loudly when the request is refused. */
function quoteOf(request: Record<string, unknown>): Quote {
  const result = quote(tariff, request);
  if (!result.ok) throw new Error(`${result.error.field}: ${result.error.message}`);
  if (!('quote' in result)) throw new Error('expected one quote');
  return result.quote;
}

const amounts = (q: Quote) => Object.fromEntries(q.lines.map((l) => [l.id, l.amount]));

describe('worked examples (§5)', () => {
  it.each([
    ['monthly-600', 300, 1, {}, false, '600.00'],
    ['monthly-600', 500, 1, {}, false, '780.00'],
    ['annual-1200', 1500, 2, {}, false, '2900.00'],
    ['annual-1200', 1500, 2, {}, true, '3132.00'],
    ['monthly-960', 0, 3, {}, false, '2880.00'],
    ['monthly-600', 0, 1, { 'ringback-multi': { files: 12 } }, false, '940.00'],
    ['annual-1500', 0, 1, { 'ringback-multi': { files: 12 } }, false, '1560.00'],
    ['monthly-600', 401, 1, {}, true, '675.60'],
  ])('%s, %i min, %i yr, %j, invoice %s → %s', (plan, minutesPerMonth, prepayYears, addons, invoice, total) => {
    expect(quoteOf({ plan, minutesPerMonth, prepayYears, addons, invoice }).total).toBe(total);
  });

  it('monthly-960 prepaid 3 years serves 4 years at 720.00 a year', () => {
    const q = quoteOf({ plan: 'monthly-960', minutesPerMonth: 0, prepayYears: 3 });
    expect(q.serviceYears).toBe(4);
    expect(q.perYear).toBe('720.00');
  });

  it('monthly-600 at 401 minutes with an invoice: 625.56 + tax 50.04', () => {
    const q = quoteOf({ plan: 'monthly-600', minutesPerMonth: 401, prepayYears: 1, invoice: true });
    expect([q.subtotal, q.tax, q.total, q.perYear]).toEqual(['625.56', '50.04', '675.60', '675.60']);
    expect(amounts(q)).toEqual({ prepaid: '600.00', usage: '25.56' });
  });

  it('annual-1200, 1500 minutes, 2 years: the full quote shape', () => {
    const q = quoteOf({ plan: 'annual-1200', minutesPerMonth: 1500, prepayYears: 2, invoice: true });
    expect(q).toMatchObject({
      plan: 'annual-1200',
      eligible: true,
      consult: false,
      serviceYears: 2,
      subtotal: '2900.00',
      tax: '232.00',
      total: '3132.00',
      perYear: '1566.00',
      vip: false,
    });
    expect(q.lines.map((l) => [l.id, l.amount])).toEqual([
      ['prepaid', '1700.00'],
      ['usage', '1200.00'],
    ]);
  });

  it('ringback-multi on a monthly plan adds ringback because it needs it', () => {
    const q = quoteOf({
      plan: 'monthly-600',
      minutesPerMonth: 0,
      prepayYears: 1,
      addons: { 'ringback-multi': { files: 12 } },
    });
    expect(q.lines.map((l) => [l.id, l.amount])).toEqual([
      ['prepaid', '600.00'],
      ['usage', '0.00'],
      ['ringback.fee', '100.00'],
      ['ringback-multi.fee', '180.00'],
      ['ringback-multi.extra-files', '60.00'],
    ]);
    expect(q.lines.find((l) => l.id === 'ringback.fee')?.reason).toBe('炫铃功能需要彩铃功能，已自动加入');
  });

  it('an annual plan waives the yearly fees but not the per-file extra', () => {
    const q = quoteOf({
      plan: 'annual-1500',
      minutesPerMonth: 0,
      prepayYears: 1,
      addons: { 'ringback-multi': { files: 12 } },
    });
    expect(amounts(q)).toEqual({
      prepaid: '1500.00',
      usage: '0.00',
      'ringback.fee': '0.00',
      'ringback-multi.fee': '0.00',
      'ringback-multi.extra-files': '60.00',
    });
    expect(q.lines.find((l) => l.id === 'ringback-multi.fee')?.reason).toContain('年套餐赠送');
  });
});

describe('usage boundaries', () => {
  it.each([
    // monthly-600: 50 元/月 at 0.13 → 384 min = 49.92, 385 min = 50.05
    ['monthly-600', 384, '600.00'],
    ['monthly-600', 385, '600.60'],
    // monthly-960: 80 元/月 at 0.12 → 666 = 79.92, 667 = 80.04
    ['monthly-960', 666, '960.00'],
    ['monthly-960', 667, '960.48'],
    // annual-1200: 1200/年 at 0.10 → exactly 1000 min a month
    ['annual-1200', 1000, '1200.00'],
    ['annual-1200', 1001, '1201.20'],
    ['annual-3600', 3000, '3600.00'],
    ['annual-3600', 3001, '3601.20'],
  ])('%s at %i minutes → %s', (plan, minutesPerMonth, total) => {
    expect(quoteOf({ plan, minutesPerMonth, prepayYears: 1 }).total).toBe(total);
  });

  it.each([
    ['monthly-600', 1, '600.00', 1],
    ['monthly-600', 2, '1000.00', 2],
    ['monthly-600', 3, '1800.00', 4],
    ['monthly-960', 2, '1420.00', 2],
    ['annual-1200', 2, '1700.00', 2],
    ['annual-1200', 3, '3600.00', 4],
    ['annual-1500', 2, '2200.00', 2],
    ['annual-2000', 2, '3100.00', 2],
    ['annual-3600', 2, '5200.00', 2],
    ['annual-3600', 3, '10800.00', 4],
  ])('%s prepaid %i years → %s over %i service years', (plan, prepayYears, total, years) => {
    const q = quoteOf({ plan, minutesPerMonth: 0, prepayYears });
    expect(q.total).toBe(total);
    expect(q.serviceYears).toBe(years);
  });

  it('usage over the minimum is charged in the free year too', () => {
    // 500 min on monthly-600: 15.00 a month over, 48 months when 3 years are prepaid
    expect(amounts(quoteOf({ plan: 'monthly-600', minutesPerMonth: 500, prepayYears: 3 })).usage).toBe('720.00');
  });
});

describe('tax and per-year rounding (half-up to the fen)', () => {
  it.each([
    // 600 + 12 × (m × 0.13 − 50): tax 8% of the subtotal
    [385, '600.60', '48.05'], // 48.0480 → 48.05
    [386, '602.16', '48.17'], // 48.1728 → 48.17
    [389, '606.84', '48.55'], // 48.5472 → 48.55
    [394, '614.64', '49.17'], // 49.1712 → 49.17
  ])('monthly-600 at %i minutes: subtotal %s, tax %s', (minutesPerMonth, subtotal, tax) => {
    const q = quoteOf({ plan: 'monthly-600', minutesPerMonth, prepayYears: 1, invoice: true });
    expect([q.subtotal, q.tax]).toEqual([subtotal, tax]);
  });

  it.each([
    // monthly-960 prepaid 3 years (4 service years), with an invoice
    [670, '3131.14', '782.79'], // 782.785 → 782.79: an exact half goes up
    [674, '3156.02', '789.01'], // 789.005 → 789.01
    [667, '3112.47', '778.12'], // 778.1175 → 778.12
    [668, '3118.69', '779.67'], // 779.6725 → 779.67
  ])('monthly-960 at %i minutes for 3 years: total %s, per year %s', (minutesPerMonth, total, perYear) => {
    const q = quoteOf({ plan: 'monthly-960', minutesPerMonth, prepayYears: 3, invoice: true });
    expect([q.total, q.perYear]).toEqual([total, perYear]);
  });

  it('no tax without an invoice', () => {
    expect(quoteOf({ plan: 'monthly-600', minutesPerMonth: 500, prepayYears: 1 }).tax).toBe('0.00');
  });
});

describe('add-ons', () => {
  const base = { minutesPerMonth: 0, prepayYears: 1 };
  const addonTotal = (plan: string, addons: Record<string, unknown>, prepayYears = 1) => {
    const q = quoteOf({ ...base, plan, prepayYears, addons });
    return q.lines.filter((l) => l.addon !== undefined).map((l) => [l.id, l.amount]);
  };

  it.each([
    ['area-routing', {}, [['area-routing', '0.00']]],
    ['agent-id', {}, [['agent-id', '0.00']]],
    ['blacklist', {}, [['blacklist', '0.00']]],
    ['ringback', {}, [['ringback.fee', '100.00']]],
    [
      'pre-call-prompt',
      {},
      [
        ['ringback.fee', '100.00'],
        ['pre-call-prompt.fee', '150.00'],
      ],
    ],
    ['call-recording', {}, [['call-recording.fee', '180.00']]],
    [
      'voicemail',
      {},
      [
        ['voicemail-setup.setup', '40.00'],
        ['voicemail.fee', '80.00'],
      ],
    ],
    ['voicemail-setup', {}, [['voicemail-setup.setup', '40.00']]],
    ['voice-storage', {}, [['voice-storage.fee', '360.00']]],
    ['satisfaction-survey', {}, [['satisfaction-survey.fee', '120.00']]],
    ['missed-call-sms', {}, [['missed-call-sms.fee', '100.00']]],
    ['hangup-sms', {}, [['hangup-sms.fee', '120.00']]],
    [
      'office-hours',
      {},
      [
        ['office-hours', '0.00'],
        ['ringback-recording.recording', '100.00'],
      ],
    ],
    [
      'anti-fake',
      {},
      [
        ['anti-fake-setup.setup', '80.00'],
        ['anti-fake.fee', '800.00'],
      ],
    ],
    ['anti-fake-setup', {}, [['anti-fake-setup.setup', '80.00']]],
  ])('%s %j on monthly-600', (id, quantities, lines) => {
    expect(addonTotal('monthly-600', { [id]: quantities })).toEqual(lines);
  });

  it.each([
    [
      { files: 1 },
      [
        ['ringback.fee', '100.00'],
        ['ringback-multi.fee', '180.00'],
      ],
    ],
    [
      { files: 10 },
      [
        ['ringback.fee', '100.00'],
        ['ringback-multi.fee', '180.00'],
      ],
    ],
    [
      { files: 11 },
      [
        ['ringback.fee', '100.00'],
        ['ringback-multi.fee', '180.00'],
        ['ringback-multi.extra-files', '30.00'],
      ],
    ],
  ])('ringback-multi %j', (quantities, lines) => {
    expect(addonTotal('monthly-600', { 'ringback-multi': quantities })).toEqual(lines);
  });

  it.each([
    [{ chars: 1 }, '100.00'],
    [{ chars: 100 }, '100.00'],
    [{ chars: 101 }, '200.00'],
    [{ chars: 1000 }, '200.00'],
    [{ chars: 100, count: 3 }, '300.00'],
    [{ chars: 500, count: 2 }, '400.00'],
  ])('ringback-recording %j → %s once, whatever the years', (quantities, amount) => {
    expect(addonTotal('monthly-600', { 'ringback-recording': quantities }, 3)).toEqual([
      ['ringback-recording.recording', amount],
    ]);
  });

  it('a recording over 1000 characters is 来电咨询', () => {
    const q = quoteOf({ ...base, plan: 'monthly-600', addons: { 'ringback-recording': { chars: 1001 } } });
    expect(q).toMatchObject({ eligible: true, consult: true, total: null, perYear: null, lines: [] });
    expect(q.reason).toContain('1000');
    // Reading (which number to call): every 来电咨询 but the 3000/80000 plans' gives the 全国统一热线.
    expect(q.reason).toContain('400-7788-691');
    const codes = quoteOf({ ...base, plan: 'annual-1200', addons: { 'anti-fake': { codes: 2_000_000 } } });
    expect(codes.reason).toBe('防伪查询的每年防伪码条数超过 1000000条，资费来电咨询（400-7788-691）');
  });

  it('the 80000 plan states its published 年最低消费 and prepaid part; the rate and total are 来电咨询', () => {
    const q = quoteOf({ ...base, plan: 'annual-80000', grade: 'super', prepayYears: 2, addons: { trunk: {} } });
    expect(q).toMatchObject({ eligible: true, consult: true, total: null, subtotal: null });
    expect(q.reason).toBe('年套餐 80000元/年的通话资费为来电咨询，请拨打 4006-130-866');
    expect(q.lines.map((l) => [l.id, l.amount])).toEqual([
      ['prepaid', '160000.00'],
      ['trunk.fee', '1000.00'],
    ]);
  });

  it.each([
    [1, [['ringback-upload', '0.00']]],
    [2, [['ringback-upload.uploads', '20.00']]],
    [5, [['ringback-upload.uploads', '80.00']]],
  ])('ringback-upload %i uploads', (uploads, lines) => {
    expect(addonTotal('monthly-600', { 'ringback-upload': { uploads } })).toEqual(lines);
  });

  it.each([
    [{}, [['ivr.single-level', '180.00']]],
    [
      { levels: 1, extraExtensions: 2 },
      [
        ['ivr.single-level', '180.00'],
        ['ivr.extra-extensions', '60.00'],
      ],
    ],
    [{ levels: 2 }, [['ivr.multi-level', '300.00']]],
    [{ levels: 5 }, [['ivr.multi-level', '300.00']]],
    [
      { levels: 6 },
      [
        ['ivr.multi-level', '300.00'],
        ['ivr.extra-levels', '240.00'],
      ],
    ],
    [
      { levels: 7, extraExtensions: 1 },
      [
        ['ivr.multi-level', '300.00'],
        ['ivr.extra-levels', '480.00'],
        ['ivr.extra-extensions', '30.00'],
      ],
    ],
  ])('ivr %j', (quantities, lines) => {
    expect(addonTotal('monthly-600', { ivr: quantities })).toEqual(lines);
  });

  it('ivr includes the ringback fee when ringback is in the quote', () => {
    const lines = addonTotal('monthly-600', { ivr: {}, ringback: {} });
    expect(lines).toEqual([
      ['ringback.fee', '0.00'],
      ['ivr.single-level', '180.00'],
    ]);
    const q = quoteOf({ ...base, plan: 'monthly-600', addons: { ivr: {}, 'ringback-multi': {} } });
    expect(q.lines.find((l) => l.id === 'ringback.fee')).toMatchObject({
      amount: '0.00',
      reason: expect.stringContaining('IVR语音导航已含彩铃功能费用'),
    });
    expect(q.total).toBe('960.00');
  });

  it('anti-fake-setup includes the ringback fee', () => {
    expect(addonTotal('monthly-600', { 'anti-fake': {}, 'pre-call-prompt': {} })).toEqual([
      ['ringback.fee', '0.00'],
      ['pre-call-prompt.fee', '150.00'],
      ['anti-fake-setup.setup', '80.00'],
      ['anti-fake.fee', '800.00'],
    ]);
  });

  it.each([
    [1, '800.00'],
    [100000, '800.00'],
    [100001, '1500.00'],
    [500000, '1500.00'],
    [500001, '3000.00'],
    [1000000, '3000.00'],
  ])('anti-fake for %i codes → %s a year', (codes, amount) => {
    expect(addonTotal('monthly-600', { 'anti-fake': { codes } })).toContainEqual(['anti-fake.fee', amount]);
  });

  it('anti-fake above 100万 codes is 来电咨询', () => {
    expect(quoteOf({ ...base, plan: 'monthly-600', addons: { 'anti-fake': { codes: 1000001 } } })).toMatchObject({
      consult: true,
      total: null,
    });
  });

  it.each([
    [{ lines: 1 }, [['trunk.fee', '500.00']]],
    [{ lines: 10 }, [['trunk.fee', '500.00']]],
    [
      { lines: 12 },
      [
        ['trunk.fee', '500.00'],
        ['trunk.extra-lines', '100.00'],
      ],
    ],
  ])('trunk %j', (quantities, lines) => {
    expect(addonTotal('monthly-600', { trunk: quantities })).toEqual(lines);
  });

  it.each([
    [{ phones: 20 }, [['extra-seats', '0.00']]],
    [{ phones: 21 }, [['extra-seats.extra-phones', '10.00']]],
    [{ phones: 35 }, [['extra-seats.extra-phones', '150.00']]],
  ])('extra-seats %j', (quantities, lines) => {
    expect(addonTotal('monthly-600', { 'extra-seats': quantities })).toEqual(lines);
  });

  it('annual plans do not waive trunk or anti-fake, nor one-off and monthly fees', () => {
    const lines = addonTotal('annual-1200', {
      trunk: { lines: 11 },
      'anti-fake': {},
      'voice-storage': {},
      voicemail: {},
      'call-recording': {},
      'extra-seats': { phones: 21 },
    });
    expect(lines).toEqual([
      ['call-recording.fee', '0.00'],
      ['voicemail-setup.setup', '40.00'],
      ['voicemail.fee', '0.00'],
      ['voice-storage.fee', '360.00'],
      ['trunk.fee', '500.00'],
      ['trunk.extra-lines', '50.00'],
      ['extra-seats.extra-phones', '10.00'],
      ['anti-fake-setup.setup', '80.00'],
      ['anti-fake.fee', '800.00'],
    ]);
  });

  it('yearly fees run over every service year, the free year included', () => {
    expect(addonTotal('monthly-600', { 'call-recording': {}, 'voice-storage': {}, 'voicemail-setup': {} }, 3)).toEqual([
      ['call-recording.fee', '720.00'],
      ['voicemail-setup.setup', '40.00'],
      ['voice-storage.fee', '1440.00'],
    ]);
  });

  it('requested quantities stand when an add-on is both requested and needed', () => {
    const lines = addonTotal('monthly-600', { 'office-hours': {}, 'ringback-recording': { chars: 300, count: 2 } });
    expect(lines).toEqual([
      ['office-hours', '0.00'],
      ['ringback-recording.recording', '400.00'],
    ]);
  });
});

describe('eligibility, consult and VIP', () => {
  it('a special number may not take a monthly plan', () => {
    const q = quoteOf({ plan: 'monthly-600', minutesPerMonth: 100, prepayYears: 1, number: '400-123-6688' });
    expect(q).toMatchObject({
      eligible: false,
      consult: false,
      total: null,
      perYear: null,
      subtotal: null,
      lines: [],
      vip: false,
    });
    expect(q.grade).toEqual({ id: 'special', name: '特级号码' });
    expect(q.reason).toBe('月套餐 600元/年只可选普通号码 50元/月及以下；该号码为特级号码');
  });

  it('an 80 元/月 number may not take monthly-600 but may take monthly-960', () => {
    expect(quoteOf({ plan: 'monthly-600', minutesPerMonth: 0, prepayYears: 1, grade: 'ordinary-80' }).eligible).toBe(
      false,
    );
    expect(quoteOf({ plan: 'monthly-960', minutesPerMonth: 0, prepayYears: 1, grade: 'ordinary-80' }).total).toBe(
      '960.00',
    );
  });

  it('来电咨询 plans are eligible but have no total', () => {
    const q = quoteOf({ plan: 'annual-3000', minutesPerMonth: 0, prepayYears: 1, grade: 'special' });
    expect(q).toMatchObject({ eligible: true, consult: true, total: null, perYear: null });
    expect(q.reason).toContain('4006-130-866');
  });

  it('flags a subtotal of 15000 or more for the VIP manager (before tax)', () => {
    // annual-3600, 3 years prepaid: 10800; usage 4 × (12 × m × 0.1 − 3600)
    const at = (m: number) => quoteOf({ plan: 'annual-3600', minutesPerMonth: m, prepayYears: 3, invoice: true });
    expect(at(3875)).toMatchObject({ subtotal: '15000.00', vip: true });
    expect(at(3874)).toMatchObject({ subtotal: '14995.20', vip: false });
  });
});

describe('quoting every plan', () => {
  it('orders priced plans by total, then 来电咨询, then ineligible', () => {
    const result = quote(tariff, { minutesPerMonth: 300, prepayYears: 1, grade: 'ordinary-80' });
    if (!result.ok || !('quotes' in result)) throw new Error('expected quotes');
    expect(result.quotes.map((q) => [q.plan, q.total])).toEqual([
      ['monthly-960', '960.00'],
      ['annual-1200', '1200.00'],
      ['annual-1500', '1500.00'],
      ['annual-2000', '2000.00'],
      ['annual-3600', '3600.00'],
      ['annual-3000', null],
      ['annual-80000', null],
      ['monthly-600', null],
    ]);
    expect(result.quotes.at(-1)?.eligible).toBe(false);
  });

  it('orders by total when usage makes an annual plan cheaper', () => {
    const result = quote(tariff, { minutesPerMonth: 1000, prepayYears: 1 });
    if (!result.ok || !('quotes' in result)) throw new Error('expected quotes');
    // monthly-600: 600 + 12 × 80 = 1560; monthly-960: 960 + 12 × 40 = 1440; annual-1200: 1200
    expect(result.quotes.slice(0, 4).map((q) => [q.plan, q.total])).toEqual([
      ['annual-1200', '1200.00'],
      ['monthly-960', '1440.00'],
      ['annual-1500', '1500.00'],
      ['monthly-600', '1560.00'],
    ]);
  });
});

describe('requests that do not fit', () => {
  const ok = { plan: 'monthly-600', minutesPerMonth: 0, prepayYears: 1 };
  it.each([
    [{ ...ok, plan: 'monthly-601' }, 'plan'],
    [{ ...ok, plan: 7 }, 'plan'],
    [{ ...ok, minutesPerMonth: -1 }, 'minutesPerMonth'],
    [{ ...ok, minutesPerMonth: 1.5 }, 'minutesPerMonth'],
    [{ ...ok, minutesPerMonth: '100' }, 'minutesPerMonth'],
    [{ ...ok, minutesPerMonth: Number.NaN }, 'minutesPerMonth'],
    [{ ...ok, minutesPerMonth: Number.POSITIVE_INFINITY }, 'minutesPerMonth'],
    [{ plan: 'monthly-600', prepayYears: 1 }, 'minutesPerMonth'],
    [{ ...ok, prepayYears: 0 }, 'prepayYears'],
    [{ ...ok, prepayYears: 4 }, 'prepayYears'],
    [{ ...ok, prepayYears: 2.5 }, 'prepayYears'],
    [{ ...ok, invoice: 'yes' }, 'invoice'],
    [{ ...ok, number: '12345' }, 'number'],
    [{ ...ok, number: 4001236688 }, 'number'],
    [{ ...ok, grade: 'gold' }, 'grade'],
    [{ ...ok, grade: 'special', number: '4001236688' }, 'grade'],
    [{ ...ok, addons: [] }, 'addons'],
    [{ ...ok, addons: { ringbak: {} } }, 'addons.ringbak'],
    [{ ...ok, addons: { ringback: true } }, 'addons.ringback'],
    [{ ...ok, addons: { ivr: { levels: 0 } } }, 'addons.ivr.levels'],
    [{ ...ok, addons: { ivr: { levels: 1.5 } } }, 'addons.ivr.levels'],
    [{ ...ok, addons: { ivr: { extraExtensions: -1 } } }, 'addons.ivr.extraExtensions'],
    [{ ...ok, addons: { ivr: { floors: 2 } } }, 'addons.ivr.floors'],
    [{ ...ok, addons: { trunk: { lines: 0 } } }, 'addons.trunk.lines'],
    [{ ...ok, addons: { 'ringback-multi': { files: 0 } } }, 'addons.ringback-multi.files'],
    [{ ...ok, addons: { 'ringback-recording': { chars: 0 } } }, 'addons.ringback-recording.chars'],
    [{ ...ok, addons: { 'ringback-recording': { count: 0 } } }, 'addons.ringback-recording.count'],
    [{ ...ok, addons: { 'ringback-upload': { uploads: 0 } } }, 'addons.ringback-upload.uploads'],
    [{ ...ok, addons: { 'extra-seats': { phones: 0 } } }, 'addons.extra-seats.phones'],
    [{ ...ok, addons: { 'anti-fake': { codes: 0 } } }, 'addons.anti-fake.codes'],
    [{ ...ok, addons: { 'anti-fake': { codes: 2 ** 60 } } }, 'addons.anti-fake.codes'],
    [{ ...ok, colour: 'red' }, 'colour'],
    [null, '(request)'],
    [[ok], '(request)'],
    ['{}', '(request)'],
  ])('%j → error on %s', (request, field) => {
    const result = quote(tariff, request);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.field).toBe(field);
      expect(result.error.message.length).toBeGreaterThan(3);
    }
  });

  it('never lets __proto__ reach a prototype', () => {
    const hostile = JSON.parse(
      '{"plan":"monthly-600","minutesPerMonth":0,"prepayYears":1,"addons":{"__proto__":{"polluted":1}}}',
    );
    const result = quote(tariff, hostile);
    expect(result).toMatchObject({ ok: false, error: { field: 'addons.__proto__' } });
    const topLevel = JSON.parse('{"__proto__":{"plan":"x"},"minutesPerMonth":0,"prepayYears":1}');
    expect(quote(tariff, topLevel)).toMatchObject({ ok: false, error: { field: '__proto__' } });
    const quantity = JSON.parse(
      '{"plan":"monthly-600","minutesPerMonth":0,"prepayYears":1,"addons":{"ivr":{"__proto__":{"levels":9}}}}',
    );
    expect(quote(tariff, quantity)).toMatchObject({ ok: false, error: { field: 'addons.ivr.__proto__' } });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('accepts the largest allowed quantities and keeps every amount exact', () => {
    const q = quoteOf({
      ...ok,
      minutesPerMonth: REQUEST_LIMITS.minutesPerMonth,
      addons: { 'extra-seats': { phones: REQUEST_LIMITS.quantity } },
    });
    expect(q.total).toMatch(/^\d+\.\d{2}$/u);
    expect(q.lines.find((l) => l.id === 'extra-seats.extra-phones')?.amount).toBe('999999800.00');
  });
});
