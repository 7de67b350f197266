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

/** «учитель-ученик», «Учитель — ученик» and «учитель – ученик» are the same form. */
export function formKey(form: string): string {
  return textKey(form).replace(/\s*[-‐–—]\s*/g, '–');
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
