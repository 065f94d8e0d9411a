import { describe, expect, it } from 'vitest';
import { defaultGrade, findAddon, findGrade, findNote, findPlan } from '../../src/engine/lookup';
import { tariff } from '../helpers/tariff';

describe('finding data by id (published tariff)', () => {
  it('finds each kind by its id, and nothing for an unknown one', () => {
    expect(findPlan(tariff, 'annual-1200')?.yearly).toBe('1200');
    expect(findGrade(tariff, 'special')?.kind).toBe('special');
    expect(findAddon(tariff, 'ringback')?.name).toBe('彩铃功能');
    expect(findNote(tariff, 'carrier-rules')?.id).toBe('carrier-rules');
    expect([findPlan(tariff, 'x'), findGrade(tariff, 'x'), findAddon(tariff, 'x'), findNote(tariff, 'x')]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('the default grade is the one marked default', () => {
    expect(defaultGrade(tariff).id).toBe('ordinary-50');
    expect(() => defaultGrade({ grades: [{ default: false }] })).toThrow('tariff has no default grade');
  });
});
