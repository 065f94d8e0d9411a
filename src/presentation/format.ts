/**
 * How amounts look to a visitor: zh-CN grouping, two decimals. The engine's
 * amounts are already exact strings; Intl formats a decimal string exactly,
 * so no binary float is involved.
 */
const yuanFormat = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const rateFormat = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 4 });
const countFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });

type NumberText = `${number}` | string;
// Intl.NumberFormat.format accepts decimal strings (ES2023); the lib types lag behind.
const asFormatArg = (value: NumberText) => value as unknown as number;

/** "1200" → "1,200.00" */
export function yuan(value: NumberText): string {
  return yuanFormat.format(asFormatArg(value));
}

/** "0.1" → "0.10" */
export function rate(value: NumberText): string {
  return rateFormat.format(asFormatArg(value));
}

/** 100000 → "100,000" */
export function count(value: number): string {
  return countFormat.format(value);
}
