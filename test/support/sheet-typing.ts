import { type Cell, cellText, type Grid } from '../../src/core/cell';
import { CATALOGUES_SHEET } from '../../src/core/catalogues/defaults';
import type { WorkbookPort } from '../../src/core/ports';
import { SETTINGS_SHEET } from '../../src/core/settings/settings';

/**
 * What a curator does by hand in a sheet the tool prepared: values typed next to a setting's key,
 * rows typed under a header (by its titles, whatever the column order), a value added at the end
 * of a catalogue's column. Works on any WorkbookPort (the .xlsx adapter, the Sheets adapter).
 */

/** Types each value into «Настройки» → «Значение» on the row of its key. */
export function typeSettings(workbook: WorkbookPort, values: Record<string, Cell>): void {
  const grid = workbook.readSheet(SETTINGS_SHEET) as Grid;
  const header = grid[0].map((cell) => cellText(cell));
  const key = header.indexOf('Ключ');
  const value = header.indexOf('Значение');
  for (const [name, cell] of Object.entries(values)) {
    const row = grid.findIndex((r) => cellText(r[key]) === name);
    if (row < 1) throw new Error(`no setting ${name} in «${SETTINGS_SHEET}»`);
    workbook.writeBlock(SETTINGS_SHEET, { row: row + 1, col: value + 1, values: [[cell]] });
  }
}

/**
 * Types rows under the sheet's header after its last filled row. A missing sheet is created with
 * `header` typed in its first row (a curator copying the header of a sheet the tool documents).
 */
export function typeRows(workbook: WorkbookPort, sheet: string, rows: Record<string, Cell>[], header?: string[]): void {
  if (workbook.ensureSheet(sheet) || (workbook.readSheet(sheet) ?? []).length === 0) {
    if (!header) throw new Error(`no sheet ${sheet}`);
    workbook.writeBlock(sheet, { row: 1, col: 1, values: [header] });
  }
  const grid = workbook.readSheet(sheet) as Grid;
  const titles = grid[0].map((cell) => cellText(cell));
  for (const row of rows)
    for (const title of Object.keys(row))
      if (!titles.includes(title)) throw new Error(`no column ${title} in ${sheet}`);
  let last = grid.length;
  while (last > 1 && grid[last - 1].every((cell) => cellText(cell) === '')) last--;
  workbook.writeBlock(sheet, { row: last + 1, col: 1, values: rows.map((row) => titles.map((t) => row[t] ?? null)) });
}

/** Writes each value under its «Справочники» header, in the first row where all those columns are empty. */
export function typeCatalogueRow(workbook: WorkbookPort, values: Record<string, string>): void {
  const grid = workbook.readSheet(CATALOGUES_SHEET) as Grid;
  const cols = Object.keys(values).map((title) => {
    const col = grid[0].findIndex((cell) => cellText(cell) === title);
    if (col < 0) throw new Error(`no column ${title} in «${CATALOGUES_SHEET}»`);
    return col;
  });
  let row = 1;
  while (row < grid.length && cols.some((col) => cellText(grid[row][col]) !== '')) row++;
  Object.values(values).forEach((value, k) => {
    workbook.writeBlock(CATALOGUES_SHEET, { row: row + 1, col: cols[k] + 1, values: [[value]] });
  });
}

/** A sheet as records by header title (text of each cell; dates as they are). */
export function sheetRecords(workbook: WorkbookPort, sheet: string): Record<string, Cell>[] {
  const grid = workbook.readSheet(sheet);
  if (!grid || grid.length < 2) return [];
  const header = grid[0].map((cell) => cellText(cell));
  return grid.slice(1).map((row) => Object.fromEntries(header.map((title, i) => [title, row[i] ?? null])));
}
