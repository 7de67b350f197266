import type { ColumnSpec } from '../sheet/layout';

/** The sheet where the methodist keeps (and extends) the roadmap templates (no «:» — Excel forbids it in sheet names). */
export const TEMPLATES_SHEET = 'Шаблоны дорожной карты';

/** One typical event of a program template; dates are «дд.мм» of the academic year. */
export interface TemplateEvent {
  template: string;
  code: string;
  stage: string;
  event: string;
  content: string;
  /** «дд.мм»: August–December fall in the academic year's first calendar year, January–July in the second. */
  start: string;
  end: string;
  /** Roles through «;» (директор; куратор; методист…) resolved to names from «Настройки». */
  responsible: string;
  result: string;
  /** Forms the event belongs to; empty — every program has it. */
  forms: string[];
  /** «Год программы» as typed: «1», «2; 3», «1–3», «2025»; empty — every year of the programme. */
  years?: string;
  /** «Повтор» as typed: «ежемесячно», «ежеквартально» (+ «одной строкой» / «по строкам»); empty — once. */
  repeat?: string;
  /** 1-based row in the templates sheet (0 for built-in defaults). */
  row: number;
}

export const TEMPLATE_COLUMNS: ColumnSpec[] = [
  {
    key: 'template',
    header: 'Шаблон',
    type: 'text',
    required: true,
    width: 180,
    note: 'Название шаблона программы. Строки с одинаковым названием составляют один шаблон',
  },
  {
    key: 'code',
    header: 'Код',
    type: 'text',
    required: true,
    width: 70,
    note: 'Уникальный код мероприятия (например, П1.1). По нему обновляется «Дорожная карта» — не меняйте у существующих строк',
  },
  { key: 'stage', header: 'Этап', type: 'text', required: true, width: 200, note: 'Этап программы' },
  { key: 'event', header: 'Мероприятие', type: 'text', required: true, width: 280, note: 'Название мероприятия' },
  {
    key: 'content',
    header: 'Содержание',
    aliases: ['Содержание деятельности'],
    type: 'text',
    width: 320,
    note: 'Что делается',
  },
  {
    key: 'start',
    header: 'Начало (дд.мм)',
    aliases: ['Начало'],
    type: 'text',
    required: true,
    width: 90,
    note: 'День и месяц без года: 25.08. Август–декабрь — первый год учебного года, январь–июль — второй',
  },
  {
    key: 'end',
    header: 'Окончание (дд.мм)',
    aliases: ['Окончание'],
    type: 'text',
    required: true,
    width: 90,
    note: 'День и месяц без года, не раньше начала',
  },
  {
    key: 'responsible',
    header: 'Ответственный (роли)',
    aliases: ['Ответственный', 'Ответственные'],
    type: 'text',
    width: 200,
    note: 'Роли через «;». «директор», «куратор», «методист» заменяются ФИО из «Настроек»; остальное пишется как есть',
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
    key: 'forms',
    header: 'Формы наставничества',
    aliases: ['Формы'],
    type: 'tags',
    catalogue: 'forms',
    multiple: true,
    width: 200,
    note: 'Формы через «;», для которых нужно мероприятие. Пусто — для всех программ',
  },
  {
    key: 'years',
    header: 'Год программы',
    aliases: ['Годы программы', 'Год'],
    type: 'text',
    width: 90,
    note: 'Для программы на несколько лет: 1, 2, 3 (через «;», диапазон «1–2») или календарный год (2025). Пусто — в каждый год программы. Дата с годом в «Начале» (01.12.2023, в пределах сроков программы) ставит мероприятие один раз, на эту дату',
  },
  {
    key: 'repeat',
    header: 'Повтор',
    aliases: ['Периодичность'],
    type: 'text',
    width: 120,
    note: '«ежемесячно», «ежеквартально», «раз в полгода» — с «Начала» по «Окончание». Строка на каждую дату или одна строка со списком дат — по «Настройкам»; для строки можно дописать «одной строкой» или «по строкам». Пусто — один раз',
  },
];
