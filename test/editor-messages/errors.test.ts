import { describe, expect, it } from 'vitest';
import {
  firstLines,
  capIssues,
  didYouMean,
  formatIssue,
  formatIssues,
  formatPath,
  type Issue,
} from '../../src/editor-messages/errors';

const issue = (file: string, extra: Partial<Issue> = {}): Issue => ({
  file,
  path: 'plans[0].rate',
  code: 'plan/monthly-fen',
  message: '信息',
  ...extra,
});

describe('issues as printed', () => {
  it('a line and column when known, else the path inside the file; warnings say 提醒', () => {
    expect(formatIssue(issue('tariffs/plans.yaml', { line: 12, col: 9 }))).toBe(
      'tariffs/plans.yaml:12:9: 错误 plan/monthly-fen：信息',
    );
    expect(formatIssue(issue('tariffs/plans.yaml', { line: 12 }))).toBe(
      'tariffs/plans.yaml:12:1: 错误 plan/monthly-fen：信息',
    );
    expect(formatIssue(issue('tariffs/plans.yaml'))).toBe(
      'tariffs/plans.yaml: plans[0].rate: 错误 plan/monthly-fen：信息',
    );
    expect(formatIssue(issue('tariffs/plans.yaml', { path: '', warning: true }))).toBe(
      'tariffs/plans.yaml: 提醒 plan/monthly-fen：信息',
    );
    // What a file holds never drives the terminal.
    expect(formatIssue(issue('a\u001b[2J.yaml', { path: '' }))).toBe('a\\x1b[2J.yaml: 错误 plan/monthly-fen：信息');
  });

  it('at most 50 a file are listed; the rest of each file is counted', () => {
    const many = [
      ...Array.from({ length: 52 }, () => issue('a.yaml')),
      ...Array.from({ length: 50 }, () => issue('b.yaml')),
      issue('c.yaml'),
    ];
    const { shown, more } = capIssues(many);
    expect(shown).toHaveLength(101);
    expect(more).toEqual([['a.yaml', 2]]);
    const lines = formatIssues(many);
    expect(lines).toHaveLength(102);
    expect(lines.at(-1)).toBe('a.yaml: 另有 2 个问题未列出（先改好上面的）');
    expect(lines.at(-2)).toBe('c.yaml: plans[0].rate: 错误 plan/monthly-fen：信息');
  });

  it('paths: list positions in brackets, names joined by dots', () => {
    expect(formatPath(['addons', 4, 'needs', 0, 'id'])).toBe('addons[4].needs[0].id');
    expect(formatPath([0, 'id'])).toBe('[0].id');
    expect(formatPath([])).toBe('');
  });

  it('did you mean: the nearest known id one or two edits away, the first of equals', () => {
    expect(didYouMean('ringbak', ['ringback', 'ivr'])).toBe('（是不是 “ringback”？）');
    expect(didYouMean('rinback', ['ringbacks', 'ringback'])).toBe('（是不是 “ringback”？）');
    expect(didYouMean('ab', ['ax', 'ay'])).toBe('（是不是 “ax”？）');
    expect(didYouMean('abc', ['abcdef'])).toBe('');
    expect(didYouMean('', ['ab'])).toBe('（是不是 “ab”？）');
    expect(didYouMean('abc', [])).toBe('');
  });
});

describe('a short notice of many problems', () => {
  it('names the first ones and counts the rest', () => {
    expect(firstLines(['a', 'b'], 2)).toEqual(['a', 'b']);
    expect(firstLines(['a', 'b', 'c', 'd'], 2)).toEqual(['a', 'b', '……另有 2 个问题']);
    expect(firstLines([], 5)).toEqual([]);
  });
});
