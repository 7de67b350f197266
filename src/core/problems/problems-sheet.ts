import { type Cell, cellText } from '../cell';
import type { WorkbookPort } from '../ports';
import { mergeOwnedTable, type OwnedTableSpec, writeGrid } from '../sheet/owned-table';
import type { Problem, Severity } from './problem';

export const PROBLEMS_SHEET = 'Проблемы';

const SEVERITY_LABEL: Record<Severity, string> = { error: 'ошибка', warning: 'предупреждение' };

export const PROBLEM_COLUMNS = [
  { key: 'source', header: 'Источник', note: 'Какая операция нашла проблему', type: 'text' },
  {
    key: 'severity',
    header: 'Уровень',
    note: 'ошибка — строка не будет использована; предупреждение — будет',
    type: 'text',
  },
  { key: 'sheet', header: 'Лист', note: 'Лист, где проблема', type: 'text' },
  { key: 'row', header: 'Строка', note: 'Номер строки на листе', type: 'int' },
  { key: 'column', header: 'Столбец', note: 'Заголовок столбца', type: 'text' },
  { key: 'value', header: 'Значение', note: 'Что записано в ячейке', type: 'text' },
  { key: 'message', header: 'Что не так и как исправить', note: 'Описание проблемы', type: 'text' },
  { key: 'foundAt', header: 'Найдено', note: 'Когда проблема найдена', type: 'date' },
] as const;

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
  return problems.length;
}
