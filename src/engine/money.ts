/**
 * Exact money arithmetic. Every amount in the engine is a decimal.js value
 * from this private constructor (so no other code's Decimal settings leak in);
 * amounts leave the engine as strings with two decimals.
 */
import Decimal from 'decimal.js';
import { plainDecimal } from './decimal-text';

const Dec = Decimal.clone({
  precision: 60,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 80,
});
export type Amount = Decimal;

export const ZERO: Amount = new Dec(0);

/** A decimal from a validated data string ("0.13") or a safe integer. */
export function amount(value: string | number): Amount {
  return new Dec(value);
}

/** Half-up to 0.01 (四舍五入到分), the only rounding the tariff allows. */
export function roundToFen(value: Amount): Amount {
  return value.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

/** "3132.00": two decimals, never an exponent. */
export function toFenString(value: Amount): string {
  return value.toFixed(2, Dec.ROUND_HALF_UP);
}

export function atLeastZero(value: Amount): Amount {
  return value.isNegative() ? ZERO : value;
}

export function sum(values: Amount[]): Amount {
  return values.reduce((acc, v) => acc.plus(v), ZERO);
}

/** "600", "0.13", "1500.5": the shortest exact form, for labels; an amount as the data writes it is text already. */
export function toPlainString(value: Amount | string): string {
  return typeof value === 'string' ? plainDecimal(value) : value.toFixed();
}
