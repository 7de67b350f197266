import { type Cell, cellText } from '../cell';
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
}

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
  const missing = columns.filter((column) => !index.has(column.key));
  return { index, extra, missing };
}

/** Reads a row into a record of standard column values (missing columns → null). */
export function rowRecord(row: readonly Cell[], map: HeaderMap): Record<string, Cell> {
  const record: Record<string, Cell> = {};
  for (const [key, i] of map.index) record[key] = row[i] ?? null;
  return record;
}
