import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/core/cell';
import type { WorkbookPort } from '../../../src/core/ports';
import { readDashboard, type DashboardSection, LISTED_NAMES } from '../../../src/core/usecases/dashboard';
import { isTooFew, TOO_FEW_TEXT } from '../../../src/core/program/privacy';
import { runIndicators } from '../../../src/core/usecases/indicators';
import { MemoryWorkbook, memoryEnv } from '../../support/memory-workbook';
import { mentee, mentor, sheet } from '../indicators/fixture';

const NO_CONSENT = { 'Согласие на обработку ПДн (дата)': null };
const MENTORS: Grid = sheet([
  mentor('Н-1', 'Смирнова Анна Петровна', 'педагог', undefined, { 'Моя колонка': 'x' }),
  mentor('Н-2', 'Орлов Игорь Сергеевич', 'педагог'),
  mentor('Н-3', 'Без Согласия Наставник', 'педагог', undefined, NO_CONSENT),
]);
const MENTEES: Grid = sheet([
  mentee('М-1', 'Петров Олег Иванович', 'молодой специалист', 24, 1),
  mentee('М-2', '<b>Зайцева</b>', 'молодой специалист', 25, 2),
  mentee('М-3', 'Белов Денис', 'обучающийся', 15, null),
  mentee('М-4', 'Ушёл Ушедший', 'обучающийся', 15, null, undefined, { Статус: 'выбыл' }),
  mentee('М-5', 'Без Согласия Наставляемый', 'обучающийся', 15, null, undefined, {
    'Согласие законного представителя (дата)': null,
  }),
]);
const PAIRS: Grid = [
  ['ID пары', 'Группа', 'ID наставника', 'Наставник', 'ID наставляемого', 'Наставляемый', 'Статус'],
  ['П-1', null, 'Н-1', 'Смирнова Анна Петровна', 'М-1', 'Петров Олег Иванович', 'активна'],
  ['П-2', 'Г-1', 'Н-2', 'Орлов Игорь Сергеевич', null, 'Белов Денис', 'завершена'],
  ['П-3', 'Г-1', 'Н-2', 'Орлов Игорь Сергеевич', 'М-9', 'Кто-то Другой', 'расторгнута'],
  // the mentor has no consent: this pair is in no figure, so Зайцева is without a pair
  ['П-4', null, 'Н-3', 'Без Согласия Наставник', 'М-2', '<b>Зайцева</b>', 'активна'],
];
const PROBLEMS: Grid = [
  ['Источник', 'Уровень', 'Лист', 'Строка', 'Столбец', 'Значение', 'Что не так и как исправить', 'Найдено'],
  ['Проверка баз', 'ошибка', 'Наставники', 3, 'E-mail', 'x', 'Неверный e-mail', null],
  ['Проверка баз', 'предупреждение', 'Наставляемые', 4, 'Согласие', '', 'Нет согласия', null],
  ['Проверка баз', 'предупреждение', 'Наставляемые', 5, 'Согласие', '', 'Нет согласия', null],
];
const ANSWERS: Grid = [
  ['ID ответа', 'Отметка времени', 'ID участника', 'Роль', 'Анкета', 'Волна', 'Код вопроса', 'Ответ'],
  ['r1', null, 'М-1', 'наставляемый', 'mentee-monitoring', 'вход', 'q1', 7],
  ['r1', null, 'М-1', 'наставляемый', 'mentee-monitoring', 'вход', 'q2', 8],
  ['r2', null, null, 'наставляемый', 'mentee-monitoring', 'вход', 'q1', 5],
  ['r3', null, 'М-1', 'наставляемый', 'mentee-monitoring', 'выход', 'q1', 9],
];
const INDICATORS: Grid = [
  ['Код', 'Показатель', 'Факт', 'Статус'],
  ['i1', 'Доля педагогов-наставников', 12, 'достигнут'],
  ['i2', 'Доля молодых специалистов с наставником', 40, 'не достигнут'],
  ['i3', 'Удовлетворённость', null, 'нет данных'],
];
const ROADMAP: Grid = [
  ['№', 'Этап', 'Мероприятие', 'Начало', 'Окончание', 'Статус', 'Отметка о выполнении'],
  [1, 'Подготовка', 'Приказ', null, new Date(2026, 8, 10), 'выполнено', 'приказ № 12'],
  [2, 'Подготовка', 'Положение', null, new Date(2026, 9, 1), 'отменено', null],
  [3, 'Пары', 'Формирование пар', null, new Date(2026, 10, 1), 'в работе', null],
  [4, 'Пары', 'Встречи пар', null, new Date(2027, 3, 30), 'в работе', null],
  [5, 'Итоги', 'Итоговая конференция', null, new Date(2027, 4, 20), 'запланировано', null],
];

