import type { Cell } from '../../src/core/cell';
import { MENTEES_SHEET, MENTORS_SHEET } from '../../src/core/bases/layouts';
import { rulesSheetHeader, RULES_SHEET } from '../../src/core/indicators/rules-sheet';
import { ORGANIZATIONS_SHEET } from '../../src/core/organizations/organizations-sheet';
import type { WorkbookPort } from '../../src/core/ports';
import { TEMPLATE_COLUMNS, TEMPLATES_SHEET } from '../../src/core/roadmap/template';
import { typeRows, typeSettings } from './sheet-typing';

/**
 * Issue 13, shape 1: a three-year district training platform for heads and deputies of 20
 * organizations (01.09.2023 – 31.12.2025), as the district methodist types it into the sheets of
 * «Подготовить таблицу» — «Настройки», «Организации», the bases, an own roadmap template and own
 * indicator rules. No code configuration. Call after `init` / «Подготовить таблицу».
 *
 * Hand-made facts the tests check:
 * - 20 organizations on «Организации», all with people (СОШ № 20 through its team's members).
 * - 6 mentors: the directors of СОШ № 1–6 (лимит 3); 13 mentees: the deputies of СОШ № 7–19, so
 *   every pair crosses organizations (kind «сетевое»).
 * - «команда – команда»: the management team of СОШ № 1 (two deputies, rows of «Наставники»)
 *   mentors the team of СОШ № 20 (its director Фролов, newly appointed in June 2023, and a deputy in
 *   post since 2018, rows of «Наставляемые»), also «сетевое».
 * - 10 deputies are newly appointed (in post since 2022–2023), 3 have been in post for years.
 *   Замятина (СОШ № 19) has taught two years and is 29: without «Дата назначения» a young specialist.
 * - The curator rejects the proposal for Ямщиков (СОШ № 18, newly appointed), so 13 pairs are
 *   approved and 10 of the 11 newly appointed (10 deputies and Фролов) have a mentor (90,9 %).
 */
export const DISTRICT_FORM = 'руководитель – заместитель';
export const DISTRICT_TEMPLATE = 'Площадка «Школа управленца»';
export const DISTRICT_REJECTED = 'Ямщиков Олег Павлович';
export const DISTRICT_SITUATIONAL = 'Воронова Ирина Львовна';
export const TEAM_FORM = 'команда – команда';
export const DISTRICT_MENTOR_TEAM = {
  name: 'Управленческая команда СОШ № 1',
  members: ['Ершова Марина Юрьевна', 'Жданов Павел Сергеевич'],
};
/** Members as the curator typed them: «Фамилия И. О.» (both are rows of «Наставляемые»). */
export const DISTRICT_MENTEE_TEAM = {
  name: 'Управленческая команда СОШ № 20',
  members: ['Фролов И. В.', 'Чернова А. П.'],
};
/** «Today» of the offline and Apps Script runs: the platform's first autumn. */
export const DISTRICT_TODAY = new Date(2023, 9, 2, 10, 0);

const consent = new Date(2023, 8, 20);
export const DISTRICT_ORGANIZATIONS = Array.from({ length: 20 }, (_, i) => `СОШ № ${i + 1}`);

const DIRECTORS = [
  'Андреев Сергей Николаевич',
  'Белкина Галина Ивановна',
  'Васильев Пётр Олегович',
  'Григорьева Нина Павловна',
  'Дмитриев Игорь Семёнович',
  'Егорова Лариса Викторовна',
];

