/**
 * «Наставник» → «Для управления» (offline `nastavnik department`): a school writes the sheet its
 * department consolidates — the programme-wide figures of «Показатели» as sums, no names.
 * Re-running rewrites the sheet whole (nothing on it is typed by hand).
 */
import { type Outcome, outcome } from '../outcome';
import type { Env, WorkbookPort } from '../ports';
import { DEPARTMENT_COLS, DEPARTMENT_RANGE, DEPARTMENT_SHEET, departmentGrid } from '../program/department-sheet';
import { loadProgramModel } from '../program/load';
import { ownSchool } from '../program/school-rollup';
import type { Grid } from '../cell';

export function writeDepartmentSheet(env: Env): Outcome {
  const now = env.clock.now();
  const { model } = loadProgramModel(env.workbook, now);
  const school = ownSchool(model);
  if ('problem' in school)
    return outcome(DEPARTMENT_SHEET, [
      `Лист «${DEPARTMENT_SHEET}» не записан: ${school.problem}. Он нужен книге одной школы; сводную книгу муниципалитета собирает «Свод по школам».`,
    ]);
  const { name } = school;
  const grid = departmentGrid(name, school.figures, now);
  writeWholeSheet(env.workbook, DEPARTMENT_SHEET, grid, [
    { col: 1, width: 60 },
    { col: 2, width: 360 },
    { col: DEPARTMENT_COLS, width: 320 },
  ]);
  return outcome(
    DEPARTMENT_SHEET,
    [
      `Лист «${DEPARTMENT_SHEET}»: итоги школы «${name}» — только числа (суммы для свода), без ФИО и строк баз.`,
      'Офлайн: отправьте эту книгу (или копию только с этим листом) в управление для nastavnik consolidate.',
      `Google: управление импортирует диапазон ${DEPARTMENT_RANGE} по ссылке на таблицу в «Организациях». Обновляйте лист перед каждым сводом.`,
    ],
    { metrics: grid.length - 5 },
  );
}

/** A sheet that holds nothing typed by hand: one write of the whole, then rows left from a longer run cleared. */
export function writeWholeSheet(
  workbook: WorkbookPort,
  sheet: string,
  values: Grid,
  columns: Array<{ col: number; width: number }>,
  extra: Partial<Parameters<WorkbookPort['writeBlock']>[1]> = {},
): void {
  const created = workbook.ensureSheet(sheet);
  const previous = created ? 0 : (workbook.readSheet(sheet)?.length ?? 0);
  workbook.writeBlock(sheet, { ...extra, row: 1, col: 1, values });
  if (previous > values.length) workbook.clearRows(sheet, values.length + 1, previous);
  workbook.formatSheet(sheet, { frozenRows: 0, columns });
}
