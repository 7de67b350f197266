import { type Cell, cellText, type Grid, isBlank } from '../cell';
import { CATALOGUES, CATALOGUES_SHEET, type CatalogueSpec } from '../catalogues/defaults';
import { MENTEE_LAYOUT, MENTOR_LAYOUT } from '../bases/layouts';
import { type Outcome, outcome } from '../outcome';
import type { Env, Validation, WorkbookPort } from '../ports';
import { PROBLEMS_LAYOUT, PROBLEMS_SHEET } from '../problems/problems-sheet';
import { ALL_SETTINGS } from '../settings/registry';
import { SETTINGS_COLUMNS, SETTINGS_SHEET } from '../settings/settings';
import { mapHeader, sheetHeader } from '../sheet/header-map';
import type { SheetLayout } from '../sheet/layout';
import { type CatalogueColumns, HEADER_BACKGROUND, layoutFormat } from '../sheet/layout-format';
import { mergeOwnedTable, writeGrid } from '../sheet/owned-table';
import {
  missingOrganizationRows,
  ORGANIZATIONS_LAYOUT,
  ORGANIZATIONS_SHEET,
  readDirectory,
} from '../organizations/organizations-sheet';
import { textKey } from '../text/normalize';
import { setupMessages } from './setup-messages';

/** Room below the default catalogue values that dropdowns still cover. */
const CATALOGUE_SPARE_ROWS = 200;

/**
 * «Подготовить таблицу»: creates whatever is missing of the standard workbook and repairs
 * missing columns. Never touches a user's rows, values, extra columns or column order.
 */
export function setupWorkbook(env: Env): Outcome {
  const { workbook } = env;
  const text = setupMessages(env.locale);
  const created = ['Наставники', 'Наставляемые', CATALOGUES_SHEET, SETTINGS_SHEET, PROBLEMS_SHEET].filter((name) =>
    workbook.ensureSheet(name),
  );
  env.progress.report(text.progressCatalogues);
  const catalogueColumns = setupCatalogues(workbook);
  env.progress.report(text.progressSettings);
  const { added: addedSettings, upgraded } = setupSettings(workbook);
  env.progress.report(text.progressBases);
  const bases = [MENTOR_LAYOUT, MENTEE_LAYOUT].map((layout) =>
    prepareLayoutSheet(workbook, layout, catalogueColumns.map),
  );
  const addedColumns = bases.flatMap((base) => base.added);
  setupLayoutSheet(workbook, PROBLEMS_LAYOUT);
  const organizations = setupOrganizations(workbook, bases.flatMap(organizationsIn));
  if (organizations.created) created.push(ORGANIZATIONS_SHEET);
  const lines = [
    ...text.summary(created, addedColumns, catalogueColumns.added, addedSettings, organizations.added),
    ...upgraded.map(text.upgradedSetting),
  ];
  return outcome(text.title, lines, {
    organizationsAdded: organizations.added,
    sheetsCreated: created.length,
    columnsAdded: addedColumns.length,
    settingsAdded: addedSettings,
  });
}

/** Adds the missing standard columns after the user's last column; formats the sheet. */
export function setupLayoutSheet(workbook: WorkbookPort, layout: SheetLayout, catalogues?: CatalogueColumns): string[] {
  return prepareLayoutSheet(workbook, layout, catalogues).added;
}

/** The same, keeping the sheet as read (header repaired) for what comes next. */
function prepareLayoutSheet(
  workbook: WorkbookPort,
  layout: SheetLayout,
  catalogues?: CatalogueColumns,
): { created: boolean; added: string[]; grid: Cell[][]; headerRows: number; index: ReadonlyMap<string, number> } {
  const created = workbook.ensureSheet(layout.sheet);
  const grid = (workbook.readSheet(layout.sheet) ?? []).map((row) => [...row]);
  // A two-row header is read as one (see sheetHeader): a column found under another spelling or
  // split into «Фамилия»/«Имя»/«Отчество» is not added again, and new titles go past every used cell.
  const { header, rows } = sheetHeader(grid, layout.columns);
  const lastUsed = Math.max(...grid.slice(0, rows).map((row) => lastNonBlank(row)), lastNonBlank(header));
  const map = mapHeader(header, layout.columns);
  const missing = map.missing;
  if (missing.length > 0) {
    workbook.writeBlock(layout.sheet, { row: 1, col: lastUsed + 2, values: [missing.map((column) => column.header)] });
    missing.forEach((column, i) => {
      map.index.set(column.key, lastUsed + 1 + i);
      header[lastUsed + 1 + i] = column.header;
    });
    if (grid.length === 0) grid.push(header);
  }
  const format = layoutFormat(layout, map, catalogues);
  workbook.formatSheet(layout.sheet, rows === 2 ? { ...format, headerRow: 2, frozenRows: 2 } : format);
  return {
    created,
    added: lastUsed < 0 ? [] : missing.map((column) => `${layout.sheet}: ${column.header}`),
    grid,
    headerRows: Math.max(rows, 1),
    index: map.index,
  };
}

