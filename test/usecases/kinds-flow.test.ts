import { describe, expect, it } from 'vitest';
import { cellText, type Grid } from '../../src/core/cell';
import { readBases } from '../../src/core/bases/read-bases';
import { Catalogues } from '../../src/core/catalogues/catalogues';
import {
  CATALOGUES_SHEET,
  FORM_KIND_HEADER,
  FORM_MANAGER_DEPUTY,
  FORM_TEACHER_TEACHER,
  KINDS_HEADER,
} from '../../src/core/catalogues/defaults';
import { DRAFT_SHEET } from '../../src/core/matching/draft-sheet';
import { MODE_GROUPS, MODE_STABLE } from '../../src/core/matching/settings';
import { PAIRS_SHEET } from '../../src/core/pairs/register-layout';
import { loadProgramModel } from '../../src/core/program/load';
import { Settings } from '../../src/core/settings/settings';
import { PREFERENCES_SHEET } from '../../src/core/survey/preferences-layout';
import { approvePairs } from '../../src/core/usecases/pairs/approve-pairs';
import { formPairs } from '../../src/core/usecases/pairs/form-pairs';
import { runIndicators } from '../../src/core/usecases/indicators';
import { reportData } from '../../src/core/documents/report-data';
import { buildAnalyticReport } from '../../src/core/documents/analytic-report';
import { plainText } from '../../src/core/documents/plain-text';
import { INDICATORS_SHEET } from '../../src/core/indicators/indicators-table';
import { KIND_BREAKDOWN_TITLE } from '../../src/core/indicators/kind-rows';
import { setupWorkbook } from '../../src/core/usecases/setup-workbook';
import { MemoryWorkbook, memoryEnv } from '../support/memory-workbook';
import { column, mentee, mentor, setCell, smallProgramme } from './small-programme';

const SCHOOL = 'МБОУ СОШ № 1';
const OTHER = 'МБОУ СОШ № 2';

function draftKinds(workbook: { readSheet(name: string): Grid | null }): Record<string, string> {
  const draft = workbook.readSheet(DRAFT_SHEET);
  const names = column(draft, 'Наставляемый');
  const kinds = column(draft, 'Вид наставничества');
  return Object.fromEntries(names.map((name, i) => [name, kinds[i]]));
}

describe('«Виды наставничества» in «Справочники»', () => {
  it('holds the methodology’s kinds and a default kind per form, editable as data', () => {
    const catalogues = Catalogues.defaults();
    expect(catalogues.values('kinds')).toEqual(
      expect.arrayContaining([
        'традиционное',
        'групповое',
        'флеш-наставничество',
        'ситуационное',
        'реверсивное',
        'виртуальное',
        'сетевое',
      ]),
    );
    const kinds = catalogues.formKinds();
    expect([...kinds.values()]).toContain('традиционное');
    expect([...kinds.values()]).toContain('групповое');
  });

  it('speaks an older workbook’s spellings («в группе», «скоростное (флеш)»)', () => {
    const catalogues = Catalogues.fromSheet([[KINDS_HEADER], ['традиционное'], ['в группе'], ['скоростное (флеш)']]);
    expect(catalogues.kind('групповое')).toBe('в группе');
    expect(catalogues.kind('флеш-наставничество')).toBe('скоростное (флеш)');
    expect(catalogues.kind('сетевое')).toBe('сетевое');
    expect(catalogues.isKind('флеш-наставничество')).toBe(true);
    expect(catalogues.isKind(FORM_TEACHER_TEACHER)).toBe(false);
  });
});

describe('«Подготовить таблицу» on «Справочники» made before kinds per form', () => {
  it('adds «Форма: вид наставничества» against the sheet’s own forms', () => {
    const workbook = new MemoryWorkbook();
    const env = memoryEnv(workbook);
    const own = ['учитель – ученик', 'педагог – родитель', '', 'Команда – команда'];
    workbook.ensureSheet(CATALOGUES_SHEET);
    workbook.writeBlock(CATALOGUES_SHEET, {
      row: 1,
      col: 1,
      values: [['Формы наставничества'], ...own.map((form) => [form])],
    });
    setupWorkbook(env);
    const grid = workbook.readSheet(CATALOGUES_SHEET) as Grid;
    expect(column(grid, 'Формы наставничества').slice(0, 4)).toEqual(own);
    expect(column(grid, FORM_KIND_HEADER).slice(0, 4)).toEqual(['традиционное', '', '', 'групповое']);
  });
});

