/**
 * The one wrapper every Apps Script handler goes through.
 *
 * Menu item (src/gas/handlers/<feature>.ts):
 *
 *   export function menuImportAnswers(): void {
 *     runMenuAction('Импорт ответов', (env) => importAnswers(env), { lock: true, resumeAs: 'importAnswers' });
 *   }
 *
 * Sidebar server function (called with google.script.run; returns plain JSON, never shows a dialog):
 *
 *   export function sidebarDashboard(): ActionResult<Dashboard> {
 *     return runServerAction('Сводка', (env) => readDashboard(env));
 *   }
 *
 * What the wrapper does:
 * - builds the Env (SheetsWorkbook, clock, toast progress, a 4.5-minute budget counted from
 *   `startedAt` — pass the handler's start when it showed a dialog first —, document
 *   properties, the user's locale ru/en);
 * - with `lock: true` (every handler that writes) runs under the document lock; if another run
 *   holds it the user reads a plain Russian message and nothing is touched;
 * - runMenuAction shows the Outcome as an alert (title + lines); a `paused` outcome with
 *   `resumeAs` (a key of RESUMABLE_ACTIONS, src/gas/resumable-actions.ts) opens the progress
 *   dialog instead, which calls `jobStep` through google.script.run until the job is done.
 *   No time trigger: in a published add-on it would run without the document (engineering notes);
 * - any thrown error becomes a readable Russian message (logged with console.error, never a
 *   stack trace in the dialog).
 */
import type { Outcome } from '../core/outcome';
import type { Env } from '../core/ports';
import { type AppsScriptServices, appsScriptGlobals } from './apps-script-api';
import { buildEnv } from './env';
import { BusyError, withDocumentLock } from './host-services';

export interface ActionOptions {
  /** Take the document lock (every handler that writes to the spreadsheet). */
  lock?: boolean;
  /** Key in RESUMABLE_ACTIONS (src/gas/resumable-actions.ts) that finishes paused work. */
  resumeAs?: string;
  /** When the handler started (services.clock.now()); default: now. */
  startedAt?: number;
  /** A shorter budget than the 4.5 minutes (the progress dialog's steps). */
  budgetMs?: number;
}

/** What a sidebar receives: the value, or a message to show instead. */
export type ActionResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** The resumeAs key of the job this spreadsheet's progress dialog drives (document properties). */
export const CURRENT_JOB_KEY = 'nastavnik:current-job';

export const CONTINUE_LINE =
  'Чтобы продолжить, выберите этот пункт меню ещё раз: откроется окно, которое доведёт работу до конца с того же места.';

/** The file (dist/progress.html) and size of the progress dialog. */
export const PROGRESS_DIALOG = { file: 'progress', width: 420, height: 220 } as const;

export function runMenuAction(
  title: string,
  action: (env: Env) => Outcome,
  options: ActionOptions = {},
  services: AppsScriptServices = appsScriptGlobals(),
): void {
  const startedAt = options.startedAt ?? services.clock.now();
  const ui = services.spreadsheetApp.getUi();
  const result = runServerAction(title, action, { ...options, startedAt }, services);
  if (!result.ok) {
    ui.alert(title, result.message, ui.ButtonSet.OK);
    return;
  }
  const outcome = result.value;
  if (outcome.status === 'paused' && options.resumeAs) {
    showProgressDialog(services, outcome.title || title);
    return;
  }
  ui.alert(outcome.title || title, outcomeText(outcome), ui.ButtonSet.OK);
}

/** Opens the dialog that continues the spreadsheet's current job chunk by chunk. */
export function showProgressDialog(services: AppsScriptServices, title: string): void {
  const html = services.htmlService
    .createHtmlOutputFromFile(PROGRESS_DIALOG.file)
    .setWidth(PROGRESS_DIALOG.width)
    .setHeight(PROGRESS_DIALOG.height);
  services.spreadsheetApp.getUi().showModalDialog(html, title);
}

/** Like runMenuAction, but returns the result (for google.script.run) instead of showing a dialog. */
export function runServerAction<T>(
  title: string,
  action: (env: Env) => T,
  options: ActionOptions = {},
  services: AppsScriptServices = appsScriptGlobals(),
): ActionResult<T> {
  try {
    const env = buildEnv(services, title, options.startedAt, options.budgetMs);
    const run = () => action(env.env);
    const value = options.lock ? withDocumentLock(services.lock.getDocumentLock(), run) : run();
    const paused = pausedOutcomeIn(value);
    if (options.resumeAs) trackJob(env.env, options.resumeAs, paused !== null);
    if (options.resumeAs && paused) paused.lines = [...paused.lines, CONTINUE_LINE];
    return { ok: true, value };
  } catch (error) {
    return { ok: false, message: userMessage(title, error) };
  }
}

/** A paused job becomes the spreadsheet's current one (the dialog continues it); a finished one is forgotten. */
export function trackJob(env: Env, resumeAs: string, paused: boolean): void {
  if (paused) env.store.set(CURRENT_JOB_KEY, resumeAs);
  else if (env.store.get(CURRENT_JOB_KEY) === resumeAs) env.store.delete(CURRENT_JOB_KEY);
}

export function outcomeText(outcome: Outcome): string {
  return outcome.lines.join('\n');
}

export function isPausedOutcome(value: unknown): value is Outcome {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Outcome).status === 'paused' &&
    Array.isArray((value as Outcome).lines)
  );
}

/** The paused outcome a call returned: itself, or the `outcome` of a sidebar's result (MatchingRun). */
export function pausedOutcomeIn(value: unknown): Outcome | null {
  if (isPausedOutcome(value)) return value;
  const inner = typeof value === 'object' && value !== null ? (value as { outcome?: unknown }).outcome : undefined;
  return isPausedOutcome(inner) ? inner : null;
}

/** A readable message for the user; the details go to the execution log. */
export function userMessage(title: string, error: unknown): string {
  if (error instanceof BusyError) return error.message;
  console.error(`«${title}» failed`, error);
  const detail = error instanceof Error ? error.message : String(error);
  if (/authoriz|авториз|permission|разрешени/i.test(detail)) {
    return `«${title}»: у дополнения нет нужного разрешения. Откройте Расширения → Наставник ещё раз и разрешите доступ, затем повторите.`;
  }
  if (/Service invoked too many times|Превышен|quota|лимит/i.test(detail)) {
    return `«${title}»: Google временно ограничил число операций. Подождите несколько минут и повторите.`;
  }
  return `«${title}» не удалось выполнить: ${firstLine(detail)}. Если ошибка повторяется, передайте этот текст тому, кто сопровождает таблицу.`;
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').replace(/[.\s]+$/, '').slice(0, 300) || 'неизвестная ошибка';
}
