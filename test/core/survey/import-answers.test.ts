import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/core/cell';
import { ANSWERS_SHEET } from '../../../src/core/survey/answers-layout';
import { DYNAMICS_SHEET } from '../../../src/core/survey/dynamics';
import { DEFAULT_TEMPLATES } from '../../../src/core/survey/templates';
import { FORMS_REGISTER_SHEET } from '../../../src/core/survey/forms-register';
import { PREFERENCES_SHEET } from '../../../src/core/survey/preferences-layout';
import { recomputeDynamics } from '../../../src/core/usecases/survey/dynamics';
import { importAnswers } from '../../../src/core/usecases/survey/import-answers';
import { MemoryWorkbook, memoryEnv } from '../../support/memory-workbook';

const CONSENT = new Date(2026, 8, 2);
// Bases the check accepts (every required column): only their people enter «Динамика».
const MENTEES: Grid = [
  [
    'ID',
    'ФИО',
    'Организация',
    'E-mail',
    'Дефициты / запрос',
    'Заметка куратора',
    'Согласие на обработку ПДн (дата)',
    'Категория',
    'Желаемая форма',
  ],
  [
    'НЯ-0001',
    'Семёнова Алёна Петровна',
    'МБОУ СОШ № 1',
    'alena@school1.ru',
    'оценивание',
    'своё',
    CONSENT,
    'молодой специалист',
    'учитель – учитель',
  ],
  [
    'НЯ-0002',
    'Орлов Павел Сергеевич',
    'МБОУ СОШ № 1',
    null,
    'дисциплина',
    null,
    CONSENT,
    'молодой специалист',
    'учитель – учитель',
  ],
];
const MENTORS: Grid = [
  ['ID', 'ФИО', 'Организация', 'E-mail', 'Согласие на обработку ПДн (дата)', 'Категория', 'Формы наставничества'],
  ['НК-0001', 'Кузнецова Ольга Ивановна', 'МБОУ СОШ № 1', 'olga@school1.ru', CONSENT, 'педагог', 'учитель – учитель'],
];

const ENTRY_HEADER = [
  'Отметка времени',
  'Адрес электронной почты',
  'Фамилия, имя, отчество',
  'Образовательная организация',
  'Насколько эффективной, по вашим ожиданиям, будет для вас программа наставничества?',
  'Насколько комфортным вы ожидаете общение с наставником?',
  'Что вы хотите получить от работы с наставником?',
];
const EXIT_HEADER = [
  'Отметка времени',
  'Адрес электронной почты',
  'Образовательная организация',
  'Фамилия, имя, отчество',
  'Насколько комфортным было общение с наставником?',
  'Насколько эффективной оказалась для вас программа наставничества?',
  'Что было самым ценным в работе с наставником?',
  'Откуда вы узнали о программе?',
];

function workbook(): MemoryWorkbook {
  return new MemoryWorkbook({ Наставники: MENTORS, Наставляемые: MENTEES });
}

const entry = (): Grid => [
  ENTRY_HEADER,
  ['01.11.2026 10:00:00', 'alena@school1.ru', 'Семёнова Алёна Петровна', 'МБОУ СОШ № 1', 5, 6, '=HYPERLINK("x")'],
  ['01.11.2026 11:00:00', '', 'павел орлов сергеевич', 'мбоу сош №1', 4, 4, '+7 идей'],
  ['01.11.2026 12:00:00', 'nobody@x.ru', 'Неизвестный Человек', 'Школа', 7, 12, '@всё'],
];
const exitWave = (): Grid => [
  EXIT_HEADER,
  [
    '20.04.2027 10:00:00',
    'alena@school1.ru',
    'МБОУ СОШ № 1',
    'Семёнова Алёна Петровна',
    8,
    9,
    '-много практики',
    'от коллег',
  ],
  ['20.04.2027 11:00:00', '', 'МБОУ СОШ № 1', 'Орлов Павел Сергеевич', 6, 7, 'уверенность', null],
];