describe('the engine fills «Вид наставничества»; the curator’s value wins', () => {
  const mentors = [
    mentor('Андреева Анна Андреевна', SCHOOL, FORM_TEACHER_TEACHER),
    mentor('Борисов Борис Борисович', OTHER, FORM_MANAGER_DEPUTY),
  ];
  const mentees = [
    mentee('Васильева Вера Васильевна', SCHOOL, FORM_TEACHER_TEACHER),
    mentee('Григорьев Глеб Глебович', SCHOOL, FORM_MANAGER_DEPUTY),
  ];

  it('writes the form’s default, «сетевое» across organizations, and keeps what the curator typed', () => {
    const { workbook, env } = smallProgramme(mentors, mentees);
    formPairs(env);
    expect(draftKinds(workbook)).toEqual({
      'Васильева Вера Васильевна': 'традиционное',
      'Григорьев Глеб Глебович': 'сетевое',
    });
    // The curator changes a kind, and changes the form's default kind in «Справочники».
    const draft = workbook.readSheet(DRAFT_SHEET) as Grid;
    const row = column(draft, 'Наставляемый').indexOf('Васильева Вера Васильевна') + 2;
    setCell(workbook, DRAFT_SHEET, row, 'Вид наставничества', 'виртуальное');
    formPairs(env);
    expect(draftKinds(workbook)['Васильева Вера Васильевна']).toBe('виртуальное');
    // The draft's kind column offers the catalogue.
    const format = workbook.formats.get(DRAFT_SHEET)?.at(-1);
    const kindCol = (workbook.readSheet(DRAFT_SHEET) as Grid)[0].findIndex((c) => cellText(c) === 'Вид наставничества');
    expect(format?.columns?.find((c) => c.col === kindCol + 1)?.validation).toMatchObject({
      kind: 'list',
      values: expect.arrayContaining(['флеш-наставничество', 'сетевое']),
    });

    setCell(workbook, DRAFT_SHEET, 2, 'Решение', 'принять');
    setCell(workbook, DRAFT_SHEET, 3, 'Решение', 'принять');
    approvePairs(env);
    const register = workbook.readSheet(PAIRS_SHEET) as Grid;
    const byMentee = Object.fromEntries(
      column(register, 'Наставляемый').map((name, i) => [name, column(register, 'Вид наставничества')[i]]),
    );
    expect(byMentee).toEqual({ 'Васильева Вера Васильевна': 'виртуальное', 'Григорьев Глеб Глебович': 'сетевое' });
    // The register's kind column is a dropdown over «Справочники» → «Виды наставничества».
    const catalogue = workbook.readSheet(CATALOGUES_SHEET) as Grid;
    const kindsCol = catalogue[0].findIndex((c) => cellText(c) === KINDS_HEADER) + 1;
    const registerKindCol = register[0].findIndex((c) => cellText(c) === 'Вид наставничества') + 1;
    const validation = workbook.formats
      .get(PAIRS_SHEET)
      ?.at(-1)
      ?.columns?.find((c) => c.col === registerKindCol)?.validation;
    expect(validation).toMatchObject({ kind: 'range', sheet: CATALOGUES_SHEET, col: kindsCol });
  });

  it('takes the form’s default kind from «Форма: вид наставничества»', () => {
    const { workbook, env } = smallProgramme(mentors.slice(0, 1), mentees.slice(0, 1));
    const catalogue = workbook.readSheet(CATALOGUES_SHEET) as Grid;
    const row = column(catalogue, 'Формы наставничества').indexOf(FORM_TEACHER_TEACHER) + 2;
    setCell(workbook, CATALOGUES_SHEET, row, FORM_KIND_HEADER, 'ситуационное');
    formPairs(env);
    expect(draftKinds(workbook)).toEqual({ 'Васильева Вера Васильевна': 'ситуационное' });
  });

  it('writes «групповое» for a group and «флеш-наставничество» for a mutual choice after flash meetings', () => {
    const people = [
      mentor('Андреева Анна Андреевна', SCHOOL, FORM_TEACHER_TEACHER),
      mentor('Дмитриев Денис Денисович', SCHOOL, FORM_TEACHER_TEACHER),
    ];
    const learners = [
      mentee('Васильева Вера Васильевна', SCHOOL, FORM_TEACHER_TEACHER),
      mentee('Егорова Ева Егоровна', SCHOOL, FORM_TEACHER_TEACHER),
    ];
    const grouped = smallProgramme(people.slice(0, 1), learners);
    formPairs(grouped.env, { mode: MODE_GROUPS });
    expect(Object.values(draftKinds(grouped.workbook))).toEqual(['групповое', 'групповое']);

    const flash = smallProgramme(people, learners);
    const { bases } = { bases: readBases(flash.workbook, Settings.defaults(), Catalogues.defaults(), new Date()) };
    const id = (fio: string) => [...bases.mentors, ...bases.mentees].find((p) => p.fio === fio)?.id as string;
    flash.workbook.ensureSheet(PREFERENCES_SHEET);
    const chose = (who: string, whom: string) => [id(who), who, '', 1, id(whom), whom, 'r', null, null];
    flash.workbook.writeBlock(PREFERENCES_SHEET, {
      row: 1,
      col: 1,
      values: [
        [
          'ID участника',
          'Участник',
          'Роль',
          'Место',
          'ID выбранного',
          'Выбранный',
          'ID ответа',
          'Отметка времени',
          'Комментарий',
        ],
        // Андреева and Васильева chose each other; Егорова chose Дмитриев, who chose nobody.
        chose('Андреева Анна Андреевна', 'Васильева Вера Васильевна'),
        chose('Васильева Вера Васильевна', 'Андреева Анна Андреевна'),
        chose('Егорова Ева Егоровна', 'Дмитриев Денис Денисович'),
      ],
    });
    formPairs(flash.env, { mode: MODE_STABLE });
    expect(draftKinds(flash.workbook)).toEqual({
      'Васильева Вера Васильевна': 'флеш-наставничество',
      'Егорова Ева Егоровна': 'традиционное',
    });
  });
});

