import type { Cell, Grid } from '../../../src/core/cell';
import { generateRoadmapUseCase } from '../../../src/core/usecases/roadmap';
import { MemoryWorkbook, memoryEnv, settingsGrid } from '../roadmap/memory-workbook';

export const NOW = new Date(2026, 10, 20);
const d = (day: number, month: number, year: number) => new Date(year, month - 1, day);

export const MENTOR_HEADER = [
  'ID',
  'ФИО',
  'Категория',
  'Организация',
  'Должность / класс',
  'Формы наставничества',
  'Компетенции',
  'Лимит наставляемых',
  'Согласие на обработку ПДн (дата)',
];
export const MENTEE_HEADER = [
  'ID',
  'ФИО',
  'Категория',
  'Организация',
  'Должность / класс',
  'Возраст',
  'Дефициты / запрос',
  'Желаемая форма',
  'Законный представитель',
  'Согласие на обработку ПДн (дата)',
  'Согласие законного представителя (дата)',
];
export const PAIR_HEADER = [
  'ID пары',
  'Группа',
  'ID наставника',
  'Наставник',
  'ID наставляемого',
  'Наставляемый',
  'Форма',
  'Ролевая модель',
  'Организация',
  'Дата начала',
  'Дата окончания',
  'Статус',
  'Приказ',
];

export const SCHOOL = 'МБОУ «Средняя общеобразовательная школа № 7»';

export const SCHOOL_SETTINGS: Record<string, Cell> = {
  organizationName: SCHOOL,
  municipality: 'г. Тверь',
  academicYear: 2026,
  directorName: 'Громов Сергей Николаевич',
  curatorName: 'Петрова Анна Сергеевна',
  methodistName: 'Кузнецова Елена Викторовна',
  orderNumber: '45-о',
  orderDate: d(5, 10, 2026),
  regulationNumber: '112-о',
  regulationDate: d(29, 8, 2025),
  mentorLoadLimit: 3,
};

/** A school: 4 mentors, 7 mentees, pairs with and without consent, a group, a terminated pair. */
export function schoolWorkbook(extra: Record<string, Grid> = {}): MemoryWorkbook {
  const mentors: Cell[][] = [
    [
      'НК-1',
      'Смирнова Ольга Петровна',
      'педагог',
      SCHOOL,
      'учитель математики',
      'учитель – учитель',
      'методика урока; классное руководство',
      2,
      d(1, 9, 2026),
    ],
    [
      'НК-2',
      'Ковалёв Игорь Андреевич',
      'педагог',
      SCHOOL,
      'учитель истории',
      'учитель – ученик',
      'учебная мотивация',
      1,
      d(2, 9, 2026),
    ],
    [
      'НК-3',
      'Орлова Мария Викторовна',
      'педагог',
      SCHOOL,
      'учитель биологии',
      'учитель – учитель',
      'работа с родителями',
      null,
      null,
    ],
    [
      'НК-4',
      'Фёдоров Павел Ильич',
      'педагог',
      SCHOOL,
      'учитель физики',
      'учитель – ученик',
      'проектная деятельность',
      3,
      d(3, 9, 2026),
    ],
  ];
  const mentees: Cell[][] = [
    [
      'НЯ-1',
      'Белова Анна Сергеевна',
      'молодой специалист',
      SCHOOL,
      'учитель математики',
      24,
      'методика урока; дисциплина на уроке',
      'учитель – учитель',
      null,
      d(5, 9, 2026),
      null,
    ],
    [
      'НЯ-2',
      'Никитин Денис Олегович',
      'молодой специалист',
      SCHOOL,
      'учитель истории',
      23,
      'классное руководство',
      'учитель – учитель',
      null,
      d(5, 9, 2026),
      null,
    ],
    [
      'НЯ-3',
      'Зайцева Полина Игоревна',
      'молодой специалист',
      SCHOOL,
      'учитель химии',
      25,
      'работа с родителями',
      'учитель – учитель',
      null,
      d(6, 9, 2026),
      null,
    ],
    [
      'НЯ-4',
      'Соколов Артём Дмитриевич',
      'обучающийся',
      SCHOOL,
      '8 «Б»',
      14,
      'учебная мотивация',
      'учитель – ученик',
      'Соколова Елена Павловна',
      null,
      d(10, 9, 2026),
    ],
    [
      'НЯ-5',
      'Лебедева Вера Андреевна',
      'обучающийся',
      SCHOOL,
      '9 «А»',
      15,
      'проектная деятельность',
      'учитель – ученик',
      'Лебедев Андрей Викторович',
      null,
      null,
    ],
    [
      'НЯ-6',
      'Морозов Кирилл Сергеевич',
      'обучающийся',
      SCHOOL,
      '9 «А»',
      15,
      'проектная деятельность',
      'учитель – ученик',
      'Морозова Инна Юрьевна',
      null,
      d(11, 9, 2026),
    ],
    [
      'НЯ-7',
      'Егорова Дарья Павловна',
      'молодой специалист',
      SCHOOL,
      'учитель музыки',
      26,
      'профилактика выгорания',
      'учитель – учитель',
      null,
      d(7, 9, 2026),
      null,
    ],
  ];
  const pair = (
    id: string,
    group: string,
    mentor: Cell[],
    mentee: Cell[],
    form: string,
    model: string,
    status: string,
  ): Cell[] => [
    id,
    group,
    mentor[0],
    mentor[1],
    mentee[0],
    mentee[1],
    form,
    model,
    SCHOOL,
    d(1, 10, 2026),
    d(31, 5, 2027),
    status,
    null,
  ];
  const pairs: Cell[][] = [
    pair('П-1', '', mentors[0], mentees[0], 'учитель – учитель', 'опытный педагог – молодой специалист', 'активна'),
    pair(
      'П-2',
      '',
      mentors[0],
      mentees[1],
      'учитель – учитель',
      'опытный классный руководитель – молодой специалист',
      'активна',
    ),
    pair('П-3', '', mentors[2], mentees[2], 'учитель – учитель', 'опытный педагог – молодой специалист', 'активна'),
    pair('П-4', '', mentors[1], mentees[3], 'учитель – ученик', 'учитель – пассивный ученик', 'активна'),
    pair('Г-1', 'Г-1', mentors[3], mentees[4], 'учитель – ученик', 'учитель – одарённый ученик', 'активна'),
    pair('Г-1', 'Г-1', mentors[3], mentees[5], 'учитель – ученик', 'учитель – одарённый ученик', 'активна'),
    pair('П-5', '', mentors[1], mentees[6], 'учитель – учитель', 'опытный педагог – молодой специалист', 'расторгнута'),
  ];
  pairs[0][12] = 'приказ от 01.09.2026 № 12 (вписан вручную)';
  return new MemoryWorkbook({
    Настройки: settingsGrid(SCHOOL_SETTINGS),
    Наставники: [MENTOR_HEADER, ...mentors],
    Наставляемые: [MENTEE_HEADER, ...mentees],
    Пары: [PAIR_HEADER, ...pairs],
    ...extra,
  });
}

