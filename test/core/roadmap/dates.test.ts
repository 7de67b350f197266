import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRuDate } from '../../../src/core/cell';
import { cycleMonths, resolveTemplateDate } from '../../../src/core/roadmap/dates';

function resolved(text: string, year: number): string {
  const parsed = resolveTemplateDate(text, year);
  return parsed.ok ? formatRuDate(parsed.value) : 'invalid';
}

describe('template dates of an academic year', () => {
  it('puts August–December in the first year and January–July in the second', () => {
    expect(resolved('25.08', 2026)).toBe('25.08.2026');
    expect(resolved('01.09', 2026)).toBe('01.09.2026');
    expect(resolved('31.12', 2026)).toBe('31.12.2026');
    expect(resolved('15.01', 2026)).toBe('15.01.2027');
    expect(resolved('5.6', 2026)).toBe('05.06.2027');
    expect(resolved('31.07', 2026)).toBe('31.07.2027');
  });

  it('takes 29.02 as the last day of February in a common year', () => {
    expect(resolved('29.02', 2026)).toBe('28.02.2027');
    expect(resolved('29.02', 2027)).toBe('29.02.2028');
  });

  it('rejects what is not a day and a month', () => {
    for (const text of ['31.04', '00.09', '12.13', 'сентябрь', '', '1 сентября'])
      expect(resolved(text, 2026)).toBe('invalid');
  });

  it('accepts a date cell and keeps only its day and month', () => {
    const parsed = resolveTemplateDate(new Date(2020, 9, 3), 2026);
    expect(parsed.ok && formatRuDate(parsed.value)).toBe('03.10.2026');
  });

  it('always lands inside 1 August … 31 July of the cycle', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (year, month, day) => {
          const parsed = resolveTemplateDate(`${day}.${month}`, year);
          if (!parsed.ok) return false;
          return parsed.value >= new Date(year, 7, 1) && parsed.value <= new Date(year + 1, 6, 31);
        },
      ),
    );
  });

  it('lists the twelve months of the timeline from August', () => {
    const months = cycleMonths(2026);
    expect(months[0]).toEqual({ year: 2026, month: 8 });
    expect(months[1]).toEqual({ year: 2026, month: 9 });
    expect(months[5]).toEqual({ year: 2027, month: 1 });
    expect(months[11]).toEqual({ year: 2027, month: 7 });
  });
});
