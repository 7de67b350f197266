import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBases } from '../../../src/core/bases/read-bases';
import { Catalogues } from '../../../src/core/catalogues/catalogues';
import type { Cell, Grid } from '../../../src/core/cell';
import { participantKind } from '../../../src/core/documents/participant-kind';
import { INDICATORS } from '../../../src/core/indicators/catalogue';
import { parseRule, ruleVocabulary } from '../../../src/core/indicators/rules';
import { readIndicatorRules, RULES_SHEET } from '../../../src/core/indicators/rules-sheet';
import { chooseRoleModel } from '../../../src/core/matching/role-model';
import { loadProgramModel } from '../../../src/core/program/load';
import { figureOf } from '../../../src/core/program/model';
import { Settings } from '../../../src/core/settings/settings';
import { runIndicators } from '../../../src/core/usecases/indicators';
import { MemoryWorkbook, memoryEnv } from '../../support/memory-workbook';
import { mentee, mentor, pair, schoolWorkbook, settingsSheet, sheet } from './fixture';

const NOW = new Date(2026, 10, 22);
const HEADER = ['Код', 'Показатель', 'База', 'Считать в числителе', 'Считать в знаменателе', 'План'];

function withRules(workbook: MemoryWorkbook, rows: Cell[][], header: Cell[] = HEADER): MemoryWorkbook {
  workbook.ensureSheet(RULES_SHEET);
  workbook.writeBlock(RULES_SHEET, { row: 1, col: 1, values: [header, ...rows] });
  return workbook;
}

function rowOf(grid: Grid, code: string): Record<string, Cell> {
  const row = grid.find((r) => r[0] === code);
  if (!row) throw new Error(`no row ${code}`);
  return Object.fromEntries(grid[0].map((h, i) => [String(h), row[i] ?? null]));
}

const problemsOf = (workbook: MemoryWorkbook) =>
  workbook
    .grid('Проблемы')
    .slice(1)
    .map((row) => row.map((cell) => String(cell ?? '')).join(' | '));

describe('rule words', () => {
  it('reads the curator’s Russian: bases, fields, flags, negation, numbers, totals', () => {
    const ok = (base: string, numerator: string, denominator = '') => {
      const parsed = parseRule({ base, numerator, denominator });
      if (!parsed.ok) throw new Error(parsed.message);
      return parsed.rule;
    };
    expect(ok('Наставляемые', 'категория = молодой специалист; есть пара', 'категория = молодой специалист').base).toBe(
      'mentees',
    );
    expect(ok('база наставников', 'стаж ≥ 10; не вновь назначенный').numerator).toHaveLength(2);
    expect(ok('Пары', 'форма: учитель – учитель; не группа', 'все').denominator).toEqual({
      kind: 'rows',
      conditions: [],
    });
    expect(ok('Участники', 'есть пара', 'Настройки: педагоги').denominator).toEqual({
      kind: 'total',
      total: 'teachers',
    });
    expect(ok('Организации', 'есть участники', '22').denominator).toEqual({ kind: 'number', value: 22 });
    for (const total of ['педагоги из «Настроек»', 'всего педагогов', 'Настройки — педагоги'])
      expect(ok('Наставники', 'все', total).denominator, total).toEqual({ kind: 'total', total: 'teachers' });
    expect(ok('Участники', 'все', 'обучающиеся (Настройки)').denominator).toEqual({ kind: 'total', total: 'pupils' });
    expect(ok('ОО', 'все').numerator).toEqual([]);
  });

  it('names the cell and what could be written there when a rule cannot be read', () => {
    expect(parseRule({ base: 'Ученики', numerator: '', denominator: '' })).toMatchObject({
      ok: false,
      column: 'base',
      message: expect.stringContaining('Наставляемые, Наставники'),
    });
    const unknown = parseRule({ base: 'Наставляемые', numerator: 'цвет = синий', denominator: '' });
    expect(unknown).toMatchObject({ ok: false, column: 'numerator' });
    expect(!unknown.ok && unknown.message).toContain('неизвестное поле «цвет»');
    expect(!unknown.ok && unknown.message).toContain('«категория»');
    const wrongBase = parseRule({ base: 'Пары', numerator: 'возраст < 18', denominator: '' });
    expect(!wrongBase.ok && wrongBase.message).toContain('у базы «Пары» нет поля «возраст»');
    const text = parseRule({ base: 'Наставники', numerator: 'стаж = много', denominator: '' });
    expect(!text.ok && text.message).toContain('сравнивается с числом');
    const flag = parseRule({ base: 'Наставляемые', numerator: 'есть парa', denominator: '' });
    expect(!flag.ok && flag.message).toContain('похоже на «есть пара»');
    const word = parseRule({ base: 'Наставляемые', numerator: 'есть пара', denominator: 'с котом' });
    expect(word).toMatchObject({ ok: false, column: 'denominator' });
  });

  it('the README’s example rows are rules the engine reads', () => {
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
    const examples = readme
      .split('\n')
      .filter((line) => /^\| Д-\d\d \|/.test(line))
      .map((line) => line.split('|').map((cell) => cell.trim()));
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const [, code, , base, numerator, denominator] of examples)
      expect(parseRule({ base, numerator, denominator }), code).toMatchObject({ ok: true });
  });

  it('the README names every field and flag a rule may use', () => {
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8').replace(/\s+/g, ' ');
    const { fields, flags } = ruleVocabulary();
    const missing = [...fields, ...flags].filter((word) => !new RegExp(`«(не )?${word}[ :»]`).test(readme));
    expect(missing).toEqual([]);
  });

  it('every built-in count and share is a rule the engine reads', () => {
    for (const spec of INDICATORS.filter((s) => s.rule))
      expect(parseRule(spec.rule as NonNullable<typeof spec.rule>).ok, spec.code).toBe(true);
  });
});

