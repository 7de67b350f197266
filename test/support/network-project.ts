import type { Cell } from '../../src/core/cell';
import { MENTEES_SHEET, MENTORS_SHEET } from '../../src/core/bases/layouts';
import { RULES_SHEET, rulesSheetHeader } from '../../src/core/indicators/rules-sheet';
import { ORGANIZATIONS_SHEET } from '../../src/core/organizations/organizations-sheet';
import type { WorkbookPort } from '../../src/core/ports';
import { TEMPLATE_COLUMNS, TEMPLATES_SHEET } from '../../src/core/roadmap/template';
import { typeCatalogueRow, typeRows, typeSettings } from './sheet-typing';

/**
 * Issue 13, shape 2: a calendar-year network project «Молодой педагог» of four schools
 * (01.01.2023 – 31.12.2023): young specialists need a subject mentor and an administrative one
 * (two forms in «Желаемая форма»), newly appointed deputies a director of another school. Typed
 * into the sheets of «Подготовить таблицу» alone: «Настройки», «Организации», «Справочники» (own
 * form, its organization rule and kind, its role model), the bases, an own roadmap template with a
 * monthly event listed in one row, own indicator rules. Call after `init` / «Подготовить таблицу».
 *
 * Hand-made facts the tests check:
 * - 5 young specialists (Гимназия № 1: 2, Школа № 2, Школа № 3, Школа № 4), each with a subject
 *   mentor of their own school; the administrative form is «только своя организация», and Школа № 4
 *   has no deputy-mentor, so Фомина gets her subject mentor only: 9 pairs of young specialists.
 * - 3 newly appointed deputies (Гимназия № 1, Школа № 2, Школа № 4) with the director of Школа № 3
 *   («сетевое»); Ким has taught two years and is 28 — without «Дата назначения» a young specialist.
 * - 12 pairs: 5 «традиционное» (subject), 4 «ситуационное» (the form's kind), 3 «сетевое».
 * - Entry (February) and exit (November) answers of the young specialists on two scale questions:
 *   NETWORK_ENTRY → NETWORK_EXIT grow by +2,5, +1,5, −0,5, +3, +1 (П-10 = 1,5; П-11 = 80 %).
 */
export const SUBJECT_FORM = 'учитель – учитель';
export const ADMIN_FORM = 'администрация – молодой специалист';
export const ADMIN_MODEL = 'заместитель директора – молодой специалист';
export const DEPUTY_FORM = 'руководитель – заместитель';
export const NETWORK_TEMPLATE = 'Сетевой проект «Молодой педагог»';
/** «Today» of the runs: the project's first weeks. */
export const NETWORK_TODAY = new Date(2023, 1, 6, 10, 0);
export const NETWORK_SCHOOLS = ['Гимназия № 1', 'Школа № 2', 'Школа № 3', 'Школа № 4'];

const consent = new Date(2023, 0, 16);
const [g1, s2, s3, s4] = NETWORK_SCHOOLS;

const mentor = (
  name: string,
  organization: string,
  post: string,
  form: string,
  extra: Record<string, Cell> = {},
): Record<string, Cell> => ({
  ФИО: name,
  Категория: 'педагог',
  Организация: organization,
  'Должность / класс': post,
  'Стаж (лет)': 20,
  Компетенции: 'методика урока; оценивание; документация и ФГОС; управленческие навыки',
  'Формы наставничества': form,
  'Лимит наставляемых': 3,
  'Согласие на обработку ПДн (дата)': consent,
  ...extra,
});

export const NETWORK_MENTORS: Record<string, Cell>[] = [
  mentor('Иванова Ольга Петровна', g1, 'учитель математики', SUBJECT_FORM, {
    'Предмет(ы) / направление': 'математика',
  }),
  mentor('Сергеева Татьяна Юрьевна', s2, 'учитель русского языка', SUBJECT_FORM, {
    'Предмет(ы) / направление': 'русский язык',
  }),
  mentor('Тихонова Алла Борисовна', s3, 'учитель математики', SUBJECT_FORM, {
    'Предмет(ы) / направление': 'математика',
  }),
  mentor('Ушаков Борис Ильич', s4, 'учитель истории', SUBJECT_FORM, { 'Предмет(ы) / направление': 'история' }),
  mentor('Смирнов Андрей Викторович', g1, 'заместитель директора по УВР', ADMIN_FORM, {
    'Дата назначения на должность': new Date(2012, 8, 1),
  }),
  mentor('Кузнецова Елена Сергеевна', s2, 'заместитель директора по УВР', ADMIN_FORM, {
    'Дата назначения на должность': new Date(2014, 7, 25),
  }),
  mentor('Леонова Ирина Васильевна', s3, 'заместитель директора по ВР', ADMIN_FORM, {
    'Дата назначения на должность': new Date(2016, 0, 11),
  }),
  mentor('Соколова Тамара Михайловна', s3, 'директор', DEPUTY_FORM, {
    Категория: 'управленческий кадр',
    'Стаж (лет)': 30,
    'Дата назначения на должность': new Date(2010, 7, 30),
  }),
];

