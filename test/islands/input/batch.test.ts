import { describe, expect, it } from 'vitest';
import { splitNumbers } from '../../../src/islands/input/batch';

describe('splitNumbers', () => {
  it.each([
    ['', []],
    ['   ', []],
    ['400 123 6688', ['400 123 6688']],
    ['4001236688\n400-123-4566\r\n４００１２３４５６８', ['4001236688', '400-123-4566', '４００１２３４５６８']],
    ['4001236688,4001234566，4001234568', ['4001236688', '4001234566', '4001234568']],
    ['4001236688; 4001234566；4001234568、4007788691', ['4001236688', '4001234566', '4001234568', '4007788691']],
    ['4001236688,,\n\n, 4001234566 ,', ['4001236688', '4001234566']],
  ])('%j → %j', (text, numbers) => {
    expect(splitNumbers(text)).toEqual(numbers);
  });

  it('keeps every number of a long list (none is dropped silently)', () => {
    expect(splitNumbers(Array.from({ length: 10_000 }, () => '4001234568').join('\n'))).toHaveLength(10_000);
  });
});
