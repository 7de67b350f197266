/**
 * Names of the sheets other features write, as the panel reads them: each feature's own constant,
 * or the name its issue fixes while that feature has none yet.
 */
import { INDICATORS_SHEET } from '../indicators/indicators-table';
import { ROADMAP_SHEET } from '../roadmap/roadmap-layout';
import { FORMS_REGISTER_SHEET } from '../survey/forms-register';

export const DASHBOARD_SHEETS = {
  pairDraft: 'Пары (черновик)',
  questionnaires: FORMS_REGISTER_SHEET,
  indicators: INDICATORS_SHEET,
  roadmap: ROADMAP_SHEET,
} as const;