/**
 * «Организации» starts from the organizations the bases name (one row per school however it is
 * spelled), so the curator only adds headcounts and the spellings the loose comparison cannot guess.
 */
function setupOrganizations(workbook: WorkbookPort, spellings: readonly string[]): { created: boolean; added: number } {
  const { created, grid, index } = prepareLayoutSheet(workbook, ORGANIZATIONS_LAYOUT);
  const nameColumn = index.get('name');
  if (nameColumn === undefined) return { created, added: 0 };
  const rows = missingOrganizationRows(readDirectory(grid), spellings, grid[0]?.length ?? 1, nameColumn);
  if (rows.length > 0) workbook.writeBlock(ORGANIZATIONS_SHEET, { row: lastRow(grid) + 1, col: 1, values: rows });
  return { created, added: rows.length };
}

function organizationsIn(base: { grid: Cell[][]; headerRows: number; index: ReadonlyMap<string, number> }): string[] {
  const column = base.index.get('organization');
  if (column === undefined) return [];
  return base.grid.slice(base.headerRows).map((row) => cellText(row[column] ?? null));
}

/** 1-based number of the last row with anything in it (0 for an empty sheet). */
function lastRow(grid: readonly (readonly Cell[])[]): number {
  for (let i = grid.length - 1; i >= 0; i--) if (lastNonBlank(grid[i]) >= 0) return i + 1;
  return 0;
}

function lastNonBlank(row: readonly Cell[]): number {
  for (let i = row.length - 1; i >= 0; i--) if (!isBlank(row[i])) return i;
  return -1;
}

/** Writes the default catalogues that «Справочники» lacks, each as a column; returns where each stands. */
function setupCatalogues(workbook: WorkbookPort): { map: CatalogueColumns; added: number } {
  const grid = workbook.readSheet(CATALOGUES_SHEET) ?? [];
  const header = grid[0] ?? [];
  const columns = new Map<string, number>();
  const missing: CatalogueSpec[] = [];
  for (const spec of CATALOGUES) {
    const index = header.findIndex((cell) => textKey(cellText(cell)) === textKey(spec.header));
    if (index >= 0) columns.set(spec.key, index + 1);
    else missing.push(spec);
  }
  const start = lastNonBlank(header) + 2;
  if (missing.length > 0) {
    const lists = missing.map((spec) => valuesFor(spec, grid, columns));
    const height = 1 + Math.max(0, ...lists.map((list) => list.length));
    const values: Cell[][] = Array.from({ length: height }, (_, r) =>
      missing.map((spec, i) => (r === 0 ? spec.header : (lists[i][r - 1] ?? null))),
    );
    workbook.writeBlock(CATALOGUES_SHEET, { row: 1, col: start, values });
    missing.forEach((spec, i) => columns.set(spec.key, start + i));
  }
  const tallest = Math.max(grid.length, 1 + Math.max(...CATALOGUES.map((spec) => spec.values.length)));
  workbook.formatSheet(CATALOGUES_SHEET, {
    frozenRows: 1,
    headerBold: true,
    headerBackground: HEADER_BACKGROUND,
    headerWrap: true,
    columns: CATALOGUES.map((spec) => ({
      col: columns.get(spec.key) as number,
      note: spec.note,
      width: 220,
      numberFormat: '@',
      validation: spec.choices
        ? { kind: 'list' as const, values: [...spec.choices], strict: false }
        : choicesFrom(spec, columns, tallest + CATALOGUE_SPARE_ROWS),
    })),
  });
  return { map: { sheet: CATALOGUES_SHEET, columns, lastRow: tallest + CATALOGUE_SPARE_ROWS }, added: missing.length };
}

/** A catalogue column whose dropdown is another catalogue (a form's default kind from «Виды наставничества»). */
function choicesFrom(spec: CatalogueSpec, columns: Map<string, number>, lastRow: number): Validation | undefined {
  const col = spec.choicesFrom === undefined ? undefined : columns.get(spec.choicesFrom);
  return col === undefined
    ? undefined
    : { kind: 'range', sheet: CATALOGUES_SHEET, col, firstRow: 2, lastRow, strict: false };
}

