/**
 * Amounts as the data writes them ("600", "0.13"), read and rewritten as
 * text, exactly: the shortest form for a label, a share as a percentage, and
 * which of two amounts is larger. Moving digits, not arithmetic, so a form
 * that shows them hydrates without decimal.js; prices are computed in
 * ./money only (test/engine/decimal-text.test.ts holds the two together).
 */

/** How a money amount is written in the data: digits, at most four decimals ("600", "0.13"). */
export const DECIMAL_PATTERN = /^\d{1,15}(\.\d{1,4})?$/u;

/** Is this a money amount as the data writes it? */
export function isDecimalText(value: unknown): value is string {
  return typeof value === 'string' && DECIMAL_PATTERN.test(value);
}

/** The whole part without leading zeros ("0" at least) and the fraction without trailing ones. */
function partsOf(text: string): readonly [whole: string, fraction: string] {
  const match = /^(\d+)(?:\.(\d+))?$/u.exec(text);
  if (match === null) throw new Error(`not an amount: "${text}"`);
  return [(match[1] ?? '').replace(/^0+(?=\d)/u, ''), (match[2] ?? '').replace(/0+$/u, '')];
}

/** "600.00" → "600", "0.130" → "0.13": the shortest exact form, for labels. */
export function plainDecimal(text: string): string {
  const [whole, fraction] = partsOf(text);
  return fraction === '' ? whole : `${whole}.${fraction}`;
}

/** "0.08" → "8", "0.065" → "6.5": a share as a percentage (the point moved two places). */
export function sharePercent(share: string): string {
  const [whole, fraction] = partsOf(share);
  const digits = fraction.padEnd(2, '0');
  return plainDecimal(`${whole}${digits.slice(0, 2)}.${digits.slice(2) || '0'}`);
}

/** -1, 0 or 1 as `a` is less than, equal to or greater than `b`. */
export function compareDecimalTexts(a: string, b: string): -1 | 0 | 1 {
  const [aWhole, aFraction] = partsOf(a);
  const [bWhole, bFraction] = partsOf(b);
  // Whole parts padded to one width compare as text; fractions without trailing zeros do so as they are ("45" < "5").
  const width = Math.max(aWhole.length, bWhole.length);
  const x = `${aWhole.padStart(width, '0')}.${aFraction}`;
  const y = `${bWhole.padStart(width, '0')}.${bFraction}`;
  return x < y ? -1 : x > y ? 1 : 0;
}
