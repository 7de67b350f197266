/**
 * What every questionnaire use case needs: the templates (from «Шаблоны анкет», which is
 * created or completed on the way without losing the curator's edits) and formatted writes of
 * the generated sheets.
 */
import type { Grid } from '../../cell';
import type { SheetFormat, WorkbookPort } from '../../ports';
import type { Problem } from '../../problems/problem';
import { mapHeader } from '../../sheet/header-map';
import type { ColumnSpec } from '../../sheet/layout';
import { layoutFormat } from '../../sheet/layout-format';
import { writeGrid } from '../../sheet/owned-table';
import type { SurveyTemplate } from '../../survey/template';
import {
  mergeTemplatesSheet,
  readTemplates,
  TEMPLATE_SHEET_COLUMNS,
  TEMPLATES_SHEET,
} from '../../survey/templates-sheet';

/** Reads the templates; adds the sheet or its missing default rows first (one read, at most one write). */
export function loadTemplates(workbook: WorkbookPort, problems: Problem[]): SurveyTemplate[] {
  const existing = workbook.readSheet(TEMPLATES_SHEET);
  const merged = mergeTemplatesSheet(existing);
  if (!sameGrid(existing, merged)) {
    writeTable(
      workbook,
      TEMPLATES_SHEET,
      merged,
      existing?.length ?? 0,
      TEMPLATE_SHEET_COLUMNS,
      2,
      existing === null || existing.length === 0,
    );
  }
  return readTemplates(merged, problems);
}

/**
 * Writes a generated table in one batch and, when asked (a new sheet), formats it:
 * frozen bold header with notes, number formats, dropdowns.
 */
export function writeTable(
  workbook: WorkbookPort,
  sheet: string,
  grid: Grid,
  previousHeight: number,
  columns: ColumnSpec[],
  frozenColumns = 0,
  format = true,
  overrides: Record<string, string> = {},
): void {
  const created = workbook.ensureSheet(sheet);
  writeGrid(workbook, sheet, grid, previousHeight);
  if (format || created) workbook.formatSheet(sheet, tableFormat(grid, columns, frozenColumns, overrides));
}

export function tableFormat(
  grid: Grid,
  columns: ColumnSpec[],
  frozenColumns: number,
  overrides: Record<string, string> = {},
): SheetFormat {
  const map = mapHeader(grid[0] ?? [], columns);
  const format = layoutFormat({ sheet: '', columns, frozenColumns }, map);
  for (const column of format.columns ?? []) {
    const key = [...map.index].find(([, i]) => i + 1 === column.col)?.[0];
    if (key && overrides[key] !== undefined) column.numberFormat = overrides[key] || undefined;
  }
  return format;
}

function sameGrid(a: Grid | null, b: Grid): boolean {
  if (!a || a.length !== b.length) return false;
  return a.every((row, r) => row.length === b[r].length && row.every((cell, c) => sameCell(cell, b[r][c])));
}

function sameCell(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return (a ?? null) === (b ?? null);
}
