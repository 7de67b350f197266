import { type Cell, cellText } from '../cell';
import type { WorkbookPort } from '../ports';
import { mapHeader } from '../sheet/header-map';
import type { ColumnSpec, SheetLayout } from '../sheet/layout';
import { layoutFormat } from '../sheet/layout-format';
import { mergeOwnedTable, type OwnedTableSpec, writeGrid } from '../sheet/owned-table';
import type { Problem, Severity } from './problem';

export const PROBLEMS_SHEET = 'Проблемы';

const SEVERITY_LABEL: Record<Severity, string> = { error: 'ошибка', warning: 'предупреждение' };

export const PROBLEM_COLUMNS = [
  // fitted up to the bound; a long source (two questionnaires of one import) wraps
  {
    key: 'source',
    header: 'Источник',
    note: 'Какая операция нашла проблему',
    type: 'text',
    fit: true,
    wrap: true,
  },
  {
    key: 'severity',
    header: 'Уровень',
    note: 'ошибка — строка не будет использована; предупреждение — будет',
    type: 'text',
    fit: true,
  },
  // a form's answer sheet has a long name: wrapped, not a wide column
  { key: 'sheet', header: 'Лист', note: 'Лист, где проблема', type: 'text', width: 160, wrap: true },
  { key: 'row', header: 'Строка', note: 'Номер строки на листе', type: 'int', fit: true },
  { key: 'column', header: 'Столбец', note: 'Заголовок столбца', type: 'text', width: 160, wrap: true },
  { key: 'value', header: 'Значение', note: 'Что записано в ячейке', type: 'text', width: 200, wrap: true },
  {
    key: 'message',
    header: 'Что не так и как исправить',
    note: 'Описание проблемы',
    type: 'text',
    width: 420,
    wrap: true,
  },
  { key: 'foundAt', header: 'Найдено', note: 'Когда проблема найдена', type: 'date', fit: true },
] as const;

/** «Проблемы» as a standard sheet: the messages wide and wrapped, the short columns fitted. */
export const PROBLEMS_LAYOUT: SheetLayout = {
  sheet: PROBLEMS_SHEET,
  columns: PROBLEM_COLUMNS as unknown as ColumnSpec[],
};

const spec: OwnedTableSpec = {
  columns: PROBLEM_COLUMNS,
  keyOf: (r) => [r.source, r.sheet, r.row, r.column, r.message].map((c) => cellText(c)).join('\u0001'),
};

/**
 * Replaces the problems found by one operation (`source`) and keeps every other operation's
 * problems and the user's own columns (e.g. «Исправлено»). One read, one write.
 */
export function writeProblems(workbook: WorkbookPort, source: string, problems: readonly Problem[], now: Date): number {
  workbook.ensureSheet(PROBLEMS_SHEET);
  const existing = workbook.readSheet(PROBLEMS_SHEET);
  const generated: Record<string, Cell>[] = problems.map((p) => ({
    source,
    severity: SEVERITY_LABEL[p.severity],
    sheet: p.sheet,
    row: p.row,
    column: p.column,
    value: p.value,
    message: p.message,
    foundAt: now,
  }));
  const merged = mergeOwnedTable(existing, spec, generated, {
    keepRow: (record) => cellText(record.source) !== source,
  });
  writeGrid(workbook, PROBLEMS_SHEET, merged.grid, existing?.length ?? 0);
  // Widths and wrap on every write, so rows added since have the messages wrapped too (a few
  // calls, never per row); notes, formats and dropdowns were set up by «Подготовить таблицу».
  const format = layoutFormat(PROBLEMS_LAYOUT, mapHeader(merged.grid[0], PROBLEMS_LAYOUT.columns));
  workbook.formatSheet(PROBLEMS_SHEET, {
    frozenRows: 1,
    columns: (format.columns ?? []).map(({ col, width, fit, wrap }) => ({ col, width, fit, wrap })),
  });
  return problems.length;
}