const young = (name: string, organization: string, subject: string, experience: number, age: number) => ({
  ФИО: name,
  Категория: 'молодой специалист',
  Организация: organization,
  'Должность / класс': `учитель ${subject === 'русский язык' ? 'русского языка' : subject === 'история' ? 'истории' : 'математики'}`,
  Предмет: subject,
  'Стаж (лет)': experience,
  Возраст: age,
  'Дефициты / запрос': 'методика урока; документация и ФГОС',
  'Желаемая форма': `${SUBJECT_FORM}; ${ADMIN_FORM}`,
  'Согласие на обработку ПДн (дата)': consent,
});

export const NETWORK_YOUNG = [
  young('Новикова Мария Ивановна', g1, 'математика', 1, 24),
  young('Зайцев Денис Алексеевич', g1, 'математика', 0, 23),
  young('Орлов Павел Андреевич', s2, 'русский язык', 2, 26),
  young('Лебедева Ксения Сергеевна', s3, 'математика', 1, 25),
  young('Фомина Екатерина Викторовна', s4, 'история', 3, 27),
];
/** Confidence and motivation (1–10) of the young specialists at entry and at exit, by hand. */
export const NETWORK_ENTRY: Record<string, [number, number]> = {
  'Новикова Мария Ивановна': [4, 6],
  'Зайцев Денис Алексеевич': [5, 5],
  'Орлов Павел Андреевич': [6, 7],
  'Лебедева Ксения Сергеевна': [3, 5],
  'Фомина Екатерина Викторовна': [5, 6],
};
export const NETWORK_EXIT: Record<string, [number, number]> = {
  'Новикова Мария Ивановна': [7, 8], // +2.5
  'Зайцев Денис Алексеевич': [6, 7], // +1.5
  'Орлов Павел Андреевич': [6, 6], // −0.5
  'Лебедева Ксения Сергеевна': [6, 8], // +3
  'Фомина Екатерина Викторовна': [7, 6], // +1
};

/** The young specialist whose school has no administrative mentor. */
export const NETWORK_ONE_FORM = 'Фомина Екатерина Викторовна';

export const NETWORK_DEPUTIES = [
  {
    ФИО: 'Петрова Наталья Владимировна',
    Категория: 'педагог',
    Организация: g1,
    'Должность / класс': 'заместитель директора по ВР',
    'Стаж (лет)': 12,
    Возраст: 38,
    'Дата назначения на должность': new Date(2022, 7, 29),
    'Дефициты / запрос': 'управленческие навыки',
    'Желаемая форма': DEPUTY_FORM,
    'Согласие на обработку ПДн (дата)': consent,
  },
  {
    ФИО: 'Ким Алина Робертовна',
    Категория: 'педагог',
    Организация: s2,
    'Должность / класс': 'заместитель директора по УВР',
    'Стаж (лет)': 2,
    Возраст: 28,
    'Дата назначения на должность': new Date(2023, 0, 9),
    'Дефициты / запрос': 'управленческие навыки; документация и ФГОС',
    'Желаемая форма': DEPUTY_FORM,
    'Согласие на обработку ПДн (дата)': consent,
  },
  {
    ФИО: 'Белых Ольга Николаевна',
    Категория: 'педагог',
    Организация: s4,
    'Должность / класс': 'заместитель директора по УВР',
    'Стаж (лет)': 15,
    Возраст: 41,
    'Дата назначения на должность': new Date(2021, 8, 1),
    'Дефициты / запрос': 'управленческие навыки',
    'Желаемая форма': DEPUTY_FORM,
    'Согласие на обработку ПДн (дата)': consent,
  },
];

