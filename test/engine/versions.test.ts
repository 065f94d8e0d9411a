import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  isIsoDate,
  scheduledAfter,
  slimTariff,
  tariffAt,
  todayInShanghai,
  type Tariff,
} from '../../src/engine/index';
import { tariff } from '../helpers/tariff';

const at = (effective: string): Tariff => ({ ...tariff, settings: { ...tariff.settings, effective } });
const versions = [at('2016-04-10'), at('2027-01-01'), at('2027-06-01')];

describe('versions and dates', () => {
  it('the version in force on a date, and the ones scheduled after it', () => {
    expect(tariffAt(versions, '2016-04-09')).toBeUndefined();
    expect(tariffAt(versions, '2016-04-10')?.settings.effective).toBe('2016-04-10');
    expect(tariffAt(versions, '2027-05-31')?.settings.effective).toBe('2027-01-01');
    expect(tariffAt(versions, '2030-01-01')?.settings.effective).toBe('2027-06-01');
    // A version that starts on the date is in force, not scheduled.
    expect(scheduledAfter(versions, versions.at(-1)?.settings.effective ?? '')).toEqual([]);
    expect(scheduledAfter(versions, '2026-12-31').map((v) => v.settings.effective)).toEqual([
      '2027-01-01',
      '2027-06-01',
    ]);
  });

  it('real calendar dates only, written YYYY-MM-DD', () => {
    expect(['2024-02-29', '2027-01-01', '2027-12-31', '2027-04-30'].map(isIsoDate)).toEqual([true, true, true, true]);
    const outOfRange = ['2027-04-31', '2027-04-00', '2027-00-10', '2027-12-32', '2027-99-01', '2027-01-99'];
    expect(outOfRange.filter(isIsoDate)).toEqual([]);
    expect(['2023-02-29', '2027-13-01', '2027-1-1', '20270101', ' 2027-01-01'].map(isIsoDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    // Years 1–99 are real years, not 1901–1999 (a change dated 0099 is refused as too early, not as unreal).
    expect(['0001-01-01', '0099-12-31', '0004-02-29'].map(isIsoDate)).toEqual([true, true, true]);
    expect(isIsoDate('0099-02-29')).toBe(false);
    expect(daysBetween('2026-12-27', '2027-01-01')).toBe(5);
  });

  it('today is Asia/Shanghai’s: 16:30 UTC is already the next day there', () => {
    expect(todayInShanghai(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
    expect(todayInShanghai(new Date('2026-12-31T15:59:00Z'))).toBe('2026-12-31');
  });

  it('a slim tariff keeps what the engine computes with and drops quotes and notes', () => {
    const slim = slimTariff(tariff);
    const text = JSON.stringify(slim);
    expect(text).not.toMatch(/"source"|"taxSource"|"summary"/u);
    expect(slim.notes).toEqual([]);
    expect(slim.addons.map((a) => a.charges)).toEqual(
      tariff.addons.map((a) => a.charges.map(({ source: _s, ...c }) => c)),
    );
    expect(text.length).toBeLessThan(JSON.stringify(tariff).length / 2);
  });
});
