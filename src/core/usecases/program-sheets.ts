/**
 * The sheets «Наставник» keeps in the spreadsheet, with what each holds: the «О программе» dialog
 * lists them (with a button to open the ones that exist) so that a curator sees where the data is.
 */
import { MENTEES_SHEET, MENTORS_SHEET } from '../bases/layouts';
import { CATALOGUES_SHEET } from '../catalogues/defaults';
import { PAIRS_SHEET } from '../pairs/register-layout';
import type { Env, Locale } from '../ports';
import { PROBLEMS_SHEET } from '../problems/problems-sheet';
import { SETTINGS_SHEET } from '../settings/settings';
import { SUMMARY_SHEET } from '../summary/summary-sheet';
import { ANSWERS_SHEET } from '../survey/answers-layout';
import { DYNAMICS_SHEET } from '../survey/dynamics';
import { PREFERENCES_SHEET } from '../survey/preferences-layout';
import { SWOT_SHEET } from '../swot/swot-sheet';
import { DOCUMENTS_SHEET } from '../documents/register';
import { DASHBOARD_SHEETS } from './dashboard-sheets';

export interface ProgramSheet {
  name: string;
  purpose: string;
  exists: boolean;
}

export interface ProgramSheets {
  locale: Locale;
  sheets: ProgramSheet[];
  /** Sheets of the spreadsheet that are not the add-on's (the user's own). */
  otherSheets: number;
}

const PURPOSES: ReadonlyArray<readonly [sheet: string, ru: string, en: string]> = [
  [MENTORS_SHEET, 'база наставников', 'the mentors’ base'],
  [MENTEES_SHEET, 'база наставляемых', 'the mentees’ base'],
  [CATALOGUES_SHEET, 'формы, ролевые модели, категории, предметы', 'forms, role models, categories, subjects'],
  [SETTINGS_SHEET, 'параметры программы и подбора пар', 'program and matching settings'],
  [PROBLEMS_SHEET, 'найденные ошибки в данных', 'data problems found'],
  [DASHBOARD_SHEETS.pairDraft, 'предложенные пары до утверждения', 'proposed pairs before approval'],
  [
    DASHBOARD_SHEETS.unmatched,
    'наставляемые без пары: причины и ближайшие кандидаты',
    'mentees left without a pair: reasons and near misses',
  ],
  [PREFERENCES_SHEET, 'взаимный выбор после встречи', 'mutual choices after the meeting'],
  [PAIRS_SHEET, 'реестр утверждённых пар и групп', 'register of approved pairs and groups'],
  [DASHBOARD_SHEETS.questionnaires, 'созданные анкеты (Google Формы)', 'questionnaires created (Google Forms)'],
  [ANSWERS_SHEET, 'загруженные ответы анкет', 'imported questionnaire answers'],
  [DYNAMICS_SHEET, 'динамика участников: вход и выход', 'entry→exit dynamics of the participants'],
  [DASHBOARD_SHEETS.indicators, 'показатели программы: план и факт', 'program indicators: plan and fact'],
  [SUMMARY_SHEET, 'сводка для директора', 'the director’s summary'],
  [SWOT_SHEET, 'SWOT-анализ программы', 'SWOT analysis of the program'],
  [DASHBOARD_SHEETS.roadmap, 'дорожная карта программы', 'the program roadmap'],
  [DOCUMENTS_SHEET, 'созданные документы и ссылки на них', 'documents created, with links'],
];

export function programSheets(env: Env): ProgramSheets {
  const existing = env.workbook.sheetNames();
  const present = new Set(existing);
  const sheets = PURPOSES.map(([name, ru, en]) => ({
    name,
    purpose: env.locale === 'en' ? en : ru,
    exists: present.has(name),
  }));
  const known = new Set(sheets.map((sheet) => sheet.name));
  return { locale: env.locale, sheets, otherSheets: existing.filter((name) => !known.has(name)).length };
}
