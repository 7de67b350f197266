import type { Cell, Grid } from '../../../src/core/cell';
import { MemoryWorkbook } from '../../support/memory-workbook';

/** A sheet from records: the header is the union of the records' keys, in order of appearance. */
export function sheet(records: Record<string, Cell>[]): Grid {
  const header: string[] = [];
  for (const record of records) for (const key of Object.keys(record)) if (!header.includes(key)) header.push(key);
  return [header, ...records.map((record) => header.map((key) => record[key] ?? null))];
}

export function settingsSheet(values: Record<string, Cell>): Grid {
  return [
    ['Раздел', 'Параметр', 'Значение', 'Пояснение', 'Ключ'],
    ...Object.entries(values).map(([key, value]) => ['', key, value, '', key]),
  ];
}

const consent = new Date(2026, 8, 1);
const SCHOOL = 'Школа № 1';

export function mentor(
  id: string,
  fio: string,
  category: string,
  organization = SCHOOL,
  extra: Record<string, Cell> = {},
): Record<string, Cell> {
  return {
    ID: id,
    ФИО: fio,
    Категория: category,
    Организация: organization,
    'Формы наставничества': 'учитель – учитель',
    'Согласие на обработку ПДн (дата)': consent,
    ...extra,
  };
}

export function mentee(
  id: string,
  fio: string,
  category: string,
  age: number,
  experience: number | null,
  organization = SCHOOL,
  extra: Record<string, Cell> = {},
): Record<string, Cell> {
  return {
    ID: id,
    ФИО: fio,
    Категория: category,
    Организация: organization,
    Возраст: age,
    'Стаж (лет)': experience,
    'Дефициты / запрос': 'методика урока',
    'Желаемая форма': 'учитель – учитель',
    'Согласие на обработку ПДн (дата)': consent,
    'Согласие законного представителя (дата)': age < 18 ? consent : null,
    'Законный представитель': age < 18 ? 'Родитель' : null,
    ...extra,
  };
}

export function pair(
  pairId: string,
  groupId: string,
  mentorId: string,
  menteeId: string,
  form: string,
  roleModel: string,
  status: string,
  organization = '',
): Record<string, Cell> {
  return {
    'ID пары': pairId,
    Группа: groupId,
    'ID наставника': mentorId,
    'ID наставляемого': menteeId,
    Форма: form,
    'Ролевая модель': roleModel,
    Организация: organization,
    Статус: status,
  };
}

export function answer(
  participantId: string,
  template: string,
  wave: string,
  item: string,
  value: Cell,
): Record<string, Cell> {
  return {
    'ID ответа': `${participantId}-${template}-${wave}`,
    'ID участника': participantId,
    Анкета: template,
    Волна: wave,
    'Код вопроса': item,
    Ответ: value,
  };
}

const TT = 'учитель – учитель';
const SS = 'ученик – ученик';

/**
 * One school. Hand-computed facts (teachersTotal 20, pupilsTotal 100):
 * П-01 2/20 = 10 %; П-02 1/20 = 5 %; П-03 1/3 = 33,3 %; П-04 4/6 = 66,7 %; П-05 2; П-06 2; П-07 1;
 * П-08 1/4 = 25 %; П-09 (8+10+9+8+6)/5 = 8,2 (exit answers of monitoring items count, entry ones do not); П-10 (+3 −1)/2 = 1; П-11 1/2 = 50 %; П-12 3/100 = 3 %; П-13 4/20 = 20 %.
 */
export function schoolWorkbook(
  settings: Record<string, Cell> = {
    teachersTotal: 20,
    pupilsTotal: 100,
    academicYear: 2026,
    organizationName: 'МБОУ «Школа № 1»',
  },
): MemoryWorkbook {
  return new MemoryWorkbook({
    Настройки: settingsSheet(settings),
    Наставники: sheet([
      mentor('НК-1', 'Иванова Анна Петровна', 'педагог'),
      mentor('НК-2', 'Петров Пётр Ильич', 'педагог'),
      mentor('НК-3', 'Сидорова Мария', 'обучающийся', SCHOOL, { 'Формы наставничества': SS }),
      mentor('НК-4', 'Выбывшая Ольга Олеговна', 'педагог', SCHOOL, { Статус: 'выбыл' }),
    ]),
    Наставляемые: sheet([
      mentee('НЯ-1', 'Смирнова Ирина', 'молодой специалист', 24, 1),
      mentee('НЯ-2', 'Кузнецов Олег', 'педагог', 30, 2),
      mentee('НЯ-3', 'Орлова Вера', 'педагог', 45, 10),
      mentee('НЯ-4', 'Ученик Вася', 'обучающийся', 14, null),
      mentee('НЯ-5', 'Ученица Оля', 'обучающийся', 15, null),
      mentee('НЯ-6', 'Новикова Яна', 'молодой специалист', 23, 0),
    ]),
    Пары: sheet([
      pair('П-1', '', 'НК-1', 'НЯ-1', TT, 'опытный педагог – молодой специалист', 'активна'),
      pair('П-2', '', 'НК-2', 'НЯ-3', TT, 'опытный предметник – неопытный предметник', 'завершена'),
      pair('П-3', 'Г-1', 'НК-3', 'НЯ-4', SS, 'равный – равному', 'активна'),
      pair('П-4', 'Г-1', 'НК-3', 'НЯ-5', SS, 'равный – равному', 'активна'),
      pair('П-5', '', 'НК-2', 'НЯ-2', TT, 'опытный педагог – молодой специалист', 'расторгнута'),
    ]),
    Ответы: sheet([
      answer('НЯ-1', 'satisfaction', 'разовая', 'overall', 8),
      answer('НЯ-3', 'satisfaction', 'разовая', 'overall', '10'),
      answer('НЯ-1', 'mentee-monitoring', 'вход', 'effectiveness', 5),
      answer('НЯ-1', 'mentee-monitoring', 'выход', 'effectiveness', 9),
      answer('НЯ-1', 'mentee-monitoring', 'вход', 'comfort', 6),
      answer('НЯ-1', 'mentee-monitoring', 'выход', 'comfort', 8),
      answer('НЯ-3', 'mentee-monitoring', 'вход', 'effectiveness', 7),
      answer('НЯ-3', 'mentee-monitoring', 'выход', 'effectiveness', 6),
    ]),
  });
}
