import type { Outcome } from '../core/outcome';
import type { Env } from '../core/ports';
import { createDocuments, DOCUMENTS_JOB_ID } from '../core/usecases/documents';
import { withGoogleDocs } from './handlers/documents';

/**
 * Work that may pause at the time limit and continue in a follow-up run. A handler passes
 * `{ resumeAs: '<key>' }` to runMenuAction; when its outcome is `paused`, `runContinuation`
 * later calls `RESUMABLE_ACTIONS[key].run(env)` (no dialogs there: the result is shown as a toast).
 * Features add one line each, e.g.
 *   `importAnswers: { title: 'Импорт ответов', run: importAnswers, jobId: IMPORT_JOB_ID },`
 * (`jobId`: the runJob id, so that work already finished from the menu is never started again).
 */
export interface ResumableAction {
  title: string;
  run(env: Env): Outcome;
  /** The runJob id behind the action: the continuation runs it only while that job has saved state. */
  jobId?: string;
}

export const RESUMABLE_ACTIONS: Record<string, ResumableAction> = {
  documents: { title: 'Документы', run: (env) => createDocuments(withGoogleDocs(env), []), jobId: DOCUMENTS_JOB_ID },
};
