import { type Cell, type Grid, cellText, isBlank, rectangular } from '../cell';
import type { WorkbookPort } from '../ports';
import { mapHeader, rowRecord } from './header-map';
import type { ColumnSpec } from './layout';

/**
 * A sheet the add-on generates but the user may edit: regenerating rewrites the generated
 * columns of each row (matched by key), keeps the user's editable columns, the user's own
 * extra columns and column order, and the rows the caller chooses to keep.
 */
export interface OwnedTableSpec {
  columns: readonly OwnedColumn[];
  /** The identity of a row, from its standard columns. */
  keyOf(record: Record<string, Cell>): string;
}

export type OwnedColumn = Pick<ColumnSpec, 'key' | 'header' | 'aliases'> & {
  /** The user's column inside the table (a decision, a mark, a link): a non-blank value survives. */
  editable?: boolean;
};

export interface MergeOptions {
  /** Keep an existing row whose key was not generated this time (manual rows); default: drop it. */
  keepRow?(record: Record<string, Cell>): boolean;
}

export interface MergedTable {
  /** Header row first; every row as wide as the header. */
  grid: Grid;
  /** Column key → 0-based index in the merged grid. */
  index: Map<string, number>;
}

export function mergeOwnedTable(
  existing: Grid | null,
  spec: OwnedTableSpec,
  generated: readonly Record<string, Cell>[],
  options: MergeOptions = {},
): MergedTable {
  const current = rectangular(existing ?? []);
  const userHeader = current.length > 0 ? current[0].map((cell) => cellText(cell)) : [];
  const headerMap = mapHeader(userHeader, spec.columns as ColumnSpec[]);
  const header: Cell[] = [...userHeader];
  const index = new Map(headerMap.index);
  for (const column of headerMap.missing) {
    index.set(column.key, header.length);
    header.push(column.header);
  }
  const width = header.length;
  const previousRows = new Map<string, Cell[]>();
  const unmatched: Cell[][] = [];
  for (const row of current.slice(1)) {
    if (row.every((cell) => isBlank(cell))) continue;
    const key = spec.keyOf(rowRecord(row, headerMap));
    if (key !== '' && !previousRows.has(key)) previousRows.set(key, row);
    else unmatched.push(row);
  }
  const editable = new Set(spec.columns.filter((c) => c.editable).map((c) => c.key));
  const rows: Cell[][] = [];
  const produced = new Set<string>();
  for (const record of generated) {
    const key = spec.keyOf(record);
    if (produced.has(key)) continue;
    produced.add(key);
    const previous = previousRows.get(key);
    const row: Cell[] = previous ? [...previous] : [];
    while (row.length < width) row.push(null);
    for (const column of spec.columns) {
      const i = index.get(column.key) as number;
      const keepUsers = editable.has(column.key) && previous !== undefined && !isBlank(previous[i]);
      if (!keepUsers) row[i] = record[column.key] ?? null;
    }
    rows.push(row);
  }
  const keepRow = options.keepRow ?? (() => false);
  const leftovers = [...[...previousRows].filter(([key]) => !produced.has(key)).map(([, row]) => row), ...unmatched];
  const sourceOrder = new Map(current.map((row, i) => [row, i]));
  leftovers.sort((a, b) => (sourceOrder.get(a) ?? 0) - (sourceOrder.get(b) ?? 0));
  for (const row of leftovers) {
    if (keepRow(rowRecord(row, headerMap))) rows.push(padded(row, width));
  }
  return { grid: [header, ...rows], index };
}

function padded(row: Cell[], width: number): Cell[] {
  const copy = [...row];
  while (copy.length < width) copy.push(null);
  return copy;
}

/** Reads a record of standard values from a merged row. */
export function recordOf(row: readonly Cell[], index: Map<string, number>): Record<string, Cell> {
  const record: Record<string, Cell> = {};
  for (const [key, i] of index) record[key] = row[i] ?? null;
  return record;
}

/**
 * Replaces a sheet's table with the merged grid in one write, then clears the rows the old
 * table had below it. `previousHeight` is the number of rows the sheet had when it was read.
 */
export function writeGrid(workbook: WorkbookPort, sheet: string, grid: Grid, previousHeight: number): void {
  workbook.ensureSheet(sheet);
  if (grid.length > 0) workbook.writeBlock(sheet, { row: 1, col: 1, values: rectangular(grid) });
  if (previousHeight > grid.length) workbook.clearRows(sheet, grid.length + 1, previousHeight);
}
