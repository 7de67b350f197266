/**
 * A formula cell. The add-on writes formulas only as this object (never from a user's or a
 * form's text). Read from a sheet, it carries the value the formula computed, so that a
 * curator's `=2026-ГОД(…)` in «Возраст» reads as a number.
 */
export interface Formula {
  readonly formula: string;
  readonly value?: string | number | boolean | Date | null;
}

/** One spreadsheet cell as the core sees it. Empty cells are `null`. */
export type Cell = string | number | boolean | Date | Formula | null;

/** A rectangle of cells, row-major. Row 0 of a sheet grid is its header row. */
export type Grid = Cell[][];

export function isFormula(cell: Cell): cell is Formula {
  return typeof cell === 'object' && cell !== null && !(cell instanceof Date) && 'formula' in cell;
}

export function isBlank(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** A formula cell's computed value (null if unknown); any other cell as it is. */
export function computedValue(cell: Cell | undefined): Exclude<Cell, Formula> {
  if (cell === undefined) return null;
  if (isFormula(cell)) return cell.value ?? null;
  return cell;
}

/** A cell as display text (dates as дд.мм.гггг; a formula as its computed value), for messages and keys. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (isFormula(cell)) return cell.value === undefined ? cell.formula : cellText(cell.value);
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : formatRuDate(cell);
  return String(cell).trim();
}

export function formatRuDate(date: Date): string {
  const dd = String(date.getDate()).padStart(2, '0');
  const mm = String(date.getMonth() + 1).padStart(2, '0');
  return `${dd}.${mm}.${date.getFullYear()}`;
}

/** Pads every row to the same width with nulls (sheets return ragged data from files). */
export function rectangular(grid: Grid, width?: number): Grid {
  const w = width ?? grid.reduce((max, row) => Math.max(max, row.length), 0);
  return grid.map((row) => {
    const copy = row.slice(0, w);
    while (copy.length < w) copy.push(null);
    return copy;
  });
}

/** 1-based column number → A1 letters (1 → A, 27 → AA). */
export function columnLetter(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
