/**
 * 400 numbers: normalise what a visitor typed (§1), then grade it by its tail (§2).
 */
import { defaultGrade } from './lookup';
import type { SlimGrade } from './tariff';

export type NumberErrorCode = 'empty' | 'not-digits' | 'prefix' | 'length';

const NUMBER_ERROR_MESSAGES: Record<NumberErrorCode, string> = {
  empty: '请输入400号码',
  'not-digits': '号码只能包含数字（可带空格、横线、点或括号）',
  prefix: '400号码必须以 400 开头',
  length: '400号码应为 10 位数字',
};

export interface NumberError {
  code: NumberErrorCode;
  message: string;
}

type NormalisedNumber = { ok: true; number: string } | { ok: false; error: NumberError };

/**
 * Separators dropped after NFKC (§1): white space (with no-break and
 * zero-width spaces), the hyphen-minus and the hyphen, en and em dashes, the
 * minus sign, full stops and round brackets. NFKC has already made full-width
 * forms (－．（）０-９, the ideographic space) ASCII.
 */
const SEPARATORS = /[\s\u200b\-\u2010\u2013\u2014\u2212.()]/gu;

function fail(code: NumberErrorCode): NormalisedNumber {
  return { ok: false, error: { code, message: NUMBER_ERROR_MESSAGES[code] } };
}

/** Unicode NFKC first (full-width digits and separators become ASCII), then the separators are dropped. */
export function normaliseNumber(input: string): NormalisedNumber {
  const text = input.normalize('NFKC').replace(SEPARATORS, '');
  if (text === '') return fail('empty');
  if (!/^[0-9]+$/.test(text)) return fail('not-digits');
  if (!text.startsWith('400')) return fail('prefix');
  if (text.length !== 10) return fail('length');
  return { ok: true, number: text };
}

/** Does the tail of `digits` fit `pattern`? Letters are distinct digits; digits are literal. */
export function tailMatches(digits: string, pattern: string): boolean {
  if (pattern.length > digits.length) return false;
  const tail = digits.slice(digits.length - pattern.length);
  const letterToDigit = new Map<string, string>();
  const usedDigits = new Set<string>();
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern.charAt(i);
    const d = tail.charAt(i);
    if (p >= '0' && p <= '9') {
      if (p !== d) return false;
      continue;
    }
    const bound = letterToDigit.get(p);
    if (bound === undefined) {
      if (usedDigits.has(d)) return false;
      letterToDigit.set(p, d);
      usedDigits.add(d);
    } else if (bound !== d) {
      return false;
    }
  }
  return true;
}

/** "尾号 AABB", "其它尾号（不匹配任何靓号规则）" */
export function ruleName(rule: string): string {
  return rule === 'default' ? '其它尾号（不匹配任何靓号规则）' : `尾号 ${rule}`;
}

/** What grading needs of a grade: its tail patterns, and whether it takes the numbers no pattern matches. */
interface GradeRules {
  id: string;
  patterns: readonly string[];
  default?: boolean;
}

interface GradeMatch<G extends GradeRules = SlimGrade> {
  grade: G;
  /** The matching pattern, or "default" for a number that matches none. */
  rule: string;
}

/**
 * The highest grade whose pattern matches the tail (grades come lowest first);
 * within one grade the longest matching pattern names the rule. Takes a
 * tariff, or anything with its grades (the browser's grade table).
 */
export function gradeOfNumber<G extends GradeRules = SlimGrade>(
  tariff: { grades: readonly G[] },
  number: string,
): GradeMatch<G> {
  for (let i = tariff.grades.length - 1; i >= 0; i--) {
    const grade = tariff.grades[i];
    if (grade === undefined) continue;
    let best: string | undefined;
    for (const pattern of grade.patterns) {
      if (tailMatches(number, pattern) && (best === undefined || pattern.length > best.length)) best = pattern;
    }
    if (best !== undefined) return { grade, rule: best };
  }
  return { grade: defaultGrade(tariff), rule: 'default' };
}

/**
 * The share of all numbers whose tail a pattern matches (as tailMatches reads
 * it): each literal digit and each repeat of a letter fixes one digit (1/10);
 * the n-th distinct letter may be any digit the earlier letters did not take.
 * "AB" → 0.9, "AABB" → 0.009, "88" → 0.01.
 */
export function patternShare(pattern: string): number {
  const letters: string[] = [];
  let share = 1;
  for (const c of pattern) {
    if (c >= '0' && c <= '9') share /= 10;
    else if (letters.includes(c)) share /= 10;
    else {
      share *= (10 - letters.length) / 10;
      letters.push(c);
    }
  }
  return share;
}
