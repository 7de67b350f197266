import { describe, expect, it } from 'vitest';
import { pairTerm, programPeriod } from '../../../src/core/program/period';
import { Settings } from '../../../src/core/settings/settings';

const settingsWith = (rows: Array<[string, unknown]>) =>
  Settings.fromSheet([['Параметр', 'Значение', 'Ключ'], ...rows.map(([key, value]) => ['', value, key])] as never);

describe('programme period and pair term', () => {
  it('defaults to 1 September – 31 May of the academic year', () => {
    const period = programPeriod(settingsWith([['academicYear', 2026]]));
    expect(period.start).toEqual(new Date(2026, 8, 1));
    expect(period.end).toEqual(new Date(2027, 4, 31));
    expect(period.label).toBe('2026/2027 учебный год');
  });

  it('takes the dates of «Настройки»: several years, a calendar year', () => {
    const years = programPeriod(
      settingsWith([
        ['programStart', '01.09.2023'],
        ['programEnd', '31.05.2025'],
      ]),
    );
    expect(years.label).toBe('2023–2025 годы');
    const calendar = programPeriod(
      settingsWith([
        ['programStart', '10.01.2023'],
        ['programEnd', '20.12.2023'],
      ]),
    );
    expect(calendar.label).toBe('2023 год');
  });

  it('a pair works from its approval to the programme end, and a term that makes no sense is reported', () => {
    const period = programPeriod(settingsWith([['academicYear', 2026]]));
    const sound = pairTerm({ startDate: new Date(2026, 9, 15), endDate: null }, period);
    expect(sound).toEqual({ start: new Date(2026, 9, 15), end: new Date(2027, 4, 31), problems: [] });
    const late = pairTerm({ startDate: new Date(2027, 4, 20), endDate: null }, period);
    expect(late.problems.join()).toContain('меньше месяца');
    const backwards = pairTerm({ startDate: new Date(2027, 1, 1), endDate: new Date(2026, 11, 1) }, period);
    expect(backwards.problems.join()).toContain('раньше, чем начинается');
    const outside = pairTerm({ startDate: new Date(2026, 9, 1), endDate: new Date(2027, 7, 31) }, period);
    expect(outside.problems.join()).toContain('вне срока программы');
  });
});
