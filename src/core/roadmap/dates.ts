import { type Cell, isBlank } from '../cell';

import type { PeriodKind } from '../program/period';
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
  return placeDayMonth(cell, academicYear, 'academic');
}

/**
 * A day and month placed in a year of the programme: in an academic year August–December fall in
 * its first calendar year and January–July in the second; in a calendar year, in that year.
 */
export function placeDayMonth(cell: Cell, year: number, kind: PeriodKind): Parsed<Date> {
  const parts = dayMonthOf(cell);
  if (!parts) return { ok: false };
  const { day, month } = parts;
  const calendarYear = kind === 'calendar' ? year : yearOfMonth(month, year);
  const lastDay = new Date(calendarYear, month, 0).getDate();
  // 29.02 of a template falls on 28.02 in a common year.
  return { ok: true, value: new Date(calendarYear, month - 1, Math.min(day, lastDay)) };
}

/**
 * A template date with its year («01.12.2023» typed, or a date cell): the date itself when it lies
 * within `window` (the programme's years), otherwise null — the day and month are then placed in
 * the programme's year like «дд.мм» (a date cell Google made of a typed «25.08» carries the year
 * it was typed in).
 */
export function absoluteTemplateDate(cell: Cell, window: { start: Date; end: Date }): Date | null {
  const full = fullDateOf(cell);
  if (!full) return null;
  return full >= window.start && full <= window.end ? full : null;
}

/** The year written in a template date: «01.12.2022» (a date cell has its own). Null for «дд.мм». */
export function typedYear(cell: Cell): number | null {
  if (cell instanceof Date || isBlank(cell)) return null;
  const match = /^\d{1,2}[./]\d{1,2}[./](\d{2}|\d{4})$/.exec(String(cell).trim());
  if (!match) return null;
  return match[1].length === 2 ? 2000 + Number(match[1]) : Number(match[1]);
}

function fullDateOf(cell: Cell): Date | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : dayStart(cell);
  const year = typedYear(cell);
  const parts = dayMonthOf(cell);
  if (year === null || !parts) return null;
  const date = new Date(year, parts.month - 1, parts.day);
  return date.getMonth() === parts.month - 1 ? date : null;
}

function dayMonthOf(cell: Cell): { day: number; month: number } | null {
  if (isBlank(cell)) return null;
  let day: number;
  let month: number;
  if (cell instanceof Date) {
    day = cell.getDate();
    month = cell.getMonth() + 1;
  } else {
    const match = /^(\d{1,2})[./](\d{1,2})(?:[./]\d{2,4})?$/.exec(String(cell).trim());
    if (!match) return null;
    day = Number(match[1]);
    month = Number(match[2]);
  }
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  // a day no month has (31.04) is a typo; 29.02 is a day of some years
  if (day > new Date(2000, month, 0).getDate()) return null;
  return { day, month };
}

/** Months from the one holding `start` to the one holding `end`, as {year, month 1–12}. */
export function monthsBetween(start: Date, end: Date): Array<{ year: number; month: number }> {
  const months: Array<{ year: number; month: number }> = [];
  for (
    let y = start.getFullYear(), m = start.getMonth();
    y < end.getFullYear() || (y === end.getFullYear() && m <= end.getMonth());
  ) {
    months.push({ year: y, month: m + 1 });
    m += 1;
    if (m === 12) {
      m = 0;
      y += 1;
    }
  }
  return months;
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