/** The deputies, in the order of their schools СОШ № 7…19, with the date they were appointed. */
export const DISTRICT_DEPUTIES: Array<{ name: string; appointed: Date; experience: number; age: number }> = [
  { name: DISTRICT_SITUATIONAL, appointed: new Date(2023, 7, 28), experience: 14, age: 39 },
  { name: 'Гусев Антон Ильич', appointed: new Date(2022, 8, 1), experience: 11, age: 36 },
  { name: 'Жукова Оксана Петровна', appointed: new Date(2023, 0, 9), experience: 16, age: 41 },
  { name: 'Зуев Максим Андреевич', appointed: new Date(2015, 8, 1), experience: 22, age: 47 },
  { name: 'Карпова Юлия Сергеевна', appointed: new Date(2022, 11, 12), experience: 9, age: 33 },
  { name: 'Лаптев Роман Евгеньевич', appointed: new Date(2013, 7, 26), experience: 25, age: 50 },
  { name: 'Морозова Анна Викторовна', appointed: new Date(2023, 5, 1), experience: 12, age: 37 },
  { name: 'Некрасов Вадим Юрьевич', appointed: new Date(2022, 1, 14), experience: 18, age: 44 },
  { name: 'Осипова Дарья Игоревна', appointed: new Date(2016, 8, 1), experience: 20, age: 46 },
  { name: 'Панова Светлана Олеговна', appointed: new Date(2023, 7, 21), experience: 8, age: 31 },
  { name: 'Рябов Кирилл Денисович', appointed: new Date(2022, 9, 3), experience: 13, age: 38 },
  { name: DISTRICT_REJECTED, appointed: new Date(2023, 2, 6), experience: 10, age: 34 },
  { name: 'Замятина Вера Андреевна', appointed: new Date(2023, 7, 30), experience: 2, age: 29 },
];

const TEMPLATE: Array<Record<string, string>> = [
  {
    Код: 'П1',
    Этап: '1. Подготовительный этап',
    Мероприятие: 'Приказ о создании муниципальной площадки и назначении кураторов в ОО',
    'Начало (дд.мм)': '15.09',
    'Окончание (дд.мм)': '30.09',
    'Ответственный (роли)': 'управление образования',
    'Результат / вид документа': 'приказ',
    'Год программы': '1',
  },
  {
    Код: 'П2',
    Этап: '2. Основной этап',
    Мероприятие: 'Проектная сессия управленческих команд',
    'Начало (дд.мм)': '01.12.2023',
    'Окончание (дд.мм)': '01.12.2024',
    'Ответственный (роли)': 'куратор площадки',
    'Результат / вид документа': 'проекты команд',
  },
  {
    Код: 'П3',
    Этап: '2. Основной этап',
    Мероприятие: 'Встреча наставника и заместителя',
    'Начало (дд.мм)': '15.09',
    'Окончание (дд.мм)': '15.05',
    'Ответственный (роли)': 'наставники',
    'Результат / вид документа': 'протокол встречи',
    'Год программы': '2',
    Повтор: 'ежемесячно',
  },
  {
    Код: 'П4',
    Этап: '2. Основной этап',
    Мероприятие: 'Аналитическая справка о работе площадки',
    'Начало (дд.мм)': '20.06',
    'Окончание (дд.мм)': '30.06',
    'Ответственный (роли)': 'методист',
    'Результат / вид документа': 'справка',
  },
  {
    Код: 'П5',
    Этап: '3. Обобщающий этап',
    Мероприятие: 'Итоговая конференция «Управленческое наставничество»',
    'Начало (дд.мм)': '01.11',
    'Окончание (дд.мм)': '30.11',
    'Ответственный (роли)': 'управление образования',
    'Результат / вид документа': 'сборник практик',
    'Год программы': '3',
  },
];

export const DISTRICT_RULES: Array<Record<string, Cell>> = [
  {
    Код: 'Д-01',
    Показатель: 'Образовательные организации, участвующие в площадке',
    База: 'Организации',
    'Считать в числителе': 'есть участники',
    План: 20,
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
    Показатель: 'Пары сетевого наставничества',
    База: 'Пары',
    'Считать в числителе': 'вид = сетевое',
    План: 12,
  },
];