describe('«Правила показателей» → «Показатели»', () => {
  it('computes the curator’s rows from the bases, with plans, and names unreadable rows on «Проблемы»', () => {
    const workbook = withRules(schoolWorkbook(), [
      ['Д-01', '100 % молодых специалистов с наставником', 'Наставляемые', 'есть пара', 'молодой специалист', 100],
      [
        'Д-02',
        'Педагоги-наставляемые со стажем до 5 лет',
        'наставляемые',
        'категория = педагог, молодой специалист; стаж ≤ 5',
        '',
        null,
      ],
      ['Д-03', 'ОО участвуют', 'Организации', 'есть участники', '', 20],
      [
        'Д-04',
        'Индивидуальные пары учитель – учитель',
        'Пары',
        'форма = учитель – учитель; не группа; статус ≠ расторгнута',
        '',
        null,
      ],
      ['Д-05', 'Сломанное', 'Наставляемые', 'цвет = синий', 'все', null],
      ['П-03', 'Чужой код', 'Наставляемые', 'есть пара', '', null],
      ['Д-01', 'Повтор', 'Наставляемые', 'есть пара', '', null],
      [null, null, null, null, null, null],
      ['Д-06', 'Доля завершённых среди пар', 'Пары', 'статус = завершена', 'статус = активна, завершена', 'много'],
      ['Д-07', 'Наставляемые в идущих парах', 'Наставляемые', 'есть активная пара', '', null],
    ]);
    const outcome = runIndicators(memoryEnv(workbook));
    expect(outcome.lines.join('\n')).toContain('«Правила показателей»: замечания в строках 6, 7, 8, 10');
    const grid = workbook.grid('Показатели');
    // 3 young specialists (НЯ-1 paired; НЯ-6, and НЯ-2 whose pair was terminated): the same figure as П-03
    expect(rowOf(grid, 'Д-01').Факт).toBe(rowOf(grid, 'П-03').Факт);
    expect(rowOf(grid, 'Д-01').Факт).toBe(33.3);
    expect(rowOf(grid, 'Д-01')['Ед. изм.']).toBe('%');
    expect(rowOf(grid, 'Д-01')['План 2026/27']).toBe(100);
    expect(rowOf(grid, 'Д-01').Статус).toBe('не достигнут');
    expect(String(rowOf(grid, 'Д-01')['Как считается'])).toContain('«Правила показателей», строка 2');
    // НЯ-1, НЯ-2, НЯ-6; НЯ-3 has 10 years, pupils have none
    expect(rowOf(grid, 'Д-02').Факт).toBe(3);
    expect(rowOf(grid, 'Д-02')['Ед. изм.']).toBe('чел.');
    expect(rowOf(grid, 'Д-03').Факт).toBe(1);
    expect(rowOf(grid, 'Д-03').Статус).toBe('не достигнут');
    expect(rowOf(grid, 'Д-04').Факт).toBe(2);
    expect(String(rowOf(grid, 'Д-04').Источник)).toMatch(/^2: «Пары», строки 2–3;/);
    expect(rowOf(grid, 'Д-05').Факт).toBeNull();
    expect(String(rowOf(grid, 'Д-05').Источник)).toContain('строка 6, не прочитано');
    // 1 completed of 3 live units
    expect(rowOf(grid, 'Д-06').Факт).toBe(33.3);
    // НЯ-1, НЯ-4, НЯ-5 (НЯ-3's pair is completed, НЯ-2's terminated)
    expect(rowOf(grid, 'Д-07').Факт).toBe(3);
    expect(grid.filter((r) => r[0] === 'П-03')).toHaveLength(1);
    // П-07 is a catalogue rule too; its source reads as before
    expect(String(rowOf(grid, 'П-07').Источник)).toMatch(/^1 группа, 2 наставляемых \(«Пары», строки 4–5\)/);
    expect(grid.filter((r) => r[0] === 'Д-01')).toHaveLength(1);

    const problems = problemsOf(workbook);
    const about = (row: number) => problems.filter((p) => p.includes(`${RULES_SHEET} | ${row} |`));
    expect(about(6).join()).toContain('Считать в числителе');
    expect(about(6).join()).toContain('неизвестное поле «цвет»');
    expect(about(7).join()).toContain('занят встроенным показателем');
    expect(about(8).join()).toContain('уже есть в строке 2');
    expect(about(10).join()).toContain('План — число');
    expect(problems.filter((p) => p.includes(RULES_SHEET))).toHaveLength(4);

    // a rerun keeps the curator's plan and does not repeat rows or problems
    const planCol = grid[0].indexOf('План 2026/27');
    const d02 = grid.findIndex((r) => r[0] === 'Д-02');
    workbook.writeBlock('Показатели', { row: d02 + 1, col: planCol + 1, values: [[5]] });
    runIndicators(memoryEnv(workbook));
    const again = workbook.grid('Показатели');
    expect(rowOf(again, 'Д-02')['План 2026/27']).toBe(5);
    expect(rowOf(again, 'Д-02').Статус).toBe('не достигнут');
    expect(again.filter((r) => r[0] === 'Д-02')).toHaveLength(1);
    expect(problemsOf(workbook).filter((p) => p.includes(RULES_SHEET))).toHaveLength(4);

    // a rule removed from the sheet leaves no stale fact behind
    workbook.writeBlock(RULES_SHEET, { row: 3, col: 1, values: [[null, null, null, null, null, null]] });
    runIndicators(memoryEnv(workbook));
    const removed = rowOf(workbook.grid('Показатели'), 'Д-02');
    expect(removed.Факт).toBeNull();
    expect(removed['План 2026/27']).toBe(5);
    expect(String(removed.Источник)).toContain('правила с кодом Д-02 больше нет');
  });

  it('offers the sheet with its header the first time and never overwrites it', () => {
    const workbook = schoolWorkbook();
    expect(runIndicators(memoryEnv(workbook)).lines.join('\n')).toContain('Появился лист «Правила показателей»');
    expect(workbook.grid(RULES_SHEET)[0].slice(0, 5)).toEqual(HEADER.slice(0, 5));
    withRules(workbook, [['Д-01', 'Пары', 'Пары', 'все', '', null]]);
    expect(runIndicators(memoryEnv(workbook)).lines.join('\n')).not.toContain('Появился лист');
    expect(workbook.grid(RULES_SHEET)[1][0]).toBe('Д-01');
    expect(rowOf(workbook.grid('Показатели'), 'Д-01').Факт).toBe(4);
  });

  it('a sheet without the rule columns is one problem, the built-in indicators still compute', () => {
    const workbook = withRules(schoolWorkbook(), [['Д-01', 'что-то']], ['Код', 'Показатель']);
    runIndicators(memoryEnv(workbook));
    expect(problemsOf(workbook).join('\n')).toContain('Нет столбцов «База», «Считать в числителе»');
    expect(rowOf(workbook.grid('Показатели'), 'П-04').Факт).toBe(66.7);
  });

  it('reads the header by aliases and «меньше» as a ceiling', () => {
    const { rules, problems } = readIndicatorRules([
      ['№', 'Название', 'Что считать', 'Числитель', 'Знаменатель', 'Лучше'],
      ['Д-9', 'Без пары', 'Наставляемые', 'без пары', '', 'меньше'],
      ['Д-10', 'Пары', 'Пары', 'все', '', 'когда как'],
    ]);
    expect(rules[0]).toMatchObject({ code: 'Д-9', unit: 'чел.', better: 'lower' });
    expect(rules[1]).toMatchObject({ code: 'Д-10', unit: 'ед.', better: 'higher' });
    expect(problems).toEqual([
      expect.objectContaining({ row: 3, column: 'Лучше', severity: 'warning', value: 'когда как' }),
    ]);
  });
});