describe('«флеш-наставничество» typed as a form', () => {
  it('is refused with a message that sends the kind to «Вид наставничества»', () => {
    const { workbook } = smallProgramme(
      [mentor('Андреева Анна Андреевна', SCHOOL, `${FORM_TEACHER_TEACHER}; флеш-наставничество`)],
      [mentee('Васильева Вера Васильевна', SCHOOL, 'флеш-наставничество')],
    );
    const { problems } = readBases(workbook, Settings.defaults(), Catalogues.defaults(), new Date(2026, 10, 1));
    const about = problems.filter((p) => p.message.includes('это вид наставничества, а не форма'));
    expect(about.map((p) => [p.sheet, p.row, p.column])).toEqual([
      ['Наставники', 2, 'Формы наставничества'],
      ['Наставляемые', 2, 'Желаемая форма'],
    ]);
    for (const p of about) {
      expect(p.message).toContain('«Вид наставничества»');
      expect(p.message).not.toContain('нет в «Справочниках»');
    }
  });
});

describe('a kind written among the forms in «Справочники»', () => {
  it('is a warning on its row that sends it to «Вид наставничества»', () => {
    const { workbook, env } = smallProgramme(
      [mentor('Андреева Анна Андреевна', SCHOOL, FORM_TEACHER_TEACHER)],
      [mentee('Васильева Вера Васильевна', SCHOOL, FORM_TEACHER_TEACHER)],
    );
    const forms = column(workbook.readSheet(CATALOGUES_SHEET), 'Формы наставничества');
    setCell(workbook, CATALOGUES_SHEET, forms.length + 2, 'Формы наставничества', 'Флеш-наставничество');
    formPairs(env);
    const problems = workbook.readSheet('Проблемы') as Grid;
    const i = column(problems, 'Значение').indexOf('Флеш-наставничество');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(column(problems, 'Лист')[i]).toBe(CATALOGUES_SHEET);
    expect(column(problems, 'Строка')[i]).toBe(String(forms.length + 2));
    expect(column(problems, 'Что не так и как исправить')[i]).toContain('«Вид наставничества»');
  });
});

