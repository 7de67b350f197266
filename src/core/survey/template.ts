/**
 * Questionnaire templates are data (src/core/survey/templates.ts holds the defaults; the curator
 * edits them in the sheet «Анкеты: шаблоны»). Item codes are stable across waves and years.
 */
export type ItemKind = 'scale10' | 'agree5' | 'yesno' | 'open' | 'choice' | 'checkbox' | 'text' | 'email' | 'rank';

export type SwotQuadrant = 'S' | 'W' | 'O' | 'T';

export interface SurveyItem {
  code: string;
  kind: ItemKind;
  /** Question title as shown in the form (the entry wave's wording). */
  title: string;
  /** Wording in the exit wave where it differs (expectation → result). */
  exitTitle?: string;
  help?: string;
  required?: boolean;
  choices?: string[];
  /** Which base column a registration item fills (e.g. 'fio', 'email', 'deficits'). */
  baseColumn?: string;
  /** SWOT questionnaire: the quadrant an open question or statement belongs to. */
  swot?: SwotQuadrant;
  /** Counts toward the satisfaction index (1–10 items). */
  satisfaction?: boolean;
}

export interface SurveyTemplate {
  /** Stable code: 'registration-mentor', 'registration-mentee', 'mentee-monitoring', 'mentor-monitoring', 'satisfaction', 'swot', 'preferences'. */
  code: string;
  title: string;
  description: string;
  /** Who answers it. */
  role: 'mentor' | 'mentee' | 'any';
  /** Waves the template is used in. */
  waves: ReadonlyArray<'вход' | 'выход' | 'разовая'>;
  items: SurveyItem[];
}
