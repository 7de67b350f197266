import { abandonJob } from '../core/jobs/run-job';
import type { Outcome } from '../core/outcome';
import type { Env, Locale } from '../core/ports';
import { createDocuments, DOCUMENTS_JOB_ID } from '../core/usecases/documents';
import { withGoogleDocs } from './handlers/documents';
import { PAIRS_RESUME_KEY, pairsAction } from './handlers/pairs';
import { ANSWERS_RESUME_KEY, answersImportAction, FORMS_RESUME_KEY, formsCreationAction } from './handlers/survey';
import { appsScriptForms } from './forms-adapter';

/**
 * Work that may pause at the time limit and continue in the progress dialog (sidebar/progress):
 * a handler passes `{ resumeAs: '<key>' }` to runMenuAction; when its outcome is `paused`, the
 * dialog calls `jobStep` (src/gas/handlers/progress.ts), which runs `RESUMABLE_ACTIONS[key].run`
 * again and again — each call a fresh execution — until the job is done. `run` continues from the
 * job's saved state (runJob), so closing the dialog loses nothing and the same menu item resumes.
 */
export interface ResumableAction {
  title: string;
  run(env: Env): Outcome;
  /** The runJob id behind the action (its saved state is forgotten on «Отменить»). */
  jobId: string;
  /** «Создано 40 из 120». */
  caption(done: number, total: number, locale: Locale): string;
  /** The budget of one dialog call, when a chunk may need more than DIALOG_STEP_BUDGET_MS. */
  stepBudgetMs?: number;
}

export const RESUMABLE_ACTIONS: Record<string, ResumableAction> = {
  documents: {
    title: 'Документы',
    run: (env) => createDocuments(withGoogleDocs(env), []),
    jobId: DOCUMENTS_JOB_ID,
    caption: (done, total, locale) => (locale === 'en' ? `Created ${done} of ${total}` : `Создано ${done} из ${total}`),
  },
  [ANSWERS_RESUME_KEY]: answersImportAction(appsScriptForms),
  [FORMS_RESUME_KEY]: formsCreationAction(appsScriptForms),
  [PAIRS_RESUME_KEY]: pairsAction,
};

/** Forgets the saved position of the action's job (the progress dialog's «Отменить»). */
export function cancelAction(env: Env, action: ResumableAction): void {
  abandonJob(env.store, action.jobId);
}
