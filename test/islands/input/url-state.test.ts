import fc from 'fast-check';
import { fuzzRuns } from '../../helpers/fuzz-runs';
import { describe, expect, it } from 'vitest';
import { quote } from '../../../src/engine/index';
import { defaultState, readState, requestOf, versionIn, writeState } from '../../../src/islands/input/url-state';
import { tariff } from '../../helpers/tariff';

describe('estimator URL state', () => {
  it('a quantity the field accepts reloads from the URL it writes (one set of limits)', () => {
    const state = { ...defaultState(tariff), addons: { 'ringback-multi': { files: 100_000_000 } } };
    const read = readState(tariff, writeState(tariff, state));
    expect(read).toEqual({ state, reset: [], dropped: [] });
    expect(versionIn('?v=2027-01-01&plan=x')).toBe('2027-01-01');
    expect(versionIn('?v=tomorrow')).toBeUndefined();
  });

  it('reads the defaults from an empty query', () => {
    expect(readState(tariff, '')).toEqual({ state: defaultState(tariff), reset: [], dropped: [] });
    // Every written URL names the tariff version it quotes.
    expect(writeState(tariff, defaultState(tariff))).toBe('?v=2016-04-10');
  });

  it('reads a shared quote', () => {
    const { state, reset } = readState(
      tariff,
      '?plan=annual-1200&minutes=1500&years=2&invoice=1&addons=ivr,ringback-multi&ivr.levels=3&ringback-multi.files=12',
    );
    expect(reset).toEqual([]);
    expect(state).toEqual({
      plan: 'annual-1200',
      minutes: 1500,
      years: 2,
      invoice: true,
      by: 'grade',
      number: '',
      grade: 'ordinary-50',
      addons: { ivr: { levels: 3, extraExtensions: 0 }, 'ringback-multi': { files: 12 } },
      version: '2016-04-10',
    });
    const result = quote(tariff, requestOf(state));
    expect(result.ok && 'quote' in result && result.quote.plan).toBe('annual-1200');
  });

  it('writes only what differs from the defaults, and reads back the same state', () => {
    const state = {
      ...defaultState(tariff),
      plan: 'monthly-960',
      minutes: 667,
      years: 3,
      invoice: true,
      by: 'number' as const,
      number: '400-123-4566',
      addons: { trunk: { lines: 12 }, ringback: {} },
    };
    const query = writeState(tariff, state);
    expect(query).toBe(
      '?plan=monthly-960&minutes=667&years=3&invoice=1&number=400-123-4566&addons=ringback%2Ctrunk&trunk.lines=12&v=2016-04-10',
    );
    expect(readState(tariff, query)).toEqual({
      state: { ...state, addons: { ringback: {}, trunk: { lines: 12 } } },
      reset: [],
      dropped: [],
    });
  });

  it('an add-on this version does not offer is set aside by id, for the page to name it', () => {
    const { state, reset, dropped } = readState(tariff, '?addons=ringback,call-transfer');
    expect(state.addons).toEqual({ ringback: {} });
    expect(reset).toEqual([]);
    expect(dropped).toEqual(['call-transfer']);
  });

  it.each([
    ['?plan=<script>alert(1)</script>', ['plan']],
    ['?minutes=-5', ['minutes']],
    ['?minutes=1e3', ['minutes']],
    ['?minutes=99999999999999', ['minutes']],
    ['?years=4', ['years']],
    ['?years=two', ['years']],
    ['?invoice=yes', ['invoice']],
    ['?grade=gold', ['grade']],
    ['?number=<img src=x onerror=alert(1)>', ['number']],
    ['?addons=ringback,__proto__,constructor', ['addons']],
    ['?addons=ivr&ivr.levels=0', ['ivr.levels']],
    ['?addons=ivr&ivr.levels=abc&ivr.extraExtensions=-1', ['ivr.levels', 'ivr.extraExtensions']],
    ['?v=2027-02-30', ['v']],
    ['?addons=ringback-multi&ringback-multi.files=100000001', ['ringback-multi.files']],
  ])('%s falls back to defaults and names %j', (query, reset) => {
    const read = readState(tariff, query);
    expect(read.reset).toEqual(reset);
    const defaults = defaultState(tariff);
    expect(read.state.plan).toBe(defaults.plan);
    expect(read.state.number).toBe('');
    expect(quote(tariff, requestOf(read.state)).ok).toBe(true);
  });

  it('any query string gives a state the engine accepts or rejects with a field, never a throw', () => {
    const key = fc.constantFrom(
      'plan',
      'minutes',
      'years',
      'invoice',
      'grade',
      'number',
      'addons',
      'ivr.levels',
      'trunk.lines',
      '__proto__',
      'constructor',
    );
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom('annual-1200', 'ivr,trunk', '1', '0', '400-123-6688', '٤٠٠١٢٣٤٥٦٨'),
      fc.integer().map(String),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 8 }), (pairs) => {
        const query = `?${new URLSearchParams(pairs).toString()}`;
        const { state } = readState(tariff, query);
        const result = quote(tariff, requestOf(state));
        if (!result.ok) expect(result.error.field).toBe('number');
        expect(readState(tariff, writeState(tariff, state)).state).toEqual(state);
      }),
      fuzzRuns(1000),
    );
  });
});
