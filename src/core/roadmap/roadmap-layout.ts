import type { ColumnSpec } from '../sheet/layout';
import type { OwnedColumn } from '../sheet/owned-table';

export const ROADMAP_SHEET = 'Дорожная карта';

export const STATUS_PLANNED = 'запланировано';
export const STATUS_IN_PROGRESS = 'в работе';
export const STATUS_DONE = 'выполнено';
export const STATUS_FAILED = 'не выполнено';
export const STATUS_CANCELLED = 'отменено';
export const ROADMAP_STATUSES = [
  STATUS_PLANNED,
  STATUS_IN_PROGRESS,
  STATUS_DONE,
  STATUS_FAILED,
  STATUS_CANCELLED,
] as const;

/** Month columns of the timeline, August…July of the academic cycle. */
export const TIMELINE_MONTHS = [
  'авг',
  'сен',
  'окт',
  'ноя',
  'дек',
  'янв',
  'фев',
  'мар',
  'апр',
  'май',
  'июн',
  'июл',
] as const;

type RoadmapColumn = OwnedColumn & Pick<ColumnSpec, 'note' | 'width' | 'type'>;

/** The table the methodist reads and edits; content columns keep edits (see build-roadmap-sheet). */
export const ROADMAP_TABLE_COLUMNS: RoadmapColumn[] = [
  {
    key: 'number',
    header: '№',
    aliases: ['№ п/п', 'N'],
    type: 'int',
    width: 40,
    note: 'Порядковый номер (пересчитывается при обновлении)',
  },
  { key: 'stage', header: 'Этап', type: 'text', width: 170, note: 'Этап программы' },
  {
    key: 'event',
    header: 'Мероприятие',
    aliases: ['Наименование мероприятия'],
    type: 'text',
    width: 280,
    note: 'Можно править: правка сохранится при обновлении',
  },
  {
    key: 'content',
    header: 'Содержание',
    aliases: ['Содержание деятельности'],
    type: 'text',
    width: 300,
    note: 'Что делается',
  },
  {
    key: 'start',
    header: 'Начало',
    aliases: ['Дата начала', 'Срок: начало'],
    type: 'date',
    width: 90,
    note: 'дд.мм.гггг',
  },
  {
    key: 'end',
    header: 'Окончание',
    aliases: ['Дата окончания', 'Срок: окончание', 'Срок'],
    type: 'date',
    width: 90,
    note: 'дд.мм.гггг. Просроченные строки подсвечиваются красным',
  },
  {
    key: 'responsible',
    header: 'Ответственный',
    aliases: ['Ответственные', 'Ответственный исполнитель'],
    type: 'text',
    width: 200,
    note: 'ФИО берутся из «Настроек» (директор, куратор, методист)',
  },
  {
    key: 'result',
    header: 'Результат / вид документа',
    aliases: ['Результат', 'Вид документа'],
    type: 'text',
    width: 240,
    note: 'Ожидаемый результат или документ',
  },
  {
    key: 'status',
    header: 'Статус',
    type: 'choice',
    width: 110,
    editable: true,
    note: 'Выберите из списка: запланировано, в работе, выполнено, не выполнено, отменено',
  },
  {
    key: 'mark',
    header: 'Отметка о выполнении',
    aliases: ['Отметка'],
    type: 'text',
    width: 180,
    editable: true,
    note: 'Что сделано, дата, кем',
  },
  {
    key: 'link',
    header: 'Ссылка на документ',
    aliases: ['Ссылка', 'Документ'],
    type: 'text',
    width: 180,
    editable: true,
    note: 'Ссылка на приказ, протокол, отчёт',
  },
];

export const TIMELINE_COLUMNS: RoadmapColumn[] = TIMELINE_MONTHS.map((month, i) => ({
  key: `month${i}`,
  header: month,
  type: 'text',
  width: 34,
  note: 'График: закрашены месяцы проведения мероприятия',
}));

export const CODE_COLUMN: RoadmapColumn = {
  key: 'code',
  header: 'Код',
  type: 'text',
  width: 80,
  note: 'Служебный код мероприятия (год-код шаблона). Не меняйте; у добавленных вами строк оставьте пустым',
};

export const ROADMAP_COLUMNS: RoadmapColumn[] = [...ROADMAP_TABLE_COLUMNS, ...TIMELINE_COLUMNS, CODE_COLUMN];

/** Short names of the months, January first. */
export const MONTH_NAMES = [
  'янв',
  'фев',
  'мар',
  'апр',
  'май',
  'июн',
  'июл',
  'авг',
  'сен',
  'окт',
  'ноя',
  'дек',
] as const;

/** A month column's header as the timeline writes it: «сен» or, over several years, «сен 2023». */
const TIMELINE_HEADER = new RegExp(`^(${MONTH_NAMES.join('|')})(?: (\\d{4}))?$`);

export function isTimelineHeader(header: string): boolean {
  return parseTimelineHeader(header) !== null;
}

/** The month (1–12) a timeline header names, and its year when the header has one. */
export function parseTimelineHeader(header: string): { month: number; year: number | null } | null {
  const match = TIMELINE_HEADER.exec(header.trim().toLowerCase());
  if (!match) return null;
  return { month: (MONTH_NAMES as readonly string[]).indexOf(match[1]) + 1, year: match[2] ? Number(match[2]) : null };
}

/**
 * The timeline's month columns over the programme's years: August…July of one academic year
 * (as always), January…December of a calendar year; over several years each header names its year.
 */
export function timelineColumns(months: ReadonlyArray<{ year: number; month: number }>): RoadmapColumn[] {
  const severalYears = months.length > 12;
  return months.map(({ year, month }, i) => ({
    key: `month${i}`,
    header: severalYears ? `${MONTH_NAMES[month - 1]} ${year}` : MONTH_NAMES[month - 1],
    type: 'text',
    width: severalYears ? 40 : 34,
    note: 'График: закрашены месяцы проведения мероприятия',
  }));
}

/** The sheet's columns for a timeline: the table, the months, the code. */
export function roadmapColumns(timeline: readonly RoadmapColumn[]): RoadmapColumn[] {
  return [...ROADMAP_TABLE_COLUMNS, ...timeline, CODE_COLUMN];
}

/** Columns whose text the methodist may edit; an edited row is not overwritten on regeneration. */
export const CONTENT_KEYS = ['stage', 'event', 'content', 'start', 'end', 'responsible', 'result'] as const;
