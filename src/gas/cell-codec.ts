import { type Cell, type Formula, type Grid, isFormula } from '../core/cell';

/**
 * Sheets parses what `setValues` receives as if a user typed it: `=…` becomes a formula, `+7…`
 * and `-…` become numbers or formulas, `@…` is rejected, `007` loses its zeros, `01.09.2024`
 * and `TRUE` change type. A leading apostrophe makes Sheets store the rest as plain text; the
 * apostrophe itself is not part of the value (`getValues` returns the text without it).
 */
const PARSED_PREFIX = /^\s*[=+\-@']/;
const NUMBER_OR_DATE_LIKE = /^[\s\d.,:/%$€₽()-]*\d[\s\d.,:/%$€₽()eE-]*$/;
const BOOLEAN_LIKE = /^\s*(true|false|истина|ложь)\s*$/i;

export function needsTextGuard(text: string): boolean {
  return PARSED_PREFIX.test(text) || NUMBER_OR_DATE_LIKE.test(text) || BOOLEAN_LIKE.test(text);
}

/** Sheets' "plain text" number format: input is stored as typed, an apostrophe included. */
export const PLAIN_TEXT_FORMAT = '@';

/**
 * A core cell as the value `setValues` must receive. In a cell formatted as plain text nothing
 * is parsed, so the text goes as is (an apostrophe there would be kept as a character).
 */
export function toSheetValue(cell: Cell | undefined, numberFormat = ''): string | number | boolean | Date {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') {
    const guard = cell !== '' && numberFormat !== PLAIN_TEXT_FORMAT && needsTextGuard(cell);
    return guard ? `'${cell}` : cell;
  }
  if (isFormula(cell)) return cell.formula;
  if (typeof cell === 'number' && !Number.isFinite(cell)) return '';
  return cell;
}

/**
 * One sheet as the core sees it, from the two batched reads of its data range:
 * '' → null, a formula cell → {formula}, everything else as Sheets returned it.
 */
export function fromSheetValues(values: unknown[][], formulas: string[][]): Grid {
  return values.map((row, r) =>
    row.map((value, c): Cell => {
      const formula = formulas[r]?.[c];
      if (formula) return { formula, value: fromSheetValue(value) };
      return fromSheetValue(value);
    }),
  );
}

function fromSheetValue(value: unknown): Exclude<Cell, Formula> {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') return value as Date;
  return String(value);
}
