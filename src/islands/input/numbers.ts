/**
 * Whole numbers as visitors type them, for every count field (minutes and
 * add-on quantities alike): full-width digits, thousands separators, spaces
 * and a trailing unit are accepted ("１５００", "1,500", "1500 分钟"); the limit is
 * the engine's, so whatever a field accepts, a shared link reloads and the
 * engine quotes.
 */
import { REQUEST_LIMITS } from '../../engine/rules';

interface CountField {
  min: number;
  max: number;
  /** Units a visitor may type after the number: ["分钟", "分"], ["个"]. */
  units?: readonly string[];
}

export function parseCount(text: string, { min, max, units = [] }: CountField): number | undefined {
  let value = text.normalize('NFKC').trim();
  for (const unit of [...units].sort((a, b) => b.length - a.length)) {
    if (unit !== '' && value.endsWith(unit)) {
      value = value.slice(0, -unit.length).trim();
      break;
    }
  }
  // Thousands separators and spaces between digit groups: "1,500", "1 500".
  if (!/^\d{1,3}([,\s]\d{3})*$|^\d+$/u.test(value)) return undefined;
  const digits = value.replace(/[,\s]/gu, '');
  if (digits.length > 15) return undefined;
  const number = Number(digits);
  return number >= min && number <= max ? number : undefined;
}

/** "请输入 1 到 100,000,000 之间的整数（个）" */
export function countHint({ min, max }: CountField, unit: string): string {
  return `请输入 ${min.toLocaleString('en-US')} 到 ${max.toLocaleString('en-US')} 之间的整数${unit ? `（${unit}）` : ''}`;
}

export const MINUTES_FIELD: CountField = {
  min: 0,
  max: REQUEST_LIMITS.minutesPerMonth,
  units: ['分钟/月', '分钟', '分'],
};

export function quantityField(min: number, unit: string): CountField {
  return { min, max: REQUEST_LIMITS.quantity, units: [unit] };
}

/** A whole number in a URL parameter, within bounds (a URL carries plain digits only). */
export function wholeNumber(text: string | null, min: number, max: number): number | undefined {
  if (text === null || !/^\d{1,12}$/u.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}