const TEMPLATE: Array<Record<string, string>> = [
  {
    Код: 'С1',
    Этап: '1. Старт проекта',
    Мероприятие: 'Установочный семинар для наставников и молодых специалистов',
    'Начало (дд.мм)': '20.01',
    'Окончание (дд.мм)': '31.01',
    'Ответственный (роли)': 'куратор',
    'Результат / вид документа': 'программа семинара',
  },
  {
    Код: 'С2',
    Этап: '2. Работа пар',
    Мероприятие: 'Встречи наставнических пар',
    'Начало (дд.мм)': '15.02',
    'Окончание (дд.мм)': '15.11',
    'Ответственный (роли)': 'наставники',
    'Результат / вид документа': 'лист встреч',
    Повтор: 'ежемесячно',
  },
  {
    Код: 'С3',
    Этап: '2. Работа пар',
    Мероприятие: 'Сетевой методический марафон «Первые шаги в профессии»',
    'Начало (дд.мм)': '01.03',
    'Окончание (дд.мм)': '30.04',
    'Ответственный (роли)': 'методист',
    'Результат / вид документа': 'методические материалы',
  },
  {
    Код: 'С4',
    Этап: '3. Итоги',
    Мероприятие: 'Итоговая конференция сетевого проекта',
    'Начало (дд.мм)': '10.12',
    'Окончание (дд.мм)': '20.12',
    'Ответственный (роли)': 'куратор',
    'Результат / вид документа': 'аналитический отчёт',
  },
];

export const NETWORK_RULES: Array<Record<string, Cell>> = [
  {
    Код: 'Д-01',
    Показатель: 'Доля молодых специалистов с наставником',
    База: 'Наставляемые',
    'Считать в числителе': 'молодой специалист; есть пара',
    'Считать в знаменателе': 'молодой специалист',
    План: 100,
  },
  {
    Код: 'Д-02',
    Показатель: 'Доля вновь назначенных заместителей с наставником',
    База: 'Наставляемые',
    'Считать в числителе': 'есть пара',
    'Считать в знаменателе': 'вновь назначенный руководитель',
    План: 100,
  },
  {
    Код: 'Д-03',
    Показатель: 'Пары «администрация – молодой специалист»',
    База: 'Пары',
    'Считать в числителе': `форма = ${ADMIN_FORM}`,
    План: 5,
  },
  {
    Код: 'Д-04',
    Показатель: 'Школы сети, участвующие в проекте',
    База: 'Организации',
    'Считать в числителе': 'есть участники',
    План: 4,
  },
];

export function fillNetworkProject(workbook: WorkbookPort): void {
  typeSettings(workbook, {
    organizationName: 'Сеть образовательных организаций «Молодой педагог»',
    municipality: 'г. Кызыл',
    programStart: '01.01.2023',
    programEnd: '31.12.2023',
    directorName: 'Куулар Лариса Шолбановна',
    curatorName: 'Монгуш Айлана Романовна',
    roadmapTemplate: NETWORK_TEMPLATE,
    roadmapRepeat: 'одна строка со списком дат',
  });
  typeCatalogueRow(workbook, {
    'Формы наставничества': ADMIN_FORM,
    'Форма: организация наставника': 'только своя организация',
    'Форма: вид наставничества': 'ситуационное',
  });
  typeCatalogueRow(workbook, {
    'Ролевая модель: форма': ADMIN_FORM,
    'Ролевая модель': ADMIN_MODEL,
    'Ролевая модель: признаки': 'стаж до 3; молодой специалист; документация и ФГОС',
  });
  typeRows(
    workbook,
    ORGANIZATIONS_SHEET,
    NETWORK_SCHOOLS.map((name, i) => ({
      'Полное название': `МБОУ «${name}»`,
      'Краткое название': name,
      Тип: 'школа',
      'Педагогов всего': 50 + 10 * i,
      'Обучающихся всего': 700 + 100 * i,
    })),
  );
  typeRows(workbook, MENTORS_SHEET, NETWORK_MENTORS);
  typeRows(workbook, MENTEES_SHEET, [...NETWORK_YOUNG, ...NETWORK_DEPUTIES]);
  typeRows(
    workbook,
    TEMPLATES_SHEET,
    TEMPLATE.map((line) => ({ Шаблон: NETWORK_TEMPLATE, ...line })),
    TEMPLATE_COLUMNS.map((column) => column.header),
  );
  typeRows(workbook, RULES_SHEET, NETWORK_RULES, rulesSheetHeader());
}