/** «Проблемы» rows as {header: value}. */
function problemsOf(book: MemoryWorkbook): Record<string, unknown>[] {
  const [header, ...rows] = book.grid('Проблемы');
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

function answersOf(book: MemoryWorkbook): Grid {
  return book.grid(ANSWERS_SHEET);
}

describe('importing answers', () => {
  it('identifies respondents, keeps text as text, reports the unknown and is idempotent', () => {
    const book = workbook();
    const env = memoryEnv(book);
    const first = importAnswers(env, [
      { name: 'entry.csv', grid: entry(), template: 'mentee-monitoring', wave: 'вход' },
      { name: 'exit.csv', grid: exitWave(), template: 'mentee-monitoring', wave: 'выход' },
    ]);
    expect(first.figures).toMatchObject({ responses: 5, added: 5, unidentified: 1 });
    const rows = answersOf(book);
    const header = rows[0];
    const col = (name: string) => header.indexOf(name);
    const answerOf = (participant: string, wave: string, item: string) =>
      rows.find(
        (r) => r[col('ID участника')] === participant && r[col('Волна')] === wave && r[col('Код вопроса')] === item,
      )?.[col('Ответ')];
    expect(answerOf('НЯ-0001', 'вход', 'effectiveness')).toBe(5);
    expect(answerOf('НЯ-0001', 'вход', 'valuable')).toBe('=HYPERLINK("x")');
    expect(answerOf('НЯ-0001', 'выход', 'valuable')).toBe('-много практики');
    expect(answerOf('НЯ-0002', 'вход', 'valuable')).toBe('+7 идей');
    expect(answerOf('НЯ-0002', 'выход', '?Откуда вы узнали о программе?')).toBeUndefined();
    expect(answerOf('НЯ-0001', 'выход', '?Откуда вы узнали о программе?')).toBe('от коллег');
    // out-of-range 12 is kept as text and reported
    const stranger = rows.filter((r) => r[col('ID участника')] === null && r[col('Код вопроса')] === 'comfort');
    expect(stranger.map((r) => r[col('Ответ')])).toEqual(['12']);
    const problems = book.grid('Проблемы').map((r) => r.join(' | '));
    expect(problems.some((p) => p.includes('Участник не опознан'))).toBe(true);
    expect(problems.some((p) => p.includes('от 1 до 10'))).toBe(true);
    expect(problems.some((p) => p.includes('Откуда вы узнали о программе?'))).toBe(true);

    const before = JSON.stringify(answersOf(book));
    const second = importAnswers(env, [
      { name: 'entry.csv', grid: entry(), template: 'mentee-monitoring', wave: 'вход' },
      { name: 'exit.csv', grid: exitWave(), template: 'mentee-monitoring', wave: 'выход' },
    ]);
    expect(second.figures).toMatchObject({ added: 0, replaced: 0, unchanged: 5 });
    expect(JSON.stringify(answersOf(book))).toBe(before);
    expect(book.grid(FORMS_REGISTER_SHEET).length).toBe(3);
  });

  it('replaces an edited response and a later resubmission instead of duplicating', () => {
    const book = workbook();
    const env = memoryEnv(book);
    importAnswers(env, [{ name: 'entry.csv', grid: entry(), template: 'mentee-monitoring', wave: 'вход' }]);
    const count = answersOf(book).length;
    const resubmitted = entry();
    resubmitted.push([
      '02.11.2026 09:00:00',
      'alena@school1.ru',
      'Семёнова Алёна Петровна',
      'МБОУ СОШ № 1',
      9,
      9,
      'передумала',
    ]);
    const result = importAnswers(env, [
      { name: 'entry2.csv', grid: resubmitted, template: 'mentee-monitoring', wave: 'вход' },
    ]);
    expect(result.figures).toMatchObject({ added: 1, superseded: 1 });
    const rows = answersOf(book);
    expect(rows.length).toBe(count);
    const alena = rows.filter((r) => r[2] === 'НЯ-0001' && r[6] === 'effectiveness');
    expect(alena.map((r) => r[7])).toEqual([9]);
  });

  it('computes dynamics per participant and per item with hand-checked values', () => {
    const book = workbook();
    book.sheets.set('Настройки', [
      ['Раздел', 'Параметр', 'Значение', 'Пояснение', 'Ключ'],
      ['Анкеты', 'x', 1, '', 'surveyMinGroupSize'],
    ]);
    const env = memoryEnv(book);
    importAnswers(env, [
      { name: 'entry.csv', grid: entry(), template: 'mentee-monitoring', wave: 'вход' },
      { name: 'exit.csv', grid: exitWave(), template: 'mentee-monitoring', wave: 'выход' },
    ]);
    const grid = book.grid(DYNAMICS_SHEET);
    const h = grid[0];
    const row = (level: string, group: string, item = '') =>
      grid.find(
        (r) =>
          r[h.indexOf('Уровень')] === level &&
          String(r[h.indexOf('Группа')]).startsWith(group) &&
          String(r[h.indexOf('Вопрос')] ?? '').startsWith(item),
      )!;
    // Алёна: entry (5+6)/2 = 5.5, exit (9+8)/2 = 8.5 → +3; Павел: entry 4, exit 6.5 → +2.5
    const alena = row('участник', 'Семёнова');
    expect(alena[h.indexOf('Среднее на входе')]).toBe(5.5);
    expect(alena[h.indexOf('Среднее на выходе')]).toBe(8.5);
    expect(alena[h.indexOf('Разность (выход − вход)')]).toBe(3);
    const program = row('программа', 'Вся программа');
    expect(program[h.indexOf('Участников с обеими волнами')]).toBe(2);
    expect(program[h.indexOf('Разность (выход − вход)')]).toBe(2.75);
    // differences 3 and 2.5: SD = 0.35355, d = 7.78 → большой
    expect(program[h.indexOf('Ст. отклонение разностей')]).toBe(0.35);
    expect(program[h.indexOf('Оценка эффекта')]).toBe('большой');
    expect(program[h.indexOf('Доля улучшивших')]).toBe(1);
    // item gap: comfort 6→8 and 4→6 → +2 («Динамика» words the question as the template does)
    const COMFORT_TITLE = DEFAULT_TEMPLATES.find((t) => t.code === 'mentee-monitoring')!.items.find(
      (i) => i.code === 'comfort',
    )!.title;
    const comfort = row('вопрос', 'Вся программа', COMFORT_TITLE);
    expect(comfort[h.indexOf('Разность (выход − вход)')]).toBe(2);
  });

  it('groups dynamics by pair and form from «Пары» and keeps the user’s columns in «Ответы»', () => {
    const book = workbook();
    book.sheets.set('Настройки', [
      ['Раздел', 'Параметр', 'Значение', 'Пояснение', 'Ключ'],
      ['Анкеты', 'x', 1, '', 'surveyMinGroupSize'],
    ]);
    book.sheets.set('Пары', [
      ['ID пары', 'ID наставника', 'Наставник', 'ID наставляемого', 'Наставляемый', 'Форма', 'Статус'],
      [
        'П-001',
        'НК-0001',
        'Кузнецова Ольга Ивановна',
        'НЯ-0001',
        'Семёнова Алёна Петровна',
        'учитель – учитель',
        'активна',
      ],
    ]);
    const env = memoryEnv(book);
    importAnswers(env, [{ name: 'entry.csv', grid: entry(), template: 'mentee-monitoring', wave: 'вход' }]);
    const answers = book.sheets.get(ANSWERS_SHEET)!;
    answers[0].push('Моя пометка');
    answers[1].push('проверено');
    importAnswers(env, [{ name: 'exit.csv', grid: exitWave(), template: 'mentee-monitoring', wave: 'выход' }]);
    const after = book.grid(ANSWERS_SHEET);
    expect(after[0].at(-1)).toBe('Моя пометка');
    expect(after[1].at(-1)).toBe('проверено');
    const grid = book.grid(DYNAMICS_SHEET);
    const h = grid[0];
    const pair = grid.find((r) => r[0] === 'пара')!;
    expect(pair[h.indexOf('Группа')]).toBe('Кузнецова Ольга Ивановна — Семёнова Алёна Петровна (П-001)');
    expect(pair[h.indexOf('Разность (выход − вход)')]).toBe(3);
    const forms = grid.filter((r) => r[0] === 'форма').map((r) => [r[1], r[h.indexOf('Участников с обеими волнами')]]);
    // «без пары» is not a form of mentoring: only the forms of «Пары» have rows
    expect(forms).toEqual([['учитель – учитель', 1]]);
  });

  it('leaves the answers of a person without consent out of «Динамика»', () => {
    const book = workbook();
    const mentees = book.sheets.get('Наставляемые') as Grid;
    const withdrawn = mentees.map((row, i) => (i === 2 ? [...row.slice(0, -1), null] : row));
    book.sheets.set('Наставляемые', withdrawn);
    const env = memoryEnv(book);
    importAnswers(env, [{ name: 'entry.csv', grid: entry(), template: 'mentee-monitoring', wave: 'вход' }]);
    importAnswers(env, [{ name: 'exit.csv', grid: exitWave(), template: 'mentee-monitoring', wave: 'выход' }]);
    const grid = book.grid(DYNAMICS_SHEET);
    expect(JSON.stringify(grid)).not.toContain('Орлов');
    expect(JSON.stringify(grid)).not.toContain('НЯ-0002');
  });

  it('counts a pair on «Динамика» only when both ends are in the programme model’s population', () => {
    const book = workbook();
    // the mentor withdrew consent: her pair is left out of every figure, so the mentee belongs to no form
    book.sheets.set('Наставники', [MENTORS[0], [...MENTORS[1].slice(0, 4), null, ...MENTORS[1].slice(5)]]);
    book.sheets.set('Пары', [
      ['ID пары', 'ID наставника', 'Наставник', 'ID наставляемого', 'Наставляемый', 'Форма', 'Статус'],
      [
        'П-001',
        'НК-0001',
        'Кузнецова Ольга Ивановна',
        'НЯ-0001',
        'Семёнова Алёна Петровна',
        'учитель – учитель',
        'активна',
      ],
    ]);
    importAnswers(memoryEnv(book), [
      { name: 'entry.csv', grid: entry(), template: 'mentee-monitoring', wave: 'вход' },
      { name: 'exit.csv', grid: exitWave(), template: 'mentee-monitoring', wave: 'выход' },
    ]);
    const grid = book.grid(DYNAMICS_SHEET);
    expect(grid.filter((r) => r[0] === 'пара' || r[0] === 'форма')).toEqual([]);
    expect(JSON.stringify(grid)).not.toContain('Кузнецова');
    // the mentee herself still counts: her own row stays
    expect(grid.some((r) => r[0] === 'участник' && String(r[1]).includes('НЯ-0001'))).toBe(true);
  });

  it('recomputes «Динамика» on its own after the curator adds pairs, keeping the curator’s comments', () => {
    const book = workbook();
    const env = memoryEnv(book);
    expect(recomputeDynamics(env).status).toBe('nothing-to-do');
    importAnswers(env, [
      { name: 'entry.csv', grid: entry(), template: 'mentee-monitoring', wave: 'вход' },
      { name: 'exit.csv', grid: exitWave(), template: 'mentee-monitoring', wave: 'выход' },
    ]);
    const dynamics = book.sheets.get(DYNAMICS_SHEET)!;
    const comment = dynamics[0].indexOf('Комментарий');
    dynamics[1][comment] = 'обсудить на педсовете';
    book.sheets.set('Пары', [
      ['ID пары', 'ID наставника', 'Наставник', 'ID наставляемого', 'Наставляемый', 'Форма'],
      ['П-001', 'НК-0001', 'Кузнецова Ольга Ивановна', 'НЯ-0002', 'Орлов Павел Сергеевич', 'учитель – учитель'],
    ]);
    expect(recomputeDynamics(env).status).toBe('done');
    const grid = book.grid(DYNAMICS_SHEET);
    expect(grid.some((r) => r[0] === 'пара')).toBe(true);
    expect(grid[1][comment]).toBe('обсудить на педсовете');
  });

  it('shows counts only for groups below the minimum size', () => {
    const book = workbook();
    importAnswers(memoryEnv(book), [
      { name: 'entry.csv', grid: entry(), template: 'mentee-monitoring', wave: 'вход' },
      { name: 'exit.csv', grid: exitWave(), template: 'mentee-monitoring', wave: 'выход' },
    ]);
    const grid = book.grid(DYNAMICS_SHEET);
    const h = grid[0];
    const program = grid.find((r) => r[0] === 'программа')!;
    expect(program[h.indexOf('Участников с обеими волнами')]).toBe(2);
    expect(program[h.indexOf('Среднее на входе')]).toBeNull();
    expect(String(program[h.indexOf('Примечание')])).toContain('Меньше 5');
  });

  it('registers new participants and fills only empty columns the form owns, never what the curator typed', () => {
    const book = workbook();
    const env = memoryEnv(book);
    const header = [
      'Отметка времени',
      'Адрес электронной почты',
      'Фамилия, имя, отчество',
      'Образовательная организация',
      'С чем вам нужна помощь наставника?',
      'Даю согласие на обработку персональных данных (для несовершеннолетних — согласие законного представителя)',
    ];
    const grid: Grid = [
      header,
      [
        '05.09.2026 10:00:00',
        'alena@school1.ru',
        'Семёнова Алёна Петровна',
        'МБОУ СОШ № 1',
        'работа с родителями, оценивание',
        'да',
      ],
      ['05.09.2026 11:00:00', 'new@school1.ru', 'Новикова Дарья Олеговна', 'МБОУ СОШ № 1', 'дисциплина', 'да'],
    ];
    const result = importAnswers(env, [{ name: 'reg.csv', grid, template: 'registration-mentee', wave: 'разовая' }]);
    // the known person's base already holds everything the form asks: nothing is overwritten
    expect(result.lines.join(' ')).toContain('добавлено в базы 1, обновлено 0');
    const base = book.grid('Наставляемые');
    const h = base[0];
    // the base already said «оценивание»: kept, and the difference is the curator's decision
    expect(base[1][h.indexOf('Дефициты / запрос')]).toBe('оценивание');
    expect(base[1][h.indexOf('Согласие на обработку ПДн (дата)')]).toEqual(CONSENT);
    expect(base[1][h.indexOf('Заметка куратора')]).toBe('своё');
    const difference = problemsOf(book).find((row) => row['Значение'] === 'работа с родителями; оценивание');
    expect(difference).toMatchObject({ Лист: 'Наставляемые', Строка: 2, Столбец: 'Дефициты / запрос' });
    expect(String(difference?.['Что не так и как исправить'])).toContain('в базе — «оценивание»');
    expect(base[3][h.indexOf('ID')]).toBe('НЯ-0003');
    expect(base[3][h.indexOf('ФИО')]).toBe('Новикова Дарья Олеговна');
    expect(base[3][h.indexOf('Согласие на обработку ПДн (дата)')]).toEqual(new Date(2026, 8, 5));
    const answers = answersOf(book);
    expect(answers.filter((r) => r[2] === 'НЯ-0003').length).toBeGreaterThan(0);
    // the curator corrects a form-owned cell; re-import does not undo it
    book.sheets.get('Наставляемые')![1][h.indexOf('Дефициты / запрос')] = 'оценивание';
    importAnswers(env, [{ name: 'reg.csv', grid, template: 'registration-mentee', wave: 'разовая' }]);
    expect(book.grid('Наставляемые')[1][h.indexOf('Дефициты / запрос')]).toBe('оценивание');
    expect(book.grid('Наставляемые').length).toBe(4);
  });

  it('turns preference answers into «Предпочтения» with participant ids', () => {
    const book = workbook();
    const header = [
      'Отметка времени',
      'Фамилия, имя, отчество',
      'Образовательная организация',
      'Для наставляемых: 1-й выбор наставника',
      'Для наставников: 1-й выбор наставляемого',
    ];
    const grid: Grid = [
      header,
      ['10.10.2026 10:00', 'Орлов Павел Сергеевич', 'МБОУ СОШ № 1', 'Кузнецова Ольга Ивановна (МБОУ СОШ № 1)', null],
      ['10.10.2026 10:05', 'Кузнецова Ольга Ивановна', 'МБОУ СОШ № 1', null, 'Орлов Павел Сергеевич (МБОУ СОШ № 1)'],
    ];
    importAnswers(memoryEnv(book), [{ name: 'pref.csv', grid, template: 'preferences', wave: 'разовая' }]);
    const prefs = book.grid(PREFERENCES_SHEET);
    const h = prefs[0];
    const rows = prefs
      .slice(1)
      .map((r) => [r[h.indexOf('ID участника')], r[h.indexOf('Место')], r[h.indexOf('ID выбранного')]]);
    expect(rows).toContainEqual(['НЯ-0002', 1, 'НК-0001']);
    expect(rows).toContainEqual(['НК-0001', 1, 'НЯ-0002']);
  });
});

describe('import that cannot go wrong silently', () => {
  const entryFile = (wave: string, template = 'mentee-monitoring') => ({
    name: 'x.csv',
    grid: entry(),
    template,
    wave,
  });

  it('refuses an unknown template or a wave the template lacks, naming the valid ones, and writes nothing', () => {
    const book = workbook();
    const typo = importAnswers(memoryEnv(book), [entryFile('разовая', 'preference')]);
    expect(typo.status).toBe('nothing-to-do');
    expect(typo.lines.join(' ')).toContain('Неизвестный шаблон анкеты «preference»');
    expect(typo.lines.join(' ')).toContain('preferences (разовая)');
    expect(typo.lines.join(' ')).not.toContain('нет анкет с ответами');
    const wrongWave = importAnswers(memoryEnv(book), [entryFile('вход', 'preferences')]);
    expect(wrongWave.lines.join(' ')).toContain('У анкеты «preferences» нет волны «вход»: её волны — разовая');
    expect(book.sheets.has('Ответы')).toBe(false);
  });

  it('refuses the same answers loaded again under another wave, and keeps the first load intact', () => {
    const book = workbook();
    const env = memoryEnv(book);
    importAnswers(env, [entryFile('вход')]);
    const before = answersOf(book).length;
    const again = importAnswers(env, [entryFile('выход')]);
    expect(again.figures?.refused).toBe(1);
    expect(again.lines[0]).toMatch(/^Не загружено: «x\.csv» — Эти ответы уже загружены как волна «вход»/);
    expect(answersOf(book).length).toBe(before);
    expect(answersOf(book).every((row) => row[5] !== 'выход')).toBe(true);
  });

  it('counts the unidentified respondents of this import only', () => {
    const book = workbook();
    const env = memoryEnv(book);
    const first = importAnswers(env, [entryFile('вход')]);
    expect(first.figures?.unidentified).toBe(1);
    const second = importAnswers(env, [
      { name: 'exit.csv', grid: exitWave(), template: 'mentee-monitoring', wave: 'выход' },
    ]);
    expect(second.figures?.unidentified).toBe(0);
    expect(second.lines.join(' ')).toContain('Все ответившие опознаны');
  });
});
