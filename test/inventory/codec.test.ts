import fc from 'fast-check';
import { fuzzRuns } from '../helpers/fuzz-runs';
import { describe, expect, it } from 'vitest';
import { decodeTails, encodeTails, numberOf, tailOf } from '../../src/inventory/codec';

describe('the compact number list', () => {
  it('writes gaps as varints: one byte below 128, more above', () => {
    expect([...encodeTails([0, 1, 128, 9_999_999])]).toEqual([0, 1, 127, 0xff, 0xab, 0xe2, 0x04]);
    expect([...decodeTails(Uint8Array.from([0, 1, 127, 0xff, 0xab, 0xe2, 0x04]), 4)]).toEqual([0, 1, 128, 9_999_999]);
  });

  it('every number in, every number out, for random sorted lists', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 9_999_999 }), { maxLength: 3000 }), (list) => {
        const tails = [...list].sort((a, b) => a - b);
        expect([...decodeTails(encodeTails(tails), tails.length)]).toEqual(tails);
      }),
      fuzzRuns(200),
    );
  });

  it('refuses unsorted or repeated tails, and a list cut short', () => {
    expect(() => encodeTails([5, 3])).toThrow('tails must ascend without repeats (at index 1)');
    expect(() => encodeTails([5, 5])).toThrow('at index 1');
    expect(() => decodeTails(Uint8Array.from([1, 2]), 3)).toThrow('the list ends after 2 of 3 numbers');
  });

  it('a tail is the seven digits after 400', () => {
    expect(tailOf('4000012345')).toBe(12345);
    expect(numberOf(12345)).toBe('4000012345');
  });
});
