import {
  FORM_EMPLOYER_STUDENT,
  FORM_STUDENT_PUPIL,
  FORM_STUDENT_STUDENT,
  FORM_TEACHER_STUDENT,
} from '../catalogues/defaults';
import { textKey } from '../text/normalize';
import { TEMPLATE_COLLEGE, TEMPLATE_NETWORK, TEMPLATE_PUPILS, TEMPLATE_TEACHERS } from './default-templates';
import type { ProgramProfile } from './forms-in-use';

export const AUTO_TEMPLATE = 'авто';

const PUPIL_FORMS = [FORM_TEACHER_STUDENT, FORM_STUDENT_STUDENT, FORM_STUDENT_PUPIL, FORM_EMPLOYER_STUDENT];

/** The names programs give the same form (domain §3): «педагог – педагог» is «учитель – учитель»… */
const FORM_SYNONYMS: Record<string, string> = {
  'педагог–педагог': 'учитель–учитель',
  'преподаватель–преподаватель': 'учитель–учитель',
  'преподаватель–студент': 'учитель–ученик',
  'учитель–студент': 'учитель–ученик',
  'педагог–ученик': 'учитель–ученик',
  'студент–студент': 'ученик–ученик',
  'работодатель–студент': 'работодатель–ученик',
};

/** «учитель-ученик», «Учитель — ученик», «преподаватель – студент» and «учитель – ученик» are the same form. */
export function formKey(form: string): string {
  const key = textKey(form).replace(/\s*[-‐–—]\s*/g, '–');
  return FORM_SYNONYMS[key] ?? key;
}

export function formsIntersect(a: readonly string[], b: readonly string[]): boolean {
  const keys = new Set(a.map(formKey));
  return b.some((form) => keys.has(formKey(form)));
}

/**
 * The template a program needs: the one set in «Настройки», otherwise the one its data suggests
 * (several organizations → network; students → college; pupils' forms → pupils; else teachers).
 */
export function chooseTemplate(setting: string, available: readonly string[], profile: ProgramProfile): string {
  const wanted = available.find((name) => textKey(name) === textKey(setting));
  if (wanted && textKey(setting) !== AUTO_TEMPLATE) return wanted;
  const categories = profile.menteeCategories.map(textKey);
  if (profile.organizations.length > 1) return TEMPLATE_NETWORK;
  if (categories.includes('студент')) return TEMPLATE_COLLEGE;
  if (categories.includes('обучающийся') || formsIntersect(profile.forms, PUPIL_FORMS)) return TEMPLATE_PUPILS;
  return TEMPLATE_TEACHERS;
}
