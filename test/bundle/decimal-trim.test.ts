import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Full from 'decimal.js';
import { TRIMMED_METHODS, TRIMMED_STATICS, trimDecimalSource } from '../../src/bundle/decimal-trim';
import { ROOT } from '../helpers/tariff';

const source = readFileSync(join(ROOT, 'node_modules/decimal.js/decimal.mjs'), 'utf8');
const load = async (code: string) =>
  ((await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { default: typeof Full })
    .default;

describe('decimal.js for the browser', () => {
  it('has none of the trimmed methods and is about half the source', async () => {
    const trimmed = trimDecimalSource(source);
    const Decimal = await load(trimmed);
    const prototype = Decimal.prototype as unknown as Record<string, unknown>;
    const statics = Decimal as unknown as Record<string, unknown>;
    for (const name of TRIMMED_METHODS) expect(prototype[name], name).toBeUndefined();
    for (const name of TRIMMED_STATICS) expect(statics[name], name).toBeUndefined();
    expect(trimmed.length / source.length).toBeLessThan(0.85);
  });

  it('computes what the package computes with the methods it keeps', async () => {
    const Decimal = (await load(trimDecimalSource(source))).clone({ precision: 60, rounding: Full.ROUND_HALF_UP });
    const Reference = Full.clone({ precision: 60, rounding: Full.ROUND_HALF_UP });
    const run = (D: typeof Full) =>
      [
        new D('0.13').times(4321).plus('1200.005').toDecimalPlaces(2).toFixed(2),
        new D('3132').minus('0.005').toFixed(2, D.ROUND_HALF_UP),
        new D('1').div(3).toFixed(10),
        new D('600').times('0.08').toFixed(),
        String(new D('15000').cmp('14999.99')),
        new D('-0.01').isNegative(),
        new D('1e-7').toFixed(),
      ].join(' ');
    expect(run(Decimal)).toBe(run(Reference));
    expect(run(Decimal)).toBe('1761.74 3132.00 0.3333333333 48 1 true 0.0000001');
  });

  it('stops with the name when decimal.js no longer has a method where expected', () => {
    expect(() => trimDecimalSource(source.replace('P.sine = P.sin = function', 'P.sin = function'))).toThrow(
      'decimal.js trim: expected one "P.sine" in decimal.mjs, found 0',
    );
    expect(() => trimDecimalSource(source.replace('  Decimal.hypot = hypot;', ''))).toThrow('"Decimal.hypot"');
  });
});
