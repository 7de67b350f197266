/**
 * Names of the sheets other features write, as the panel and «О программе» show them (each
 * feature's own constant).
 */
import { INDICATORS_SHEET } from '../indicators/indicators-table';
import { DRAFT_SHEET } from '../matching/draft-sheet';
import { UNMATCHED_SHEET } from '../matching/unmatched-sheet';
import { ROADMAP_SHEET } from '../roadmap/roadmap-layout';
import { FORMS_REGISTER_SHEET } from '../survey/forms-register';

export const DASHBOARD_SHEETS = {
  pairDraft: DRAFT_SHEET,
  unmatched: UNMATCHED_SHEET,
  questionnaires: FORMS_REGISTER_SHEET,
  indicators: INDICATORS_SHEET,
  roadmap: ROADMAP_SHEET,
} as const;