describe('fields through «Организации» and the post', () => {
  it('type of organization, any spelling of a school, part of a post, years in post', () => {
    const workbook = new MemoryWorkbook({
      Настройки: settingsSheet({ academicYear: 2026 }),
      Организации: [
        ['Полное название', 'Краткое название', 'Другие написания', 'Тип'],
        ['МБОУ «Средняя школа № 1»', 'СШ № 1', 'Первая школа', 'школа'],
        ['МБДОУ «Детский сад № 7»', 'ДС № 7', '', 'детский сад'],
      ],
      Наставники: sheet([mentor('НК-1', 'Директор Иван', 'управленческий кадр', 'Первая школа')]),
      Наставляемые: sheet([
        mentee('НЯ-1', 'Зам Анна', 'педагог', 40, 15, 'Средняя школа № 1', {
          'Должность / класс': 'заместитель директора по ВР',
          'Стаж в должности (лет)': 1,
        }),
        mentee('НЯ-2', 'Воспитатель Оля', 'педагог', 30, 5, 'Детский сад № 7', {
          'Должность / класс': 'воспитатель',
        }),
        mentee('НЯ-3', 'Зам Олег', 'педагог', 50, 25, 'МБДОУ Детский сад № 7', {
          'Должность / класс': 'Заместитель заведующего',
          'Стаж в должности (лет)': 6,
        }),
      ]),
    });
    withRules(workbook, [
      ['Д-01', 'В садах', 'Наставляемые', 'тип организации = детский сад', '', null],
      ['Д-02', 'Первая школа', 'Участники', 'организация = СШ № 1', '', null],
      ['Д-03', 'Заместители', 'Наставляемые', 'должность = заместитель', '', null],
      ['Д-04', 'Недавно', 'Наставляемые', 'стаж в должности ≤ 2', '', null],
      ['Д-05', 'Руководители', 'Наставляемые', 'руководитель; не вновь назначенный', '', null],
      ['Д-06', 'Сады', 'Организации', 'тип = детский сад; есть наставляемые', '', null],
      ['Д-07', 'Пары в садах', 'Пары', 'тип организации = детский сад', '', null],
      ['Д-08', 'Пары первой школы', 'Пары', 'организация = Первая школа', '', null],
    ]);
    workbook.ensureSheet('Пары');
    workbook.writeBlock('Пары', {
      row: 1,
      col: 1,
      values: sheet([
        // «Организация» of the register left blank: the mentee's organization counts
        pair('П-1', '', 'НК-1', 'НЯ-3', 'руководитель – заместитель', '', 'активна'),
        pair('П-2', '', 'НК-1', 'НЯ-1', 'руководитель – заместитель', '', 'активна', 'СШ № 1'),
      ]),
    });
    const model = loadProgramModel(workbook, NOW).model;
    const value = (code: string) => model.ruleFigures.find((f) => f.rule.code === code)?.measurement.value;
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((i) => value(`Д-0${i}`))).toEqual([2, 2, 2, 1, 1, 1, 1, 1]);
  });
});

