import { cellText } from '../../core/cell';
import type { Outcome } from '../../core/outcome';
import { PROBLEM_COLUMNS, PROBLEMS_SHEET } from '../../core/problems/problems-sheet';
import { mapHeader } from '../../core/sheet/header-map';
import type { ColumnSpec } from '../../core/sheet/layout';
import { CHECK_SOURCE, checkBases } from '../../core/usecases/check-bases';
import type { WorkbookPort } from '../../core/ports';
import type { WorkbookCommand } from './command';

/** How many problems the terminal shows; the sheet has them all. */
const SHOWN = 10;

export const checkCommand: WorkbookCommand = {
  name: 'check',
  summary: 'Проверить базы: найти ошибки в базах наставников и наставляемых и записать их на лист «Проблемы»',
  usage: 'nastavnik check <книга.xlsx> [--out файл.xlsx]',
  run(env): Outcome {
    const result = checkBases(env);
    const shown = firstProblems(env.workbook, SHOWN);
    if (shown.length === 0) return result;
    const total = Number(result.figures?.errors ?? 0) + Number(result.figures?.warnings ?? 0);
    const heading = total > shown.length ? `Первые ${shown.length} (ошибки вперёд):` : 'Что исправить:';
    return { ...result, lines: [...result.lines, heading, ...shown.map((line) => `  • ${line}`)] };
  },
};

/** The check's problems as terminal lines, errors first, in sheet order. */
function firstProblems(workbook: WorkbookPort, limit: number): string[] {
  const grid = workbook.readSheet(PROBLEMS_SHEET) ?? [];
  if (grid.length < 2) return [];
  const map = mapHeader(grid[0], PROBLEM_COLUMNS as unknown as ColumnSpec[]);
  const at = (row: (typeof grid)[number], key: string) => cellText(row[map.index.get(key) ?? -1]);
  const rows = grid.slice(1).filter((row) => at(row, 'source') === CHECK_SOURCE);
  const errorsFirst = [
    ...rows.filter((row) => at(row, 'severity') === 'ошибка'),
    ...rows.filter((row) => at(row, 'severity') !== 'ошибка'),
  ];
  return errorsFirst.slice(0, limit).map((row) => {
    const place = [
      at(row, 'sheet'),
      at(row, 'row') && `строка ${at(row, 'row')}`,
      at(row, 'column') && `«${at(row, 'column')}»`,
    ]
      .filter((part) => part)
      .join(', ');
    const value = at(row, 'value') ? ` (${at(row, 'value')})` : '';
    return `${place}${value}: ${at(row, 'message')}`;
  });
}
