/**
 * Menu actions the preview can run offline: the same core use cases the Apps Script menu
 * handlers run (src/gas/handlers/*), keyed by the menu function name a sidebar button calls.
 * A test checks that every key is a MENU target.
 */
import type { Outcome } from '../src/core/outcome';
import type { Env } from '../src/core/ports';
import { checkBases } from '../src/core/usecases/check-bases';
import { runIndicators } from '../src/core/usecases/indicators';
import { approvePairs } from '../src/core/usecases/pairs/approve-pairs';
import { formPairs } from '../src/core/usecases/pairs/form-pairs';
import { generateRoadmapUseCase } from '../src/core/usecases/roadmap';
import { setupWorkbook } from '../src/core/usecases/setup-workbook';
import { importAnswers } from '../src/core/usecases/survey/import-answers';
import { runSwot } from '../src/core/usecases/swot';
import { PAIRS_RESUME_KEY, pairsAction } from '../src/gas/handlers/pairs';
import { ANSWERS_RESUME_KEY, answersImportAction } from '../src/gas/handlers/survey';
import type { ResumableAction } from '../src/gas/resumable-actions';

export const PREVIEW_MENU_ACTIONS: Record<string, (env: Env) => Outcome> = {
  menuSetupWorkbook: setupWorkbook,
  menuCheckBases: checkBases,
  menuFormPairs: (env) => formPairs(env),
  menuApprovePairs: (env) => approvePairs(env),
  menuIndicators: runIndicators,
  menuSwot: runSwot,
  menuImportAnswers: (env) => importAnswers(env),
  menuGenerateRoadmap: (env) => generateRoadmapUseCase(env),
};

/**
 * The resumable jobs the preview's progress dialog (dist/progress.html) drives through jobStep /
 * jobCancel: the same titles, job ids and captions as Apps Script's RESUMABLE_ACTIONS, run by the
 * offline engine. `answerRowsPerChunk` makes a small import take several chunks (tests).
 */
export function previewJobs(tuning: { answerRowsPerChunk?: number } = {}): Record<string, PreviewJob> {
  const answers = answersImportAction(() => {
    throw new Error('Google Формы недоступны в предпросмотре');
  });
  return {
    [ANSWERS_RESUME_KEY]: {
      title: answers.title,
      jobId: answers.jobId,
      caption: answers.caption,
      run: (env) => importAnswers(env, [], { rowsPerChunk: tuning.answerRowsPerChunk }),
    },
    [PAIRS_RESUME_KEY]: { ...pairsAction, run: (env) => formPairs(env) },
  };
}

export type PreviewJob = Pick<ResumableAction, 'title' | 'jobId' | 'caption' | 'run' | 'stepBudgetMs'>;
