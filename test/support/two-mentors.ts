import { type Cell, cellText, type Grid } from '../../src/core/cell';
import { MENTEES_SHEET, MENTORS_SHEET } from '../../src/core/bases/layouts';
import { CATALOGUES_SHEET } from '../../src/core/catalogues/defaults';
import type { WorkbookPort } from '../../src/core/ports';

/**
 * A calendar-year network project of young specialists (issue 13): each needs a subject mentor
 * and an administrative one. The curator's own form «администрация – молодой специалист» and its
 * role model are typed into «Справочники», the forms into «Желаемая форма» as a list — the sheet
 * alone, no code. Call after «Подготовить таблицу».
 */
export const SUBJECT_FORM = 'учитель – учитель';
export const ADMIN_FORM = 'администрация – молодой специалист';
export const ADMIN_MODEL = 'заместитель директора – молодой специалист';

const consent = new Date(2026, 8, 1);

export const MENTORS: Record<string, Cell>[] = [
  {
    ФИО: 'Иванова Ольга Петровна',
    Категория: 'педагог',
    Организация: 'Школа № 1',
    'Должность / класс': 'учитель математики',
    'Предмет(ы) / направление': 'математика',
    'Стаж (лет)': 20,
    Компетенции: 'методика урока; оценивание',
    'Формы наставничества': SUBJECT_FORM,
    'Согласие на обработку ПДн (дата)': consent,
  },
  {
    ФИО: 'Смирнов Андрей Викторович',
    Категория: 'педагог',
    Организация: 'Школа № 1',
    'Должность / класс': 'заместитель директора по УВР',
    'Стаж (лет)': 25,
    Компетенции: 'документация и ФГОС',
    'Формы наставничества': ADMIN_FORM,
    'Согласие на обработку ПДн (дата)': consent,
  },
  {
    ФИО: 'Кузнецова Елена Сергеевна',
    Категория: 'педагог',
    Организация: 'Школа № 2',
    'Должность / класс': 'заместитель директора, учитель русского языка',
    'Предмет(ы) / направление': 'русский язык',
    'Стаж (лет)': 18,
    Компетенции: 'методика урока; документация и ФГОС',
    'Формы наставничества': `${SUBJECT_FORM}; ${ADMIN_FORM}`,
    'Лимит наставляемых': 2,
    'Согласие на обработку ПДн (дата)': consent,
  },
];

export const MENTEES: Record<string, Cell>[] = [
  {
    ФИО: 'Новикова Мария Ивановна',
    Категория: 'молодой специалист',
    Организация: 'Школа № 1',
    'Должность / класс': 'учитель математики',
    Предмет: 'математика',
    'Стаж (лет)': 1,
    Возраст: 24,
    'Дефициты / запрос': 'методика урока; документация и ФГОС',
    'Желаемая форма': `${SUBJECT_FORM}; ${ADMIN_FORM}`,
    'Согласие на обработку ПДн (дата)': consent,
  },
  {
    ФИО: 'Орлов Павел Андреевич',
    Категория: 'молодой специалист',
    Организация: 'Школа № 2',
    'Должность / класс': 'учитель русского языка',
    Предмет: 'русский язык',
    'Стаж (лет)': 2,
    Возраст: 26,
    'Дефициты / запрос': 'оценивание',
    // A line break separates forms too (Alt+Enter in a cell).
    'Желаемая форма': `${SUBJECT_FORM}\n${ADMIN_FORM}`,
    'Согласие на обработку ПДн (дата)': consent,
  },
  {
    ФИО: 'Белова Анна Сергеевна',
    Категория: 'педагог',
    Организация: 'Школа № 1',
    'Должность / класс': 'учитель истории',
    'Стаж (лет)': 6,
    Возраст: 31,
    'Дефициты / запрос': 'оценивание',
    'Желаемая форма': SUBJECT_FORM,
    'Согласие на обработку ПДн (дата)': consent,
  },
];

/** The people of MENTEES who need both forms. */
export const TWO_FORM_MENTEES = ['Новикова Мария Ивановна', 'Орлов Павел Андреевич'];

export function fillTwoMentorProgramme(workbook: WorkbookPort): void {
  writeRows(workbook, MENTORS_SHEET, MENTORS);
  writeRows(workbook, MENTEES_SHEET, MENTEES);
  const catalogues = workbook.readSheet(CATALOGUES_SHEET) as Grid;
  appendToColumns(workbook, catalogues, {
    'Формы наставничества': ADMIN_FORM,
    'Форма: организация наставника': 'сетевое',
  });
  appendToColumns(workbook, catalogues, {
    'Ролевая модель: форма': ADMIN_FORM,
    'Ролевая модель': ADMIN_MODEL,
    'Ролевая модель: признаки': 'стаж до 3; молодой специалист; документация и ФГОС',
  });
}

function writeRows(workbook: WorkbookPort, sheet: string, rows: Record<string, Cell>[]): void {
  const header = (workbook.readSheet(sheet) as Grid)[0].map((cell) => cellText(cell));
  for (const title of Object.keys(rows[0])) if (!header.includes(title)) throw new Error(`no column ${title}`);
  workbook.writeBlock(sheet, { row: 2, col: 1, values: rows.map((row) => header.map((title) => row[title] ?? null)) });
}

/** Writes each value under its header, in the first row where all those columns are empty. */
function appendToColumns(workbook: WorkbookPort, grid: Grid, values: Record<string, string>): void {
  const cols = Object.keys(values).map((title) => {
    const col = grid[0].findIndex((cell) => cellText(cell) === title);
    if (col < 0) throw new Error(`no column ${title} in «${CATALOGUES_SHEET}»`);
    return col;
  });
  let row = 1;
  while (row < grid.length && cols.some((col) => cellText(grid[row][col]) !== '')) row++;
  Object.values(values).forEach((value, k) => {
    workbook.writeBlock(CATALOGUES_SHEET, { row: row + 1, col: cols[k] + 1, values: [[value]] });
    if (!grid[row]) grid[row] = [];
    grid[row][cols[k]] = value;
  });
}
