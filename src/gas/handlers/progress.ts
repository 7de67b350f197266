/**
 * The server side of the progress dialog (sidebar/progress): each `jobStep` call is a fresh
 * execution with the spreadsheet open — the client drives long work, never a time trigger (an
 * add-on's trigger runs without the document). The dialog stops calling when the job is done,
 * when the user presses «Отменить» (then `jobCancel`), or when it is closed: the job's position
 * stays saved and the same menu item continues from it.
 */
import type { Outcome } from '../../core/outcome';
import { type AppsScriptServices, appsScriptGlobals } from '../apps-script-api';
import { DIALOG_STEP_BUDGET_MS, userLocale } from '../host-services';
import { RESUMABLE_ACTIONS, type ResumableAction, cancelAction } from '../resumable-actions';
import { type ActionResult, CURRENT_JOB_KEY, runServerAction } from '../run-action';

/** What the dialog shows after each step (plain JSON). */
export interface JobProgress {
  jobId: string;
  title: string;
  status: 'running' | 'done' | 'cancelled' | 'nothing';
  done: number | null;
  total: number | null;
  /** «Создано 40 из 120»; '' when the job does not count. */
  caption: string;
  lines: string[];
}

/** The next chunk of the job `jobId` ('' = the job this spreadsheet's dialog was opened for). */
export function jobStep(jobId: string): ActionResult<JobProgress> {
  return stepJob(String(jobId ?? ''), appsScriptGlobals());
}

/** «Отменить»: forgets the saved position; what was done stays done. */
export function jobCancel(jobId: string): ActionResult<JobProgress> {
  return cancelJob(String(jobId ?? ''), appsScriptGlobals());
}

/** The job a dialog call means: the one named, or the one this spreadsheet's dialog was opened for. */
function resolveJob(
  jobId: string,
  services: AppsScriptServices,
  actions: Record<string, ResumableAction>,
): { key: string; action: ResumableAction | undefined } {
  const key = jobId || currentJob(services) || '';
  return { key, action: key ? actions[key] : undefined };
}

export function stepJob(
  jobId: string,
  services: AppsScriptServices,
  actions: Record<string, ResumableAction> = RESUMABLE_ACTIONS,
): ActionResult<JobProgress> {
  const job = resolveJob(jobId, services, actions);
  if (!job.action) return { ok: true, value: nothingToDo(job.key) };
  const { key, action } = job;
  const locale = userLocale(services.session);
  const result = runServerAction(
    action.title,
    (env) => action.run(env),
    {
      lock: true,
      resumeAs: key,
      budgetMs: action.stepBudgetMs ?? DIALOG_STEP_BUDGET_MS,
    },
    services,
  );
  if (!result.ok) return result;
  return { ok: true, value: progressOf(key, action, result.value, locale) };
}

export function cancelJob(
  jobId: string,
  services: AppsScriptServices,
  actions: Record<string, ResumableAction> = RESUMABLE_ACTIONS,
): ActionResult<JobProgress> {
  const job = resolveJob(jobId, services, actions);
  if (!job.action) return { ok: true, value: nothingToDo(job.key) };
  const { key, action } = job;
  const result = runServerAction(
    action.title,
    (env) => {
      cancelAction(env, action);
      if (env.store.get(CURRENT_JOB_KEY) === key) env.store.delete(CURRENT_JOB_KEY);
      return true;
    },
    { lock: true },
    services,
  );
  if (!result.ok) return result;
  return { ok: true, value: cancelledProgress(key, action) };
}

/** What the dialog shows after «Отменить» (also the preview's, scripts/preview.ts). */
export function cancelledProgress(key: string, action: Pick<ResumableAction, 'title'>): JobProgress {
  return {
    jobId: key,
    title: action.title,
    status: 'cancelled',
    done: null,
    total: null,
    caption: '',
    lines: [
      'Остановлено. Сделанное сохранено в таблице; если выбрать пункт меню снова, работа начнётся заново, а уже сделанное не повторится.',
    ],
  };
}

function currentJob(services: AppsScriptServices): string | null {
  const result = runServerAction('Наставник', (env) => env.store.get(CURRENT_JOB_KEY), {}, services);
  return result.ok ? result.value : null;
}

/** What the dialog shows after a step: a running job's caption, or the finished job's lines. */
export function progressOf(
  key: string,
  action: Pick<ResumableAction, 'title' | 'caption'>,
  outcome: Outcome,
  locale: 'ru' | 'en',
): JobProgress {
  const figure = (name: string) =>
    typeof outcome.figures?.[name] === 'number' ? (outcome.figures[name] as number) : null;
  const done = figure('done');
  const total = figure('total');
  const paused = outcome.status === 'paused';
  return {
    jobId: key,
    title: outcome.title || action.title,
    status: paused ? 'running' : 'done',
    done,
    total,
    caption: paused && done !== null && total !== null ? action.caption(done, total, locale) : '',
    lines: paused ? [] : outcome.lines,
  };
}

export function nothingToDo(key: string): JobProgress {
  return {
    jobId: key,
    title: 'Наставник',
    status: 'nothing',
    done: null,
    total: null,
    caption: '',
    lines: ['Незавершённой работы нет: всё уже сделано. Чтобы начать заново, выберите нужный пункт меню.'],
  };
}
