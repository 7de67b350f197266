import { type Cell, cellText, type Grid } from '../cell';
import { headerKey } from '../text/normalize';
import type { ColumnSpec } from './layout';

/** Where each standard column stands in a user's header row (column order is the user's). */
export interface HeaderMap {
  /** Column key → 0-based index in the row. */
  index: Map<string, number>;
  /** 0-based indexes of columns that are not standard (the user's own). */
  extra: number[];
  /** Standard columns absent from the header. */
  missing: ColumnSpec[];
  /**
   * No «ФИО» column, but «Фамилия», «Имя» (and «Отчество»): their 0-based indexes, read as one
   * ФИО (many schools keep the name split, as in their КИАСУО or «Сетевой город» export).
   */
  nameParts?: number[];
}

const NAME_PARTS = [['фамилия'], ['имя'], ['отчество']];

/** Matches header cells to column specs by title or alias, tolerant of case, ё/е, punctuation. */
export function mapHeader(header: readonly Cell[], columns: readonly ColumnSpec[]): HeaderMap {
  const byTitle = new Map<string, ColumnSpec>();
  for (const column of columns) {
    for (const title of [column.header, ...(column.aliases ?? [])]) {
      const key = headerKey(title);
      if (!byTitle.has(key)) byTitle.set(key, column);
    }
  }
  const index = new Map<string, number>();
  const extra: number[] = [];
  header.forEach((cell, i) => {
    const text = cellText(cell);
    const column = text === '' ? undefined : byTitle.get(headerKey(text));
    if (column && !index.has(column.key)) index.set(column.key, i);
    else if (text !== '') extra.push(i);
  });
  const nameParts = columns.some((c) => c.key === 'fio') && !index.has('fio') ? splitName(header) : undefined;
  const missing = columns.filter((column) => !index.has(column.key) && !(column.key === 'fio' && nameParts));
  return nameParts
    ? { index, extra: extra.filter((i) => !nameParts.includes(i)), missing, nameParts }
    : { index, extra, missing };
}

function splitName(header: readonly Cell[]): number[] | undefined {
  const keys = header.map((cell) => headerKey(cellText(cell)));
  const found = NAME_PARTS.map((titles) => keys.findIndex((key) => titles.includes(key)));
  if (found[0] < 0 || found[1] < 0) return undefined;
  return found.filter((i) => i >= 0);
}

/** A standard column's cell in a row; with split name columns, «ФИО» is their parts joined. */
export function cellOf(row: readonly Cell[], map: HeaderMap, key: string): Cell {
  const i = map.index.get(key);
  if (i !== undefined) return row[i] ?? null;
  if (key !== 'fio' || !map.nameParts) return null;
  const name = map.nameParts
    .map((part) => cellText(row[part] ?? null).trim())
    .filter((text) => text !== '')
    .join(' ');
  return name === '' ? null : name;
}

/**
 * The header of a sheet: its first row, or its first two when people typed a two-row header
 * (a merged group title such as «Согласие» over «ПДн (дата)» and «Представителя (дата)»). The
 * second row counts as header when it makes more standard columns recognisable and leaves the
 * required ones empty (or makes at least two more recognisable).
 */
export function sheetHeader(grid: Grid, columns: readonly ColumnSpec[]): { header: Cell[]; rows: 1 | 2 } {
  const first = grid[0] ?? [];
  if (grid.length < 2) return { header: [...first], rows: 1 };
  const known = (text: string) => recognised(text, columns);
  const combined: Cell[] = [];
  let top = '';
  const width = Math.max(first.length, grid[1].length);
  for (let c = 0; c < width; c++) {
    const own = cellText(first[c] ?? null);
    const below = cellText(grid[1][c] ?? null);
    // A merged title holds its text in the first cell only: carry it over the cells under it.
    top = own !== '' ? own : below !== '' ? top : '';
    if (below === '') combined.push(own === '' ? null : own);
    else if (known(below)) combined.push(below);
    else if (top !== '' && known(`${top} ${below}`)) combined.push(`${top} ${below}`);
    else combined.push(below);
  }
  const firstMap = mapHeader(first, columns);
  const gained = mapHeader(combined, columns).index.size - firstMap.index.size;
  // A data row fills the required columns (the name at least); a second header row leaves them empty.
  const required = columns.filter((c) => c.required && firstMap.index.has(c.key));
  const underRequiredBlank =
    required.length > 0 && required.every((c) => cellText(grid[1][firstMap.index.get(c.key) as number] ?? null) === '');
  const twoRows = gained >= 2 || (gained >= 1 && underRequiredBlank);
  return twoRows ? { header: combined, rows: 2 } : { header: [...first], rows: 1 };
}

function recognised(text: string, columns: readonly ColumnSpec[]): boolean {
  const key = headerKey(text);
  return columns.some((column) => [column.header, ...(column.aliases ?? [])].some((title) => headerKey(title) === key));
}

/** Reads a row into a record of standard column values (missing columns → null). */
export function rowRecord(row: readonly Cell[], map: HeaderMap): Record<string, Cell> {
  const record: Record<string, Cell> = {};
  for (const [key, i] of map.index) record[key] = row[i] ?? null;
  if (map.nameParts) record.fio = cellOf(row, map, 'fio');
  return record;
}