describe('pairs by kind in «Показатели» and the report', () => {
  function registerWith(kinds: ReadonlyArray<string | null>) {
    const people = kinds.map((_, i) => mentor(`Наставник${'абвгдеж'[i]} Иван Иванович`, SCHOOL, FORM_TEACHER_TEACHER));
    const learners = kinds.map((_, i) => mentee(`Ученик${'абвгдеж'[i]} Пётр Петрович`, SCHOOL, FORM_TEACHER_TEACHER));
    const { workbook, env } = smallProgramme(people, learners);
    const { bases } = { bases: readBases(workbook, Settings.defaults(), Catalogues.defaults(), new Date()) };
    workbook.ensureSheet(PAIRS_SHEET);
    const withKind = kinds.some((k) => k !== null);
    workbook.writeBlock(PAIRS_SHEET, {
      row: 1,
      col: 1,
      values: [
        [
          'ID пары',
          'ID наставника',
          'ID наставляемого',
          'Форма',
          'Статус',
          ...(withKind ? ['Вид наставничества'] : []),
        ],
        ...kinds.map((kind, i) => [
          `П-000${i + 1}`,
          bases.mentors[i].id,
          bases.mentees[i].id,
          FORM_TEACHER_TEACHER,
          'активна',
          ...(withKind ? [kind] : []),
        ]),
      ],
    });
    return { workbook, env };
  }

  it('counts live pairs by kind once, in the catalogue’s order, 1–2 people as «менее 3 чел.»', () => {
    const { workbook, env } = registerWith(['сетевое', 'традиционное', 'традиционное', 'традиционное', null]);
    const { model } = loadProgramModel(workbook, env.clock.now());
    expect(model.kinds.map((k) => [k.kind, k.pairs, k.mentees])).toEqual([
      ['традиционное', 3, 3],
      ['сетевое', 1, 1],
      ['вид не указан', 1, 1],
    ]);
    runIndicators(env);
    const sheet = workbook.readSheet(INDICATORS_SHEET) as Grid;
    const title = sheet.findIndex((row) => cellText(row[0]) === KIND_BREAKDOWN_TITLE);
    expect(title).toBeGreaterThan(0);
    expect(sheet.slice(title + 1, title + 5).map((row) => row.slice(0, 5).map(cellText))).toEqual([
      ['Вид наставничества', 'Пар', 'Групп', 'Наставляемых', 'Наставников'],
      ['традиционное', '3', '0', '3', '3'],
      ['сетевое', '1', '0', 'менее 3 чел.', 'менее 3 чел.'],
      ['вид не указан', '1', '0', 'менее 3 чел.', 'менее 3 чел.'],
    ]);
    const report = plainText(buildAnalyticReport(reportData(model, null, null), Settings.defaults(), env.clock.now()));
    expect(report).toContain(KIND_BREAKDOWN_TITLE);
    expect(report).toContain('традиционное | 3 | 0 | 3 | 3');
    expect(report).toContain('сетевое | 1 | 0 | менее 3 чел. | менее 3 чел.');
  });

  it('a curator’s indicator rule counts pairs by «вид»', () => {
    const { workbook, env } = registerWith(['сетевое', 'традиционное', 'сетевое', null]);
    workbook.ensureSheet('Правила показателей');
    workbook.writeBlock('Правила показателей', {
      row: 1,
      col: 1,
      values: [
        ['Код', 'Показатель', 'База', 'Считать в числителе', 'Считать в знаменателе', 'План'],
        ['Д-01', 'Сетевые пары', 'Пары', 'вид = сетевое', '', 2],
        ['Д-02', 'Доля сетевых пар', 'Пары', 'вид = Сетевое', 'все', 50],
      ],
    });
    runIndicators(env);
    const sheet = workbook.readSheet(INDICATORS_SHEET) as Grid;
    const fact = (code: string) => {
      const row = sheet.find((r) => cellText(r[0]) === code) ?? [];
      return row[sheet[0].findIndex((c) => cellText(c) === 'Факт')];
    };
    expect(fact('Д-01')).toBe(2);
    expect(fact('Д-02')).toBe(50);
  });

  it('prints no kind table for a register without kinds (the old output stays as it was)', () => {
    const { workbook, env } = registerWith([null, null, null]);
    const { model } = loadProgramModel(workbook, env.clock.now());
    expect(model.kinds).toEqual([]);
    runIndicators(env);
    const sheet = workbook.readSheet(INDICATORS_SHEET) as Grid;
    expect(sheet.some((row) => cellText(row[0]) === KIND_BREAKDOWN_TITLE)).toBe(false);
  });
});
