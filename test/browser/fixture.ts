/**
 * A small workbook for the sidebar tests: the standard sheets (through the real set-up use
 * case), a handful of mentors and mentees — one of them with a hostile name — one approved pair,
 * and a few problems.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cell } from '../../src/core/cell';
import { MENTEE_COLUMNS, MENTEES_SHEET, MENTOR_COLUMNS, MENTORS_SHEET } from '../../src/core/bases/layouts';
import { PAIR_COLUMNS, PAIRS_SHEET } from '../../src/core/pairs/register-layout';
import { FORMS_REGISTER_COLUMNS, FORMS_REGISTER_SHEET } from '../../src/core/survey/forms-register';
import { setupWorkbook } from '../../src/core/usecases/setup-workbook';
import { localEnv } from '../../src/local/local-env';
import { XlsxWorkbook } from '../../src/local/xlsx-workbook';

export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

const consent = new Date(2026, 8, 1);

const MENTORS: Record<string, Cell>[] = [
  {
    id: 'Н-1',
    fio: 'Смирнова Анна Петровна',
    category: 'педагог',
    organization: 'МБОУ СОШ № 1',
    position: 'учитель',
    subjects: 'математика',
    experience: 22,
    competencies: 'классное руководство; ИКТ',
    forms: 'учитель – учитель',
    email: 'smirnova@school1.ru',
    consent,
  },
  {
    id: 'Н-2',
    fio: 'Орлов Игорь Сергеевич',
    category: 'педагог',
    organization: 'МБОУ СОШ № 1',
    position: 'учитель',
    subjects: 'физика',
    experience: 15,
    competencies: 'проектная деятельность',
    forms: 'учитель – учитель',
    email: 'orlov@school1.ru',
    consent,
  },
  {
    id: 'Н-3',
    fio: 'Ким Елена Викторовна',
    category: 'педагог',
    organization: 'МБОУ СОШ № 1',
    position: 'учитель',
    subjects: 'русский язык и литература',
    experience: 30,
    competencies: 'подготовка к ОГЭ',
    forms: 'учитель – учитель',
    email: 'kim@school1.ru',
    consent,
  },
];

const MENTEES: Record<string, Cell>[] = [
  {
    id: 'М-1',
    fio: 'Петров Олег Иванович',
    category: 'молодой специалист',
    organization: 'МБОУ СОШ № 1',
    position: 'учитель',
    subjects: 'математика',
    experience: 1,
    age: 24,
    deficits: 'классное руководство',
    wantedForm: 'учитель – учитель',
    email: 'petrov@school1.ru',
    consent,
  },
  {
    id: 'М-2',
    fio: HOSTILE_NAME,
    category: 'молодой специалист',
    organization: 'МБОУ СОШ № 1',
    position: 'учитель',
    subjects: 'физика',
    experience: 2,
    age: 26,
    deficits: 'проектная деятельность',
    wantedForm: 'учитель – учитель',
    email: 'hostile@school1.ru',
    consent,
  },
  {
    id: 'М-3',
    fio: 'Зайцева Мария Андреевна',
    category: 'молодой специалист',
    organization: 'МБОУ СОШ № 1',
    position: 'учитель',
    subjects: 'русский язык и литература',
    experience: 0,
    age: 23,
    deficits: 'подготовка к ОГЭ',
    wantedForm: 'учитель – учитель',
    email: 'zaytseva@school1.ru',
    consent,
  },
  {
    id: 'М-4',
    fio: 'Белов Денис Олегович',
    category: 'молодой специалист',
    organization: 'МБОУ СОШ № 1',
    position: 'учитель',
    subjects: 'математика',
    experience: 1,
    age: 25,
    deficits: 'ИКТ',
    wantedForm: 'учитель – учитель',
    email: 'belov@school1.ru',
  },
];

const PAIRS: Record<string, Cell>[] = [
  {
    pairId: 'П-1',
    mentorId: 'Н-1',
    mentorName: 'Смирнова Анна Петровна',
    menteeId: 'М-1',
    menteeName: 'Петров Олег Иванович',
    form: 'учитель – учитель',
    startDate: new Date(2026, 9, 1),
    status: 'активна',
    score: 87,
  },
];

/** A registered form whose title and link came from somewhere hostile. */
export const RESPONSE_SHEET = 'Ответы на форму (1)';
const FORMS: Record<string, Cell>[] = [
  {
    formId: 'form-1',
    template: 'mentee-monitoring',
    wave: 'вход',
    title: HOSTILE_NAME,
    publishedUrl: 'javascript:alert(2)',
    editUrl: 'https://docs.google.com/forms/d/form-1/edit',
    responseSheet: RESPONSE_SHEET,
    imported: 2,
  },
];

function rows(columns: readonly { key: string; header: string }[], records: Record<string, Cell>[]): Cell[][] {
  return [columns.map((c) => c.header), ...records.map((r) => columns.map((c) => r[c.key] ?? null))];
}

/** Writes the fixture to a fresh temporary .xlsx and returns its path. */
export async function writeFixtureWorkbook(): Promise<string> {
  const workbook = XlsxWorkbook.create();
  const env = localEnv(workbook, { progress: { report: () => undefined } });
  setupWorkbook(env);
  workbook.writeBlock(MENTORS_SHEET, { row: 1, col: 1, values: rows(MENTOR_COLUMNS, MENTORS) });
  workbook.writeBlock(MENTEES_SHEET, { row: 1, col: 1, values: rows(MENTEE_COLUMNS, MENTEES) });
  workbook.ensureSheet(PAIRS_SHEET);
  workbook.writeBlock(PAIRS_SHEET, { row: 1, col: 1, values: rows(PAIR_COLUMNS, PAIRS) });
  workbook.ensureSheet(FORMS_REGISTER_SHEET);
  workbook.writeBlock(FORMS_REGISTER_SHEET, { row: 1, col: 1, values: rows(FORMS_REGISTER_COLUMNS, FORMS) });
  workbook.ensureSheet(RESPONSE_SHEET);
  workbook.writeBlock(RESPONSE_SHEET, {
    row: 1,
    col: 1,
    values: [
      ['Отметка времени', 'Адрес электронной почты'],
      ...['petrov', 'belov', 'zaytseva'].map((name) => ['01.11.2026 10:00:00', `${name}@school1.ru`]),
    ],
  });
  const path = join(mkdtempSync(join(tmpdir(), 'nastavnik-sidebar-')), 'fixture.xlsx');
  await env.save(path);
  return path;
}