export const INDICATORS_GRID: Grid = [
  ['Код', 'Показатель', 'Тип', 'Ед. изм.', 'План 2026', 'План 2027', 'Факт', 'Факт (вручную)', 'Статус'],
  ['О-01', 'Доля молодых специалистов, имеющих наставника', 'основной', '%', 100, 100, 75, null, 'не достигнут'],
  ['О-02', 'Доля наставляемых, включённых в пары', 'основной', '%', 80, 90, 86, null, 'достигнут'],
  ['Д-01', 'Публикации о практиках наставничества', 'дополнительный', 'ед.', 2, 3, null, null, 'нет данных'],
  [null, null, null, null, null, null, null, null, null],
  ['Разрез по организациям', null, null, null, null, null, null, null, null],
  ['Организация', 'Пар', null, null, null, null, null, null, null],
];

export const SWOT_GRID: Grid = [
  ['Сильные стороны', null, null, null, null, 'Слабые стороны', null, null, null],
  ['Запись', 'Источник', 'Вес', 'Метка', null, 'Запись', 'Источник', 'Вес', 'Метка'],
  [
    'Наставники высоко оценены',
    'анкеты',
    8,
    'авто',
    null,
    'Мало встреч в форме «учитель – ученик»',
    'анкеты',
    5,
    'авто',
  ],
  ['Возможности', null, null, null, null, 'Угрозы', null, null, null],
  ['Запись', 'Источник', 'Вес', 'Метка', null, 'Запись', 'Источник', 'Вес', 'Метка'],
  ['Сетевое наставничество с гимназией № 2', '', null, 'вручную', null, 'Перегрузка наставников', 'Пары', 6, 'авто'],
];

const ANSWER_HEADER = [
  'ID ответа',
  'Отметка времени',
  'ID участника',
  'Роль',
  'Анкета',
  'Волна',
  'Код вопроса',
  'Ответ',
];
const answer = (id: string, participant: string, wave: string, item: string, value: number | string): Cell[] => [
  id,
  null,
  participant,
  'наставляемый',
  'mentee-monitoring',
  wave,
  item,
  value,
];
/** Mentee questionnaires: two teachers grow and are satisfied; a pupil falls and is not. */
export const ANSWERS_GRID: Grid = [
  ANSWER_HEADER,
  answer('r1', 'НЯ-1', 'вход', 'effectiveness', 5),
  answer('r2', 'НЯ-1', 'выход', 'effectiveness', 9),
  answer('r3', 'НЯ-2', 'вход', 'effectiveness', 6),
  answer('r4', 'НЯ-2', 'выход', 'effectiveness', 8),
  answer('r5', 'НЯ-4', 'вход', 'effectiveness', 7),
  answer('r6', 'НЯ-4', 'выход', 'effectiveness', 5),
  answer('r7', 'НЯ-4', 'выход', 'unknownItem', 1),
];

/** The school workbook with its roadmap generated for 2026/2027. */
export function schoolWithRoadmap(extra: Record<string, Grid> = {}): MemoryWorkbook {
  const workbook = schoolWorkbook(extra);
  generateRoadmapUseCase(memoryEnv(workbook, NOW));
  return workbook;
}
