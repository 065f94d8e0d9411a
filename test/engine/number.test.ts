import { describe, expect, it } from 'vitest';
import { classify, gradeOfNumber, normaliseNumber, patternShare, tailMatches } from '../../src/engine/index';
import { formatNumber } from '../../src/presentation/phones';
import { tariff } from '../helpers/tariff';

describe('normaliseNumber (§1)', () => {
  it.each([
    ['4007788691', '4007788691'],
    ['400-778-8691', '4007788691'],
    ['400 7788 691', '4007788691'],
    ['(400) 778.8691', '4007788691'],
    ['４００１２３４５６８', '4001234568'],
    ['400－123－4568', '4001234568'],
    ['  400\t123\n4568 ', '4001234568'],
    // §1: NFKC first, then every listed separator.
    ['400–123–4568', '4001234568'],
    ['400—123—4568', '4001234568'],
    ['400−123−4568', '4001234568'],
    ['400‐123‐4568', '4001234568'],
    ['400\u00a0123\u200b4568', '4001234568'],
    ['400\u3000123．4568', '4001234568'],
    ['（400）1234568', '4001234568'],
    ['𝟒𝟎𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟖', '4001234568'],
  ])('%j → %s', (input, number) => {
    expect(normaliseNumber(input)).toEqual({ ok: true, number });
  });

  it.each([
    ['', 'empty'],
    ['  - ( ) .', 'empty'],
    ['400-ABC-1234', 'not-digits'],
    ['400１２３４５６x', 'not-digits'],
    ['٤٠٠١٢٣٤٥٦٨', 'not-digits'],
    ['400_123_4568', 'not-digits'],
    ['400/123/4568', 'not-digits'],
    ['400~1234568', 'not-digits'],
    ['12345', 'prefix'],
    ['5001234567', 'prefix'],
    ['40012345', 'length'],
    ['40012345678', 'length'],
    ['400', 'length'],
  ])('%j is rejected as %s', (input, code) => {
    const result = normaliseNumber(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(/[\u4e00-\u9fff]/u);
    }
  });

  it('gives each error code its own Chinese message', () => {
    const messages = ['', 'x', '12345', '40012345'].map((i) => {
      const r = normaliseNumber(i);
      return r.ok ? '' : r.error.message;
    });
    expect(new Set(messages).size).toBe(4);
  });

  it('does not choke on very long input', () => {
    const result = normaliseNumber(`400${'1'.repeat(1_000_000)}`);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'length' }) });
  });

  it('formats for display', () => {
    expect(formatNumber('4001236688')).toBe('400-123-6688');
  });
});

describe('tailMatches: letters are distinct digits', () => {
  it.each([
    ['4001236688', 'AABB', true],
    ['4001231111', 'AABB', false],
    ['4001231111', 'AAAA', true],
    ['4001231212', 'ABAB', true],
    ['4001231111', 'ABAB', false],
    ['4001123123', 'ABCABC', true],
    ['4001121121', 'ABCABC', false],
    ['4001234566', '66', true],
    ['4001234567', '66', false],
    // Digits are literal, 0 and 9 included; a letter is any digit.
    ['4001234588', '99', false],
    ['4001234511', '00', false],
    ['4001234500', '00', true],
    // A tail as long as the pattern, and one shorter.
    ['88', 'AA', true],
    ['8', 'AB', false],
  ])('%s ~ %s is %s', (number, pattern, expected) => {
    expect(tailMatches(number, pattern)).toBe(expected);
  });
});

describe('grades (§2 examples)', () => {
  it.each([
    ['4001234568', 'ordinary-50', 'default'],
    ['4001234566', 'ordinary-80', '66'],
    ['4001234588', 'ordinary-80', '88'],
    ['4001234599', 'ordinary-80', '99'],
    ['4001236688', 'special', 'AABB'],
    ['4001234777', 'special', 'AAA'],
    ['4001233434', 'special', 'ABAB'],
    ['4001237777', 'super', 'AAAA'],
    ['4001123123', 'super', 'ABCABC'],
    ['4001121212', 'super', 'ABABAB'],
    ['4001112233', 'super', 'AABBCC'],
    ['4000000000', 'super', 'AAAA'],
    ['4001231666', 'special', 'AAA'],
    ['4001234996', 'ordinary-50', 'default'],
  ])('%s is %s by %s', (number, grade, rule) => {
    const match = gradeOfNumber(tariff, number);
    expect(match.grade.id).toBe(grade);
    expect(match.rule).toBe(rule);
  });
});

describe('classify', () => {
  it('lists the plans a grade may take, cheapest first', () => {
    expect(classify(tariff, '4001234568').plans).toEqual([
      'monthly-600',
      'monthly-960',
      'annual-1200',
      'annual-1500',
      'annual-2000',
      'annual-3000',
      'annual-3600',
      'annual-80000',
    ]);
    expect(classify(tariff, '400-123-4566').plans).toEqual([
      'monthly-960',
      'annual-1200',
      'annual-1500',
      'annual-2000',
      'annual-3000',
      'annual-3600',
      'annual-80000',
    ]);
    expect(classify(tariff, '4001236688').plans).toEqual(['annual-3000', 'annual-80000']);
    expect(classify(tariff, '4001237777').plans).toEqual(['annual-80000']);
  });

  it('matches the §6 JSON shape', () => {
    expect(classify(tariff, '400 123 6688')).toEqual({
      version: '2016-04-10',
      input: '400 123 6688',
      valid: true,
      number: '4001236688',
      grade: { id: 'special', name: '特级号码' },
      rule: 'AABB',
      plans: ['annual-3000', 'annual-80000'],
    });
    expect(classify(tariff, '5001234567')).toEqual({
      version: '2016-04-10',
      input: '5001234567',
      valid: false,
      error: { code: 'prefix', message: '400号码必须以 400 开头' },
    });
  });
});

describe('patternShare: the share of numbers a tail pattern matches', () => {
  it.each([
    ['AB', 0.9],
    ['88', 0.01],
    ['00', 0.01],
    ['AABB', 0.009],
    ['A8', 0.1],
    ['ABC', 0.72],
  ])('%s → %f', (pattern, share) => {
    expect(patternShare(pattern)).toBeCloseTo(share, 12);
  });
});

describe('gradeOfNumber on any grade list', () => {
  const grades = [
    { id: 'low', patterns: ['88'] },
    { id: 'base', patterns: [], default: true },
    { id: 'high', patterns: ['AAA', 'AAAA', 'AA'] },
  ];
  it('the lowest grade’s own patterns count too', () => {
    expect(gradeOfNumber({ grades }, '4001234588')).toEqual({ grade: grades[2], rule: 'AA' });
    expect(gradeOfNumber({ grades: grades.slice(0, 2) }, '4001234588')).toEqual({ grade: grades[0], rule: '88' });
    expect(gradeOfNumber({ grades: grades.slice(0, 2) }, '4001234567')).toEqual({ grade: grades[1], rule: 'default' });
  });
  it('within a grade the longest matching pattern names the rule, whatever their order', () => {
    expect(gradeOfNumber({ grades }, '4001238888').rule).toBe('AAAA');
    expect(gradeOfNumber({ grades }, '4001234888').rule).toBe('AAA');
    // Of two as long, the first listed.
    expect(gradeOfNumber({ grades: [{ id: 'g', patterns: ['88', 'AA'], default: true }] }, '4001234588').rule).toBe(
      '88',
    );
  });
});
