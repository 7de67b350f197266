import { type Cell, cellText, type Grid, isBlank } from '../../core/cell';
import { MENTEE_LAYOUT, MENTOR_LAYOUT } from '../../core/bases/layouts';
import { CATALOGUES, CATALOGUES_SHEET } from '../../core/catalogues/defaults';
import type { WorkbookPort } from '../../core/ports';
import { ALL_SETTINGS } from '../../core/settings/registry';
import { SETTINGS_COLUMNS, SETTINGS_SHEET } from '../../core/settings/settings';
import { mapHeader } from '../../core/sheet/header-map';
import type { SheetLayout } from '../../core/sheet/layout';
import { textKey } from '../../core/text/normalize';
import type { DemoData, DemoRow, UserColumn } from './generate';

export interface FillReport {
  mentorRows: number;
  menteeRows: number;
}

/**
 * Writes demo data into a workbook prepared by «Подготовить таблицу», through the same layouts
 * the check reads: each value under its column's header, wherever the user put that column.
 * Rows go below what the bases already hold; one write per sheet.
 */
export function fillDemoWorkbook(workbook: WorkbookPort, data: DemoData): FillReport {
  fillOrganizations(
    workbook,
    data.organizations.map((org) => org.name),
  );
  fillSettings(workbook, data.settings);
  const columns = (sheet: string) => data.userColumns.filter((column) => column.sheet === sheet);
  return {
    mentorRows: fillBase(workbook, MENTOR_LAYOUT, data.mentors, columns(MENTOR_LAYOUT.sheet)),
    menteeRows: fillBase(workbook, MENTEE_LAYOUT, data.mentees, columns(MENTEE_LAYOUT.sheet)),
  };
}

function fillBase(
  workbook: WorkbookPort,
  layout: SheetLayout,
  rows: (DemoRow | null)[],
  userColumns: UserColumn[],
): number {
  const grid = workbook.readSheet(layout.sheet);
  if (!grid || grid.length === 0)
    throw new Error(`Лист «${layout.sheet}» не подготовлен: сначала выполните «Подготовить таблицу»`);
  const header = [...grid[0]];
  const map = mapHeader(header, layout.columns);
  const userIndex = new Map<UserColumn, number>();
  const newHeaders: { col: number; column: UserColumn }[] = [];
  for (const column of userColumns) {
    let index = header.findIndex((cell) => textKey(cellText(cell)) === textKey(column.header));
    if (index < 0) {
      index = header.length;
      header.push(column.header);
      newHeaders.push({ col: index + 1, column });
    }
    userIndex.set(column, index);
  }
  if (newHeaders.length > 0) {
    const first = newHeaders[0].col;
    workbook.writeBlock(layout.sheet, {
      row: 1,
      col: first,
      values: [newHeaders.map(({ column }) => column.header)],
      notes: [newHeaders.map(({ column }) => column.note)],
      fontWeights: [newHeaders.map(() => 'bold' as const)],
    });
  }
  const width = header.length;
  const block: Grid = rows.map((row) => {
    const cells: Cell[] = new Array(width).fill(null);
    if (row === null) return cells;
    for (const [key, index] of map.index) cells[index] = row[key] ?? null;
    for (const [column, index] of userIndex) cells[index] = column.values.get(row) ?? null;
    return cells;
  });
  if (block.length > 0) workbook.writeBlock(layout.sheet, { row: lastFilledRow(grid) + 1, col: 1, values: block });
  return rows.filter((row) => row !== null).length;
}

function lastFilledRow(grid: Grid): number {
  for (let r = grid.length - 1; r >= 0; r--) if (!grid[r].every((cell) => isBlank(cell))) return r + 1;
  return 1;
}

/** Puts the network's organizations into the «Организации» catalogue (the curator's list of schools). */
function fillOrganizations(workbook: WorkbookPort, names: string[]): void {
  const grid = workbook.readSheet(CATALOGUES_SHEET) ?? [];
  const header = grid[0] ?? [];
  const spec = CATALOGUES.find((catalogue) => catalogue.key === 'organizations');
  const col = spec ? header.findIndex((cell) => textKey(cellText(cell)) === textKey(spec.header)) : -1;
  if (col < 0) return;
  const present = new Set(grid.slice(1).map((row) => textKey(cellText(row[col]))));
  const missing = names.filter((name) => !present.has(textKey(name)));
  let last = 0;
  grid.slice(1).forEach((row, i) => {
    if (!isBlank(row[col])) last = i + 1;
  });
  if (missing.length > 0)
    workbook.writeBlock(CATALOGUES_SHEET, { row: last + 2, col: col + 1, values: missing.map((name) => [name]) });
}

/** Fills the blank values of «Настройки» (organization, year, people who sign) in one write. */
function fillSettings(workbook: WorkbookPort, values: Record<string, Cell>): void {
  const grid = workbook.readSheet(SETTINGS_SHEET);
  if (!grid || grid.length < 2) return;
  const map = mapHeader(grid[0], SETTINGS_COLUMNS);
  const keyCol = map.index.get('key');
  const valueCol = map.index.get('value');
  if (keyCol === undefined || valueCol === undefined) return;
  const column = grid.slice(1).map((row) => {
    const key = cellText(row[keyCol]);
    const current = row[valueCol] ?? null;
    // A fresh workbook holds the defaults; the demo's own value (e.g. «Начальник управления») replaces them.
    const isDefault = isBlank(current) || current === ALL_SETTINGS.find((spec) => spec.key === key)?.default;
    return [isDefault && key in values ? values[key] : current];
  });
  workbook.writeBlock(SETTINGS_SHEET, { row: 2, col: valueCol + 1, values: column });
}
