import type { ProgramPeriod, ProgramYear } from '../program/period';
import { textKey } from '../text/normalize';

/** «Настройки» → «Дорожная карта: повторяющиеся мероприятия». */
export const REPEAT_ROWS = 'строка на каждую дату';
export const REPEAT_LIST = 'одна строка со списком дат';

export type RepeatLayout = 'rows' | 'list';

export interface Repeat {
  /** Months between occurrences: 1 monthly, 3 quarterly, 6 twice a year; 0 — once. */
  everyMonths: number;
  /** The row's own choice («одной строкой» / «по строкам»); undefined — the setting's. */
  layout?: RepeatLayout;
}

/** The words of «Повтор» (data as methodists write it), each with its step in months. */
const REPEAT_WORDS: Array<{ words: string[]; everyMonths: number }> = [
  { words: ['однократно', 'разово', 'один раз', 'нет'], everyMonths: 0 },
  { words: ['ежемесячно', 'каждый месяц', 'раз в месяц', 'ежемесячное'], everyMonths: 1 },
  { words: ['ежеквартально', 'каждый квартал', 'раз в квартал', 'ежеквартальное'], everyMonths: 3 },
  { words: ['раз в полгода', 'раз в полугодие', 'каждое полугодие', 'по полугодиям'], everyMonths: 6 },
];
const LIST_WORDS = ['одной строкой', 'списком', 'список дат', 'в одной строке'];
const ROWS_WORDS = ['по строкам', 'отдельными строками', 'строка на каждую дату', 'каждая дата отдельно'];

/** «ежемесячно; одной строкой» → {1, list}; blank → once; null — words the tool does not know. */
export function parseRepeat(text: string): Repeat | null {
  const parts = text
    .split(/[;,()]/)
    .map((part) => textKey(part))
    .filter((part) => part !== '');
  if (parts.length === 0) return { everyMonths: 0 };
  let everyMonths: number | undefined;
  let layout: RepeatLayout | undefined;
  for (const part of parts) {
    if (LIST_WORDS.includes(part)) layout = 'list';
    else if (ROWS_WORDS.includes(part)) layout = 'rows';
    else {
      const found = REPEAT_WORDS.find((entry) => entry.words.includes(part));
      if (!found || everyMonths !== undefined) return null;
      everyMonths = found.everyMonths;
    }
  }
  return { everyMonths: everyMonths ?? 0, layout };
}

/** The dates of a repeated event: its start, then every `everyMonths` months (same day) up to its end. */
export function occurrences(start: Date, end: Date, everyMonths: number): Date[] {
  if (everyMonths <= 0) return [start];
  const dates: Date[] = [];
  for (let i = 0; ; i += everyMonths) {
    const month = start.getMonth() + i;
    const lastDay = new Date(start.getFullYear(), month + 1, 0).getDate();
    const date = new Date(start.getFullYear(), month, Math.min(start.getDate(), lastDay));
    if (date > end) break;
    dates.push(date);
  }
  return dates;
}

export type YearsChoice = { ok: true; years: ProgramYear[]; outside: string[] } | { ok: false };

/**
 * «Год программы»: blank or «каждый» — every year; «1», «2; 3», «1–3» — years of the programme;
 * «2025», «2024/25» — the programme year starting in that calendar year. Years the programme does
 * not have are returned in `outside` (the template may be written for a longer programme).
 */
export function chooseYears(text: string, period: Pick<ProgramPeriod, 'years'>): YearsChoice {
  const key = textKey(text);
  if (key === '' || ['каждый', 'каждый год', 'все', 'ежегодно', 'все годы'].includes(key))
    return { ok: true, years: [...period.years], outside: [] };
  const wanted = new Set<number>();
  const outside: string[] = [];
  for (const raw of key.split(/[;,]/)) {
    const token = raw.replace(/(-?й)?\s*год(а|ы)?/g, '').trim();
    if (token === '') continue;
    const range = /^(\d{1,2})\s*[-–—]\s*(\d{1,2})$/.exec(token);
    const calendar = /^(\d{4})(?:\/\d{2}(?:\d{2})?)?$/.exec(token);
    const single = /^(\d{1,2})$/.exec(token);
    const numbers: number[] = [];
    if (range) for (let n = Number(range[1]); n <= Number(range[2]); n++) numbers.push(n);
    else if (single) numbers.push(Number(single[1]));
    else if (calendar) {
      const year = period.years.find((y) => y.first === Number(calendar[1]));
      if (year) wanted.add(year.number);
      else outside.push(token);
      continue;
    } else return { ok: false };
    if (numbers.length === 0 || numbers.some((n) => n < 1)) return { ok: false };
    for (const n of numbers) {
      if (n <= period.years.length) wanted.add(n);
      else outside.push(String(n));
    }
  }
  return { ok: true, years: period.years.filter((y) => wanted.has(y.number)), outside };
}
