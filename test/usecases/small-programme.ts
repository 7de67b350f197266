import { type Cell, cellText, type Grid } from '../../src/core/cell';
import type { WorkbookPort } from '../../src/core/ports';
import { setupWorkbook } from '../../src/core/usecases/setup-workbook';
import { MemoryWorkbook, memoryEnv } from '../support/memory-workbook';

/** A row of a base by header title (the headers «Подготовить таблицу» wrote). */
export type PersonRow = Record<string, Cell>;

export const CONSENT = 'Согласие на обработку ПДн (дата)';

export function teacher(fio: string, organization: string, extra: PersonRow = {}): PersonRow {
  return { ФИО: fio, Категория: 'педагог', Организация: organization, [CONSENT]: new Date(2026, 8, 1), ...extra };
}

export function mentor(fio: string, organization: string, forms: string, extra: PersonRow = {}): PersonRow {
  return teacher(fio, organization, { 'Формы наставничества': forms, 'Стаж (лет)': 20, ...extra });
}

export function mentee(fio: string, organization: string, form: string, extra: PersonRow = {}): PersonRow {
  return teacher(fio, organization, {
    'Желаемая форма': form,
    'Дефициты / запрос': 'методика урока',
    'Стаж (лет)': 1,
    ...extra,
  });
}

/** Appends rows under a sheet's header, each value in the column of its title. */
export function addRows(workbook: WorkbookPort, sheet: string, rows: readonly PersonRow[]): void {
  const grid = workbook.readSheet(sheet) as Grid;
  const header = grid[0].map((cell) => cellText(cell));
  const values = rows.map((row) => {
    const line: Cell[] = header.map(() => null);
    for (const [title, value] of Object.entries(row)) {
      const i = header.indexOf(title);
      if (i < 0) throw new Error(`${sheet}: no column «${title}»`);
      line[i] = value;
    }
    return line;
  });
  workbook.writeBlock(sheet, { row: grid.length + 1, col: 1, values });
}

/** Sets one cell of a sheet by the row's 1-based number and the column's title. */
export function setCell(workbook: WorkbookPort, sheet: string, row: number, title: string, value: Cell): void {
  const grid = workbook.readSheet(sheet) as Grid;
  const col = grid[0].findIndex((cell) => cellText(cell) === title);
  if (col < 0) throw new Error(`${sheet}: no column «${title}»`);
  workbook.writeBlock(sheet, { row, col: col + 1, values: [[value]] });
}

export function column(grid: Grid | null, title: string): string[] {
  if (!grid) return [];
  const i = grid[0].findIndex((cell) => cellText(cell) === title);
  if (i < 0) throw new Error(`no column «${title}»`);
  return grid.slice(1).map((row) => cellText(row[i]));
}

/** A prepared workbook with the given bases. */
export function smallProgramme(mentors: readonly PersonRow[], mentees: readonly PersonRow[]) {
  const workbook = new MemoryWorkbook();
  const env = memoryEnv(workbook);
  setupWorkbook(env);
  addRows(workbook, 'Наставники', mentors);
  addRows(workbook, 'Наставляемые', mentees);
  return { workbook, env };
}
