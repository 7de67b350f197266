import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/core/cell';
import type { WorkbookPort } from '../../../src/core/ports';
import { readDashboard, type DashboardSection, LISTED_NAMES } from '../../../src/core/usecases/dashboard';
import { MemoryWorkbook, memoryEnv } from '../../support/memory-workbook';

const MENTORS: Grid = [
  ['ID', 'ФИО', 'Категория', 'Согласие на обработку ПДн (дата)', 'Моя колонка'],
  ['Н-1', 'Смирнова Анна Петровна', 'педагог', new Date(2026, 8, 1), 'x'],
  ['Н-2', 'Орлов Игорь Сергеевич', 'педагог', null, null],
  [null, null, null, null, null],
];
const MENTEES: Grid = [
  ['Ф.И.О.', 'ID', 'Категория', 'Согласие', 'Статус'],
  ['Петров Олег Иванович', 'М-1', 'молодой специалист', '01.09.2026', null],
  ['<b>Зайцева</b>', 'М-2', 'молодой специалист', '01.09.2026', null],
  ['Белов Денис', 'М-3', 'обучающийся', null, null],
  ['Ушёл Ушедший', 'М-4', 'обучающийся', null, 'выбыл'],
];
const PAIRS: Grid = [
  ['ID пары', 'Группа', 'ID наставника', 'Наставник', 'ID наставляемого', 'Наставляемый', 'Статус'],
  ['П-1', null, 'Н-1', 'Смирнова Анна Петровна', 'М-1', 'Петров Олег Иванович', 'активна'],
  ['П-2', 'Г-1', 'Н-2', 'Орлов Игорь Сергеевич', null, 'Белов Денис', 'завершена'],
  ['П-3', 'Г-1', 'Н-2', 'Орлов Игорь Сергеевич', 'М-9', 'Кто-то Другой', 'расторгнута'],
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
  it('counts participants, pairs, unpaired mentees, problems, answers, indicators and roadmap from the sheets', () => {
    const workbook = new MemoryWorkbook({
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
    const dashboard = readDashboard(memoryEnv(workbook, new Date(2026, 10, 22)));
    expect(dashboard.organization).toBe('МБОУ СОШ № 1');
    expect(dashboard.academicYear).toBe('2026/2027');
    const s = dashboard.sections;

    const participants = section(s, 'participants');
    expect(figure(participants, 'Наставники')).toBe(2);
    expect(figure(participants, 'Наставляемые')).toBe(4);
    expect(figure(participants, 'Без согласия на обработку ПДн')).toBe(3);
    expect(participants.items).toEqual(['молодой специалист: 2', 'обучающийся: 2', 'педагог: 2']);

    const pairs = section(s, 'pairs');
    expect([
      figure(pairs, 'Активные'),
      figure(pairs, 'Завершённые'),
      figure(pairs, 'Расторгнутые'),
      figure(pairs, 'Групп'),
    ]).toEqual([1, 1, 1, 1]);

    const unpaired = section(s, 'unpaired');
    // «Белов Денис» had a pair that is finished; «Ушёл Ушедший» left the program and is not counted.
    expect(unpaired.items).toEqual(['<b>Зайцева</b>', 'Белов Денис']);
    expect(unpaired.progress).toMatchObject({ done: 1, total: 3 });

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

    const indicators = section(s, 'indicators');
    expect([
      figure(indicators, 'Достигнуты'),
      figure(indicators, 'Не достигнуты'),
      figure(indicators, 'Нет данных'),
    ]).toEqual([1, 1, 1]);

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
    const many: Grid = [['ФИО'], ...Array.from({ length: LISTED_NAMES + 5 }, (_, i) => [`Участник ${i + 1}`])];
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