/**
 * A new column's values: the defaults, or — for a column aligned with one the sheet already has
 * (the forms' organization rule) — a default for each of the sheet's own rows, so that the rows
 * still line up with the curator's own list.
 */
function valuesFor(spec: CatalogueSpec, grid: readonly Cell[][], columns: Map<string, number>): string[] {
  const aligned = spec.alignedWith ? columns.get(spec.alignedWith.key) : undefined;
  if (!spec.alignedWith || aligned === undefined) return spec.values;
  const { defaultFor } = spec.alignedWith;
  return grid.slice(1).map((row) => {
    const value = cellText(row[aligned - 1] ?? null);
    return value === '' ? '' : defaultFor(value);
  });
}

/** A setting moved from an earlier version's default to today's. */
export interface UpgradedSetting {
  label: string;
  from: string;
  to: string;
}

/**
 * Adds missing settings with their defaults; keeps every value and row the user has, except a
 * value still equal to an earlier version's default (SettingSpec.formerDefaults), which moves.
 */
function setupSettings(workbook: WorkbookPort): { added: number; upgraded: UpgradedSetting[] } {
  const read = workbook.readSheet(SETTINGS_SHEET);
  const { grid: existing, upgraded } = upgradeFormerDefaults(read);
  const known = new Set((existing ?? []).slice(1).map((row) => cellText(row[keyColumn(existing?.[0] ?? [])] ?? null)));
  const generated = ALL_SETTINGS.map((spec) => ({
    section: spec.section,
    label: spec.label,
    // a switch reads «да»/«нет» as the curator would type it (a boolean cell shows TRUE or ИСТИНА)
    value: typeof spec.default === 'boolean' ? defaultText(spec.default) : spec.default,
    description: `${spec.description}${isBlank(spec.default) ? '' : ` (по умолчанию: ${defaultText(spec.default)})`}`,
    key: spec.key,
  }));
  const merged = mergeOwnedTable(
    existing,
    { columns: SETTINGS_COLUMNS.map((c) => ({ ...c, editable: c.key === 'value' })), keyOf: (r) => cellText(r.key) },
    generated,
    { keepRow: () => true },
  );
  writeGrid(workbook, SETTINGS_SHEET, merged.grid, existing?.length ?? 0);
  workbook.formatSheet(SETTINGS_SHEET, {
    frozenRows: 1,
    headerBold: true,
    headerBackground: HEADER_BACKGROUND,
    columns: SETTINGS_COLUMNS.map((spec) => ({
      col: (merged.index.get(spec.key) as number) + 1,
      note: spec.note,
      width: spec.key === 'label' || spec.key === 'description' ? 320 : 140,
      // the explanations are read in full; the key is the add-on's, not printed
      ...(spec.key === 'description' ? { wrap: true } : {}),
      ...(spec.key === 'key' ? { helper: true, hidden: true } : {}),
    })),
  });
  return { added: ALL_SETTINGS.filter((spec) => !known.has(spec.key)).length, upgraded };
}

function upgradeFormerDefaults(grid: Grid | null): { grid: Grid | null; upgraded: UpgradedSetting[] } {
  if (!grid || grid.length < 2) return { grid, upgraded: [] };
  const map = mapHeader(grid[0], SETTINGS_COLUMNS);
  const [keyCol, valueCol] = [map.index.get('key'), map.index.get('value')];
  if (keyCol === undefined || valueCol === undefined) return { grid, upgraded: [] };
  const upgraded: UpgradedSetting[] = [];
  const rows = grid.map((row, r) => {
    const spec = r === 0 ? undefined : ALL_SETTINGS.find((s) => s.key === cellText(row[keyCol] ?? null));
    const value = cellText(row[valueCol] ?? null);
    if (!spec?.formerDefaults?.some((former) => cellText(former) === value)) return row;
    upgraded.push({ label: spec.label, from: value, to: defaultText(spec.default) });
    return row.map((cell, c) => (c === valueCol ? spec.default : cell));
  });
  return { grid: rows, upgraded };
}

function keyColumn(header: readonly Cell[]): number {
  return mapHeader(header, SETTINGS_COLUMNS).index.get('key') ?? -1;
}

/** A default as the curator types it: «да»/«нет» for a switch, never true/false. */
function defaultText(value: Cell): string {
  if (typeof value === 'boolean') return value ? 'да' : 'нет';
  return cellText(value);
}
