/**
 * Names of the sheets other features write, as the panel reads them. They are the names the
 * feature issues fix; each is replaced by the feature's own constant once that module exists.
 */
import { ROADMAP_SHEET } from '../roadmap/roadmap-layout';
import { FORMS_REGISTER_SHEET } from '../survey/forms-register';

export const DASHBOARD_SHEETS = {
  pairDraft: 'Пары (черновик)',
  questionnaires: FORMS_REGISTER_SHEET,
  indicators: 'Показатели',
  roadmap: ROADMAP_SHEET,
} as const;
