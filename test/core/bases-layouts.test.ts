import { describe, expect, it } from 'vitest';
import { MENTEE_LAYOUT, MENTEES_SHEET, MENTOR_LAYOUT, MENTORS_SHEET } from '../../src/core/bases/layouts';
import { readBases } from '../../src/core/bases/read-bases';
import { Catalogues } from '../../src/core/catalogues/catalogues';
import { cellText } from '../../src/core/cell';
import { Settings } from '../../src/core/settings/settings';
import { checkBases } from '../../src/core/usecases/check-bases';
import { setupLayoutSheet } from '../../src/core/usecases/setup-workbook';
import { MemoryWorkbook, memoryEnv } from '../support/memory-workbook';

const TODAY = new Date(2026, 10, 22);
const CONSENT = new Date(2026, 8, 1);
const read = (workbook: MemoryWorkbook) => readBases(workbook, Settings.defaults(), Catalogues.defaults(), TODAY);

const SPLIT_MENTORS = [
  [
    'Фамилия',
    'Имя',
    'Отчество',
    'Категория',
    'Организация',
    'Формы наставничества',
    'Согласие на обработку ПДн (дата)',
  ],
  ['Иванова', 'Анна', 'Петровна', 'педагог', 'Школа 1', 'учитель – учитель', CONSENT],
  ['Петров', 'Олег', null, 'педагог', 'Школа 1', 'учитель – учитель', CONSENT],
];

/** A two-row header: «Согласие» merged over its two columns (the merged cells read as empty). */
const TWO_ROW_MENTEES = [
  ['ФИО', 'Категория', 'Возраст', 'Дефициты / запрос', 'Желаемая форма', 'Согласие', null],
  [null, null, null, null, null, 'ПДн (дата)', 'представителя (дата)'],
  ['Смирнов Илья Олегович', 'молодой специалист', 24, 'дисциплина', 'учитель – учитель', CONSENT, null],
  ['Кузнецова Ася Ильинична', 'обучающийся', 15, 'математика', 'ученик – ученик', null, CONSENT],
];

describe('layouts people type (issue 14)', () => {
  it('split Фамилия / Имя / Отчество read as one ФИО; no «Нет обязательного столбца «ФИО»»', () => {
    const workbook = new MemoryWorkbook({ [MENTORS_SHEET]: SPLIT_MENTORS });
    const bases = read(workbook);
    expect(bases.mentors.map((m) => m.fio)).toEqual(['Иванова Анна Петровна', 'Петров Олег']);
    expect(bases.problems.filter((p) => p.sheet === MENTORS_SHEET && /ФИО/.test(p.message))).toEqual([]);
    expect(bases.mentors.every((m) => !m.hasErrors)).toBe(true);
  });

  it('«Подготовить таблицу» does not add «ФИО» beside split name columns', () => {
    const workbook = new MemoryWorkbook({ [MENTORS_SHEET]: SPLIT_MENTORS });
    setupLayoutSheet(workbook, MENTOR_LAYOUT);
    const header = workbook.grid(MENTORS_SHEET)[0].map(cellText);
    expect(header).not.toContain('ФИО');
    expect(header.slice(0, 7)).toEqual(SPLIT_MENTORS[0]);
  });

  it('a two-row header with a merged title is recognised: data from row 3, no false «Нет согласия» on row 2', () => {
    const workbook = new MemoryWorkbook({ [MENTEES_SHEET]: TWO_ROW_MENTEES });
    const bases = read(workbook);
    expect(bases.mentees.map((m) => [m.row, m.fio, m.hasConsent])).toEqual([
      [3, 'Смирнов Илья Олегович', true],
      [4, 'Кузнецова Ася Ильинична', true],
    ]);
    expect(bases.problems.filter((p) => p.sheet === MENTEES_SHEET && /согласи/i.test(p.message))).toEqual([]);
  });

  it('«Подготовить таблицу» on a two-row header adds no duplicate of a column and writes past the merged title', () => {
    const workbook = new MemoryWorkbook({ [MENTEES_SHEET]: TWO_ROW_MENTEES });
    setupLayoutSheet(workbook, MENTEE_LAYOUT);
    const grid = workbook.grid(MENTEES_SHEET);
    const added = grid[0].slice(7).map(cellText);
    expect(added).not.toContain('Согласие на обработку ПДн (дата)');
    expect(added).not.toContain('Согласие законного представителя (дата)');
    expect(added).not.toContain('ФИО');
    // The two header rows and the title cells inside the merge are as they were.
    expect(grid[0].slice(0, 7)).toEqual(TWO_ROW_MENTEES[0]);
    expect(grid[1].slice(0, 7)).toEqual(TWO_ROW_MENTEES[1]);
    expect(new Set(added).size).toBe(added.length);
  });

  it('a missing required column stops the check of that base with one problem; nobody counts as ready', () => {
    const workbook = new MemoryWorkbook({
      [MENTORS_SHEET]: [
        ['Имя', 'Категория', 'Организация', 'Формы наставничества', 'Согласие на обработку ПДн (дата)'],
        ['Анна', 'педагог', 'Школа 1', 'учитель – учитель', CONSENT],
        ['Олег', 'педагог', 'Школа 1', 'учитель – учитель', CONSENT],
      ],
    });
    const bases = read(workbook);
    const sheetProblems = bases.problems.filter((p) => p.sheet === MENTORS_SHEET);
    expect(sheetProblems).toHaveLength(1);
    expect(sheetProblems[0].message).toMatch(/Нет обязательного столбца «ФИО»/);
    const result = checkBases(memoryEnv(workbook, TODAY));
    expect(result.figures?.readyMentors).toBe(0);
  });
});
