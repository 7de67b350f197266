import { countText } from '../documents/russian';
import type { Locale } from '../ports';

/** What «Сформировать дорожную карта» tells the user, in the user's language (sheet names stay Russian). */
export interface RoadmapMessages {
  doneTitle: string;
  notDoneTitle: string;
  unknownTemplate(name: string, sheet: string): string;
  available(names: readonly string[]): string;
  summary(template: string, academicYear: number, events: number, sheet: string): string;
  periodSummary(template: string, period: string, years: number, events: number, sheet: string): string;
  yearWithPeriod(year: number, period: string): string;
  forms(forms: readonly string[]): string;
  noForms: string;
  editedKept(rows: number): string;
  manualKept(rows: number): string;
  overdue(rows: number): string;
  seeded(sheet: string): string;
  howToChange: string;
  problems(count: number): string;
  progress(events: number): string;
}

const RU: RoadmapMessages = {
  doneTitle: 'Дорожная карта сформирована',
  notDoneTitle: 'Дорожная карта не сформирована',
  unknownTemplate: (name, sheet) => `Шаблона «${name}» нет на листе «${sheet}».`,
  available: (names) => `Есть шаблоны: ${names.join(', ') || 'нет ни одного'}.`,
  summary: (template, year, events, sheet) =>
    `Шаблон «${template}», ${year}/${year + 1} учебный год: ${countText(events, 'мероприятие', 'мероприятия', 'мероприятий')} на листе «${sheet}».`,
  periodSummary: (template, period, years, events, sheet) =>
    `Шаблон «${template}», программа на ${period} (${years === 1 ? 'один год' : `лет программы: ${years}`}): ${countText(events, 'мероприятие', 'мероприятия', 'мероприятий')} на листе «${sheet}».`,
  yearWithPeriod: (year, period) =>
    `Сроки программы заданы в «Настройках» (${period}): дорожная карта строится на весь срок, год ${year} указывать не нужно. Чтобы построить один учебный год, очистите «Программа: дата начала» и «Программа: дата окончания».`,
  forms: (forms) => `Формы в базах: ${forms.join(', ')}.`,
  noForms: 'В базах пока нет форм наставничества — включены мероприятия всех форм.',
  editedKept: (rows) => `Сохранены ваши правки в ${rows} строках.`,
  manualKept: (rows) => `Сохранены добавленные вами строки и строки с отметками: ${rows}.`,
  overdue: (rows) => `Просрочено мероприятий: ${rows} (подсвечены красным).`,
  seeded: (sheet) => `Создан лист «${sheet}»: шаблоны можно дополнять.`,
  howToChange:
    'Другой шаблон или срок — «Настройки» → «Шаблон дорожной карты», «Учебный год (год начала)» или «Программа: дата начала» / «дата окончания».',
  problems: (count) => `Замечаний к шаблонам: ${count} — см. лист «Проблемы».`,
  progress: (events) => `Дорожная карта: ${events} мероприятий`,
};

const EN: RoadmapMessages = {
  doneTitle: 'Roadmap generated',
  notDoneTitle: 'Roadmap not generated',
  unknownTemplate: (name, sheet) => `There is no template «${name}» on the sheet «${sheet}».`,
  available: (names) => `Templates available: ${names.join(', ') || 'none'}.`,
  summary: (template, year, events, sheet) =>
    `Template «${template}», academic year ${year}/${year + 1}: ${events} events on the sheet «${sheet}».`,
  periodSummary: (template, period, years, events, sheet) =>
    `Template «${template}», programme period ${period} (${years === 1 ? 'one year' : `${years} years`}): ${events} events on the sheet «${sheet}».`,
  yearWithPeriod: (year, period) =>
    `The programme's dates are set in «Настройки» (${period}): the roadmap covers the whole period, the year ${year} is not needed. To build one academic year, clear «Программа: дата начала» and «Программа: дата окончания».`,
  forms: (forms) => `Forms in the bases: ${forms.join(', ')}.`,
  noForms: 'The bases name no form of mentoring yet: the events of every form are included.',
  editedKept: (rows) => `Your edits kept in ${rows} rows.`,
  manualKept: (rows) => `Rows you added or marked kept: ${rows}.`,
  overdue: (rows) => `Overdue events: ${rows} (highlighted in red).`,
  seeded: (sheet) => `The sheet «${sheet}» was created: you can extend the templates there.`,
  howToChange: 'Another template or year: «Настройки» → «Шаблон дорожной карты», «Учебный год (год начала)».',
  problems: (count) => `Template issues: ${count}, see the sheet «Проблемы».`,
  progress: (events) => `Roadmap: ${events} events`,
};

export function roadmapMessages(locale: Locale): RoadmapMessages {
  return locale === 'en' ? EN : RU;
}
