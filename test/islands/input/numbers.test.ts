import { describe, expect, it } from 'vitest';
import { countHint, MINUTES_FIELD, parseCount, quantityField } from '../../../src/islands/input/numbers';

describe('count fields', () => {
  it.each([
    ['1500', 1500],
    ['１５００', 1500],
    ['1,500', 1500],
    ['1 500', 1500],
    ['1500分钟', 1500],
    [' 1500 分钟 ', 1500],
    ['0', 0],
    ['10,000,000', 10_000_000],
  ])('minutes %j → %d', (text, value) => expect(parseCount(text, MINUTES_FIELD)).toBe(value));

  it.each(['', ' ', '2.5', '-1', '1e3', '10,000,001', '15,00', 'abc', '1500元', '٤٠٠'])(
    'minutes %j is refused',
    (text) => expect(parseCount(text, MINUTES_FIELD)).toBeUndefined(),
  );

  it('quantities: at least the minimum, at most the engine limit, with their own unit', () => {
    const levels = quantityField(1, '层');
    expect([parseCount('0', levels), parseCount('2.5', levels), parseCount('', levels)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(parseCount('3层', levels)).toBe(3);
    expect(parseCount('100000001', levels)).toBeUndefined();
    expect(countHint(levels, '层')).toBe('请输入 1 到 100,000,000 之间的整数（层）');
  });
});