function section(sections: DashboardSection[], id: DashboardSection['id']): DashboardSection {
  const found = sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

function figure(s: DashboardSection, label: string): number | string | undefined {
  return s.figures.find((f) => f.label === label)?.value;
}

describe('readDashboard', () => {
  function fullWorkbook(): MemoryWorkbook {
    return new MemoryWorkbook({
      Наставники: MENTORS,
      Наставляемые: MENTEES,
      Пары: PAIRS,
      Проблемы: PROBLEMS,
      Ответы: ANSWERS,
      Анкеты: [
        ['ID формы', 'Шаблон'],
        ['f1', 'mentee-monitoring'],
        ['f2', 'mentee-monitoring'],
      ],
      Показатели: INDICATORS,
      'Дорожная карта': ROADMAP,
      Настройки: [
        ['Параметр', 'Значение', 'Ключ'],
        ['Название организации', 'МБОУ СОШ № 1', 'organizationName'],
      ],
    });
  }

  it('prints the programme model: participants, pairs and «без пары» of the statistics (consent, no errors)', () => {
    const dashboard = readDashboard(memoryEnv(fullWorkbook(), new Date(2026, 10, 22)));
    expect(dashboard.organization).toBe('МБОУ СОШ № 1');
    expect(dashboard.academicYear).toBe('2026/2027');
    const s = dashboard.sections;

    const participants = section(s, 'participants');
    // without consent: Н-3 and М-5; «Ушёл Ушедший» left the programme
    expect(figure(participants, 'Наставники')).toBe(2);
    expect(figure(participants, 'Наставляемые')).toBe(3);
    expect(figure(participants, 'Без согласия на обработку ПДн')).toBe(2);
    expect(participants.items).toEqual(['молодой специалист: 2', 'педагог: 2', 'обучающийся: 1']);

    const pairs = section(s, 'pairs');
    // П-3 (М-9 is in no base) and П-4 (a mentor without consent) are left out of the statistics
    expect([
      figure(pairs, 'Активные'),
      figure(pairs, 'Завершённые'),
      figure(pairs, 'Расторгнутые'),
      figure(pairs, 'Групп'),
      figure(pairs, 'Не в статистике (нет согласия, ошибки)'),
    ]).toEqual([1, 1, 0, 1, 2]);

    const unpaired = section(s, 'unpaired');
    // «Белов Денис» had a pair that is finished; Зайцева's pair has a mentor without consent.
    expect(unpaired.items).toEqual(['<b>Зайцева</b>']);
    expect(unpaired.progress).toMatchObject({ done: 2, total: 3 });

    const problems = section(s, 'problems');
    expect([figure(problems, 'Ошибки'), figure(problems, 'Предупреждения')]).toEqual([1, 2]);
    expect(problems.items).toEqual(['Наставляемые: 2', 'Наставники: 1']);

    const questionnaires = section(s, 'questionnaires');
    expect([
      figure(questionnaires, 'Анкет в реестре'),
      figure(questionnaires, 'Ответов загружено'),
      figure(questionnaires, 'Участников ответили'),
    ]).toEqual([2, 3, 1]);
    // Template codes are shown by their titles (from «Анкеты: шаблоны», or the defaults).
    expect(questionnaires.items).toEqual([
      'Анкета наставляемого: ожидания и итоги, вход: 2',
      'Анкета наставляемого: ожидания и итоги, выход: 1',
    ]);

    const roadmap = section(s, 'roadmap');
    // overdue: «в работе» that ended 01.11.2026, before today 22.11.2026; the cancelled event does not count.
    expect([
      figure(roadmap, 'Выполнено'),
      figure(roadmap, 'Просрочено'),
      figure(roadmap, 'В работе'),
      figure(roadmap, 'Предстоит'),
    ]).toEqual([1, 1, 1, 1]);
    expect(roadmap.progress).toMatchObject({ done: 1, total: 4 });
  });

  it('shows the figures «Сводка» shows, and writes nothing', () => {
    const workbook = fullWorkbook();
    const env = memoryEnv(workbook, new Date(2026, 10, 22));
    runIndicators(env);
    const summary = new Map(workbook.grid('Сводка').map((row) => [String(row[0]), row[1]]));
    const before = JSON.stringify([...workbook.sheets]);
    const s = readDashboard(env).sections;
    expect(JSON.stringify([...workbook.sheets])).toBe(before);
    expect(figure(section(s, 'participants'), 'Наставники')).toBe(summary.get('Наставники'));
    expect(figure(section(s, 'participants'), 'Наставляемые')).toBe(summary.get('Наставляемые'));
    // the panel is the curator's (it lists the names); «Сводка» is the director's and masks 1–2 people
    const unpaired = figure(section(s, 'unpaired'), 'Без активной пары') as number;
    expect(isTooFew(unpaired) ? TOO_FEW_TEXT : unpaired).toBe(summary.get('Без пары, чел.'));
    const indicators = section(s, 'indicators');
    expect(`${figure(indicators, 'Достигнуты')} из ${indicators.progress?.total}`).toBe(summary.get('Достигнуто'));
    expect(figure(indicators, 'Не достигнуты')).toBe(summary.get('Не достигнуто'));
    expect(figure(indicators, 'План не задан')).toBe(summary.get('План не задан'));
    expect(figure(indicators, 'Нет данных')).toBe(summary.get('Нет данных'));
    const roadmap = section(s, 'roadmap');
    expect(figure(roadmap, 'Выполнено')).toBe(summary.get('Выполнено'));
    expect(figure(roadmap, 'Просрочено')).toBe(summary.get('Просрочено'));
  });

  it('counts the roadmap with the evidence the tool holds, as «Сводка» does, without writing it', () => {
    const workbook = fullWorkbook();
    workbook.sheets.set('Дорожная карта', [
      ROADMAP[0],
      [1, 'Пары', 'Формирование наставнических пар', null, new Date(2026, 9, 30), 'запланировано', null],
      [2, 'Итоги', 'Итоговая конференция', null, new Date(2027, 4, 20), 'запланировано', null],
    ]);
    const roadmap = section(readDashboard(memoryEnv(workbook, new Date(2026, 10, 22))).sections, 'roadmap');
    expect([figure(roadmap, 'Выполнено'), figure(roadmap, 'Просрочено')]).toEqual([1, 0]);
    expect(workbook.grid('Дорожная карта')[1][5]).toBe('запланировано');
  });

  it('tolerates a workbook without any of the sheets and says what fills each section', () => {
    const dashboard = readDashboard(memoryEnv(new MemoryWorkbook()));
    expect(dashboard.sections.map((s) => s.id)).toEqual([
      'participants',
      'pairs',
      'unpaired',
      'problems',
      'questionnaires',
      'indicators',
      'roadmap',
    ]);
    for (const s of dashboard.sections.filter((x) => x.id !== 'unpaired')) {
      expect(s.available).toBe(false);
      expect(s.hint, s.id).toMatch(/\S/);
    }
    expect(dashboard.organization).toBe('');
  });

  it('offers only menu actions that exist, and links sheets that exist', () => {
    const dashboard = readDashboard(memoryEnv(new MemoryWorkbook({ Наставляемые: MENTEES, Проблемы: PROBLEMS })));
    const participants = section(dashboard.sections, 'participants');
    expect(participants.actions.map((a) => a.functionName)).toEqual(['menuSetupWorkbook', 'menuCheckBases']);
    expect(section(dashboard.sections, 'problems').sheet).toBe('Проблемы');
    expect(section(dashboard.sections, 'roadmap').sheet).toBeUndefined();
  });

  it('lists at most a few names and says how many more there are', () => {
    const many = sheet(
      Array.from({ length: LISTED_NAMES + 5 }, (_, i) => mentee(`М-${i + 1}`, `Участник ${i + 1}`, 'педагог', 30, 5)),
    );
    const unpaired = section(readDashboard(memoryEnv(new MemoryWorkbook({ Наставляемые: many }))).sections, 'unpaired');
    expect(unpaired.items).toHaveLength(LISTED_NAMES);
    expect(unpaired.moreItems).toBe(5);
  });

  it('speaks English when the user does, and returns plain JSON only', () => {
    const env = {
      ...memoryEnv(new MemoryWorkbook({ Наставники: MENTORS, 'Дорожная карта': ROADMAP })),
      locale: 'en' as const,
    };
    const dashboard = readDashboard(env);
    expect(section(dashboard.sections, 'participants').title).toBe('Participants');
    expect(JSON.parse(JSON.stringify(dashboard))).toEqual(dashboard);
    expect(dashboard.generatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('reads each sheet at most once', () => {
    const workbook = new MemoryWorkbook({
      Наставники: MENTORS,
      Наставляемые: MENTEES,
      Пары: PAIRS,
      Проблемы: PROBLEMS,
    });
    const reads: string[] = [];
    const counting: WorkbookPort = Object.assign(Object.create(workbook), {
      readSheet: (name: string) => {
        reads.push(name);
        return workbook.readSheet(name);
      },
    });
    readDashboard(memoryEnv(counting));
    expect(reads.length).toBe(new Set(reads).size);
  });
});
