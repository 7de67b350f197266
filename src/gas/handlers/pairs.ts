import { approvePairs } from '../../core/usecases/pairs/approve-pairs';
import { FORM_PAIRS_JOB_ID, formPairs } from '../../core/usecases/pairs/form-pairs';
import { EXECUTION_BUDGET_MS } from '../host-services';
import type { ResumableAction } from '../resumable-actions';
import { runMenuAction } from '../run-action';

/** The key of a paused «Сформировать пары» in RESUMABLE_ACTIONS. */
export const PAIRS_RESUME_KEY = 'formPairs';

/**
 * Расширения → Наставник → Сформировать пары. When the matching would not fit in what is left
 * of this execution, the job pauses before it and the progress dialog runs it in a fresh one.
 */
export function menuFormPairs(): void {
  runMenuAction('Сформировать пары', (env) => formPairs(env), { lock: true, resumeAs: PAIRS_RESUME_KEY });
}

/** What the progress dialog runs to continue «Сформировать пары» (RESUMABLE_ACTIONS). */
export const pairsAction: ResumableAction = {
  title: 'Сформировать пары',
  run: (env) => formPairs(env),
  jobId: FORM_PAIRS_JOB_ID,
  caption: (_done, _total, locale) => (locale === 'en' ? 'Matching…' : 'Подбираю пары…'),
  // The matching cannot stop half-way: each dialog call may use a whole execution.
  stepBudgetMs: EXECUTION_BUDGET_MS,
};

/** Расширения → Наставник → Утвердить пары. */
export function menuApprovePairs(): void {
  runMenuAction('Утвердить пары', (env) => approvePairs(env), { lock: true });
}
