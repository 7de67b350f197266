import { type Cell, isBlank } from '../cell';

import type { Parsed } from '../text/parse';

/** The first month of the academic cycle: August prepares the year that starts on 1 September. */
export const CYCLE_FIRST_MONTH = 8;

/** Calendar year of a month (1–12) inside the academic year that starts in September of `academicYear`. */
export function yearOfMonth(month: number, academicYear: number): number {
  return month >= CYCLE_FIRST_MONTH ? academicYear : academicYear + 1;
}

/**
 * A template date («25.08», «5.1», or a date cell whose day and month are taken) resolved to
 * a calendar date of the academic year.
 */
export function resolveTemplateDate(cell: Cell, academicYear: number): Parsed<Date> {
  if (isBlank(cell)) return { ok: false };
  let day: number;
  let month: number;
  if (cell instanceof Date) {
    day = cell.getDate();
    month = cell.getMonth() + 1;
  } else {
    const match = /^(\d{1,2})[./](\d{1,2})(?:[./]\d{2,4})?$/.exec(String(cell).trim());
    if (!match) return { ok: false };
    day = Number(match[1]);
    month = Number(match[2]);
  }
  if (month < 1 || month > 12 || day < 1 || day > 31) return { ok: false };
  const year = yearOfMonth(month, academicYear);
  const lastDay = new Date(year, month, 0).getDate();
  if (day > lastDay && !(month === 2 && day === 29)) return { ok: false };
  // 29.02 of a template falls on 28.02 in a common year.
  return { ok: true, value: new Date(year, month - 1, Math.min(day, lastDay)) };
}

/** The twelve months of the cycle (August…July) as {year, month 1–12}. */
export function cycleMonths(academicYear: number): Array<{ year: number; month: number }> {
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((CYCLE_FIRST_MONTH - 1 + i) % 12) + 1;
    return { year: yearOfMonth(month, academicYear), month };
  });
}

/** Midnight of the day: comparisons by calendar day, not by time. */
export function dayStart(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}
