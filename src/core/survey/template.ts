/**
 * Questionnaire templates are data (src/core/survey/templates.ts holds the defaults; the curator
 * edits them in the sheet «Шаблоны анкет»). Item codes are stable across waves and years.
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
  /**
   * Where a choice list comes from when the form is created: a catalogue of «Справочники»
   * ('catalogue:competencies') or a base ('mentors' / 'mentees': people to rank).
   */
  choicesFrom?: string;
  /** Preferences: the place in the ranking this item asks for (1 = first choice). */
  rank?: number;
  /** The curator switched the item off in «Шаблоны анкет» (kept for comparability, not asked). */
  disabled?: boolean;
}

export type TemplateWave = 'вход' | 'выход' | 'разовая';

/** The stable codes of the default templates; other helpers (indicators, SWOT, matching) read them. */
export const TEMPLATE_CODES = {
  registrationMentor: 'registration-mentor',
  registrationMentee: 'registration-mentee',
  menteeMonitoring: 'mentee-monitoring',
  mentorMonitoring: 'mentor-monitoring',
  satisfaction: 'satisfaction',
  swot: 'swot',
  preferences: 'preferences',
} as const;

/** The wording of an item in a wave: the exit wave asks for results where the entry asked for expectations. */
export function itemTitle(item: SurveyItem, wave: TemplateWave): string {
  return wave === 'выход' && item.exitTitle ? item.exitTitle : item.title;
}

/** Items that are asked (not switched off). */
export function activeItems(template: SurveyTemplate): SurveyItem[] {
  return template.items.filter((item) => !item.disabled);
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
