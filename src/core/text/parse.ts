import { type Cell, computedValue } from '../cell';
import { cleanText } from './normalize';

export type Parsed<T> = { ok: true; value: T } | { ok: false };

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]{2,}$/;

export function parseEmail(input: Cell): Parsed<string> {
  const cell = computedValue(input);
  const text = cleanText(cellString(cell))
    .toLowerCase()
    .replace(/^mailto:/, '');
  return EMAIL.test(text) ? { ok: true, value: text } : { ok: false };
}

/** Numbers from number cells or text with a decimal comma; «12 лет» → 12. */
export function parseNumber(input: Cell): Parsed<number> {
  const cell = computedValue(input);
  if (typeof cell === 'number') return Number.isFinite(cell) ? { ok: true, value: cell } : { ok: false };
  const text = cleanText(cellString(cell)).replace(/\s/g, '');
  const match = /^([+-]?\d+(?:[.,]\d+)?)(?:лет|года|год|г\.?|л\.?)?$/i.exec(text);
  if (!match) return { ok: false };
  return { ok: true, value: Number(match[1].replace(',', '.')) };
}

/** Excel/Sheets serial day numbers that plausibly are dates (1954–2119). */
const SERIAL_MIN = 20000;
const SERIAL_MAX = 80000;
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/** Dates from Date cells, «дд.мм.гггг» / «д.м.гг» / ISO text, or a date serial number. */
export function parseDate(input: Cell): Parsed<Date> {
  const cell = computedValue(input);
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? { ok: false } : { ok: true, value: cell };
  }
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < SERIAL_MIN || cell > SERIAL_MAX) return { ok: false };
    const utc = new Date(SERIAL_EPOCH_UTC + cell * 86400000);
    return { ok: true, value: new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate()) };
  }
  const text = cleanText(cellString(cell)).replace(/\s*г\.?$/, '');
  let match = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/.exec(text);
  if (match) {
    const year = match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
    return calendarDate(year, Number(match[2]), Number(match[1]));
  }
  match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text);
  if (match) return calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
  return { ok: false };
}

function calendarDate(year: number, month: number, day: number): Parsed<Date> {
  const date = new Date(year, month - 1, day);
  const valid = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return valid && year >= 1900 && year <= 2100 ? { ok: true, value: date } : { ok: false };
}

/** Yes/no answers as people write them. */
export function parseYesNo(input: Cell): Parsed<boolean> {
  const cell = computedValue(input);
  if (typeof cell === 'boolean') return { ok: true, value: cell };
  const text = cleanText(cellString(cell)).toLowerCase();
  if (['да', 'yes', 'true', 'истина', '1', '+', 'есть', 'дано'].includes(text)) return { ok: true, value: true };
  if (['нет', 'no', 'false', 'ложь', '0', '-', 'не дано'].includes(text)) return { ok: true, value: false };
  return { ok: false };
}

export function cellString(input: Cell): string {
  const cell = computedValue(input);
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString();
  return String(cell);
}