describe('managers', () => {
  const settings = Settings.fromSheet(settingsSheet({ newManagerMaxYearsInPost: 3 }));
  const deputy = (extra: Record<string, Cell>) =>
    mentee('НЯ-1', 'Заместитель Анна', 'педагог', 30, 2, 'Школа № 1', {
      'Должность / класс': 'заместитель директора по УВР',
      'Желаемая форма': 'руководитель – заместитель',
      'Дефициты / запрос': 'документация и ФГОС',
      ...extra,
    });
  const basesOf = (...mentees: Record<string, Cell>[]) =>
    readBases(
      new MemoryWorkbook({
        Наставники: sheet([mentor('НК-1', 'Директор Иван', 'управленческий кадр')]),
        Наставляемые: sheet(mentees),
      }),
      settings,
      Catalogues.fromSheet(null),
      NOW,
    );

  it('years in post come from the appointment date (else the typed years); newly appointed is a manager, not a young specialist', () => {
    const { mentees } = basesOf(
      deputy({ 'Дата назначения на должность': new Date(2025, 8, 1) }),
      mentee('НЯ-2', 'Зам Олег', 'педагог', 50, 20, 'Школа № 1', {
        'Должность / класс': 'заместитель директора',
        'Стаж в должности, лет': 1,
      }),
      mentee('НЯ-3', 'Классный Пётр', 'педагог', 30, 2, 'Школа № 1', {
        'Должность / класс': 'классный руководитель',
        'Стаж в должности, лет': 1,
      }),
      mentee('НЯ-4', 'Давний Зам', 'педагог', 55, 30, 'Школа № 1', {
        'Должность / класс': 'заместитель директора',
        'Дата назначения на должность': new Date(2015, 0, 10),
      }),
    );
    expect(mentees.map((m) => m.yearsInPost)).toEqual([1, 1, 1, 11]);
    const future = basesOf(deputy({ 'Дата назначения на должность': new Date(2027, 0, 1) }));
    expect(future.mentees[0].yearsInPost).toBe(0);
    expect(future.problems).toContainEqual(
      expect.objectContaining({ row: 2, column: 'Дата назначения на должность', severity: 'warning' }),
    );
    expect(mentees.map((m) => m.newlyAppointed)).toEqual([true, true, false, false]);
    const young = { maxExperience: 3, maxAge: 35 };
    expect(mentees.map((m) => participantKind(m, young))).toEqual(['manager', 'manager', 'youngSpecialist', 'teacher']);
  });

  it('the role model sees «назначен» and «стаж в должности до N»', () => {
    const catalogues = Catalogues.fromSheet(null);
    const { mentees } = basesOf(deputy({ 'Стаж в должности (лет)': 1, 'Дефициты / запрос': 'планирование' }));
    const choice = chooseRoleModel(catalogues, 'руководитель – заместитель', mentees[0]);
    expect(choice.model).toBe('опытный заместитель – вновь назначенный заместитель');
    expect(choice.reason).toContain('назначен');
  });

  it('П-14 appears once the bases hold newly appointed managers, and counts those with a mentor', () => {
    const school = schoolWorkbook();
    runIndicators(memoryEnv(school));
    expect(school.grid('Показатели').some((r) => r[0] === 'П-14')).toBe(false);

    const workbook = new MemoryWorkbook({
      Настройки: settingsSheet({ teachersTotal: 40, academicYear: 2026 }),
      Наставники: sheet([mentor('НК-1', 'Директор Иван', 'управленческий кадр')]),
      Наставляемые: sheet([
        ...[1, 2, 3, 4].map((i) =>
          mentee(`НЯ-${i}`, `Заместитель ${i}`, 'педагог', 45, 20, 'Школа № 1', {
            'Должность / класс': 'заместитель директора',
            'Стаж в должности (лет)': i - 1,
          }),
        ),
      ]),
      Пары: sheet([
        pair('П-1', '', 'НК-1', 'НЯ-1', 'руководитель – заместитель', '', 'активна'),
        pair('П-2', '', 'НК-1', 'НЯ-2', 'руководитель – заместитель', '', 'активна'),
        pair('П-3', '', 'НК-1', 'НЯ-4', 'руководитель – заместитель', '', 'активна'),
      ]),
    });
    runIndicators(memoryEnv(workbook));
    const row = rowOf(workbook.grid('Показатели'), 'П-14');
    // НЯ-1…НЯ-4 in post 0–3 years: all newly appointed; 3 of them in a pair; none is a young specialist
    expect(row.Факт).toBe(75);
    expect(row['План 2026/27']).toBe(100);
    expect(String(row.Источник)).toContain('3 из 4 вновь назначенных');
    const model = loadProgramModel(workbook, NOW).model;
    expect(figureOf(model.all, 'youngWithMentorShare').value).toBeNull();
  });
});