export function fillDistrictPlatform(workbook: WorkbookPort): void {
  typeSettings(workbook, {
    organizationName: 'Управление образования администрации городского округа Клин',
    municipality: 'г.о. Клин',
    programStart: '01.09.2023',
    programEnd: '31.12.2025',
    directorName: 'Соболева Марина Анатольевна',
    directorTitle: 'Начальник управления',
    curatorName: 'Кравцова Елена Борисовна',
    roadmapTemplate: DISTRICT_TEMPLATE,
  });
  typeRows(
    workbook,
    ORGANIZATIONS_SHEET,
    DISTRICT_ORGANIZATIONS.map((name, i) => ({
      'Полное название': `МОУ «Средняя общеобразовательная школа № ${i + 1}»`,
      'Краткое название': name,
      Тип: 'школа',
      Муниципалитет: 'г.о. Клин',
      'Педагогов всего': 40 + i,
      'Обучающихся всего': 600 + 10 * i,
    })),
  );
  typeRows(
    workbook,
    MENTORS_SHEET,
    DIRECTORS.map((name, i) => ({
      ФИО: name,
      Категория: 'управленческий кадр',
      Организация: DISTRICT_ORGANIZATIONS[i],
      'Должность / класс': 'директор',
      'Стаж (лет)': 24 + i,
      'Дата назначения на должность': new Date(2008 + i, 7, 25),
      Компетенции: 'управленческие навыки; документация и ФГОС',
      'Формы наставничества': DISTRICT_FORM,
      'Лимит наставляемых': 3,
      'Согласие на обработку ПДн (дата)': consent,
    })),
  );
  typeRows(
    workbook,
    MENTEES_SHEET,
    DISTRICT_DEPUTIES.map((deputy, i) => ({
      ФИО: deputy.name,
      Категория: 'педагог',
      Организация: DISTRICT_ORGANIZATIONS[6 + i],
      'Должность / класс': i % 2 === 0 ? 'заместитель директора по УВР' : 'заместитель директора по ВР',
      'Стаж (лет)': deputy.experience,
      'Дата назначения на должность': deputy.appointed,
      Возраст: deputy.age,
      'Дефициты / запрос': 'управленческие навыки; документация и ФГОС',
      'Желаемая форма': DISTRICT_FORM,
      'Согласие на обработку ПДн (дата)': consent,
    })),
  );
  // «команда – команда»: the management team of СОШ № 1 mentors the new team of СОШ № 20
  typeRows(workbook, MENTORS_SHEET, [
    ...DISTRICT_MENTOR_TEAM.members.map((name) => ({
      ФИО: name,
      Категория: 'педагог',
      Организация: DISTRICT_ORGANIZATIONS[0],
      'Должность / класс': 'заместитель директора по УВР',
      'Стаж (лет)': 21,
      'Дата назначения на должность': new Date(2012, 8, 1),
      Компетенции: 'управленческие навыки; проектное управление',
      'Формы наставничества': TEAM_FORM,
      'Согласие на обработку ПДн (дата)': consent,
    })),
    {
      ФИО: DISTRICT_MENTOR_TEAM.name,
      Категория: 'команда',
      Организация: DISTRICT_ORGANIZATIONS[0],
      Компетенции: 'управленческие навыки; проектное управление',
      'Формы наставничества': TEAM_FORM,
      'Участники команды': DISTRICT_MENTOR_TEAM.members.join('; '),
    },
  ]);
  typeRows(workbook, MENTEES_SHEET, [
    {
      ФИО: 'Фролов Игорь Валентинович',
      Категория: 'управленческий кадр',
      Организация: DISTRICT_ORGANIZATIONS[19],
      'Должность / класс': 'директор',
      'Стаж (лет)': 17,
      Возраст: 42,
      'Дата назначения на должность': new Date(2023, 5, 19),
      'Дефициты / запрос': 'проектное управление',
      'Желаемая форма': TEAM_FORM,
      'Согласие на обработку ПДн (дата)': consent,
    },
    {
      ФИО: 'Чернова Алла Петровна',
      Категория: 'управленческий кадр',
      Организация: DISTRICT_ORGANIZATIONS[19],
      'Должность / класс': 'заместитель директора по УВР',
      'Стаж (лет)': 19,
      Возраст: 44,
      'Дата назначения на должность': new Date(2018, 8, 1),
      'Дефициты / запрос': 'проектное управление',
      'Желаемая форма': TEAM_FORM,
      'Согласие на обработку ПДн (дата)': consent,
    },
    {
      ФИО: DISTRICT_MENTEE_TEAM.name,
      Категория: 'команда',
      Организация: DISTRICT_ORGANIZATIONS[19],
      'Дефициты / запрос': 'проектное управление',
      'Желаемая форма': TEAM_FORM,
      'Участники команды': DISTRICT_MENTEE_TEAM.members.join('; '),
    },
  ]);
  typeRows(
    workbook,
    TEMPLATES_SHEET,
    TEMPLATE.map((line) => ({ Шаблон: DISTRICT_TEMPLATE, ...line })),
    TEMPLATE_COLUMNS.map((column) => column.header),
  );
  typeRows(workbook, RULES_SHEET, DISTRICT_RULES, rulesSheetHeader());
}
