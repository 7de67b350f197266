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
 * - builds the Env (SheetsWorkbook, clock, toast progress, a 4.5-minute budget, document
 *   properties, the user's locale ru/en);
 * - with `lock: true` (every handler that writes) runs under the document lock; if another run
 *   holds it the user reads a plain Russian message and nothing is touched;
 * - runMenuAction shows the Outcome as an alert (title + lines); a `paused` outcome with
 *   `resumeAs` schedules the continuation (a one-off trigger running `runContinuation`, which
 *   calls RESUMABLE_ACTIONS[resumeAs] — add your action there) and says so;
 * - any thrown error becomes a readable Russian message (logged with console.error, never a
 *   stack trace in the dialog).
 */
import type { Outcome } from '../core/outcome';
import type { Env } from '../core/ports';
import { type AppsScriptServices, appsScriptGlobals } from './apps-script-api';
import { BusyError, CONTINUATION_FUNCTION, TriggerContinuations, withDocumentLock } from './host-services';
import { buildEnv } from './env';

export interface ActionOptions {
  /** Take the document lock (every handler that writes to the spreadsheet). */
  lock?: boolean;
  /** Key in RESUMABLE_ACTIONS (src/gas/resumable-actions.ts) that finishes paused work. */
  resumeAs?: string;
}

/** What a sidebar receives: the value, or a message to show instead. */
export type ActionResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Pending continuations (resumeAs keys) for this spreadsheet, as JSON in document properties. */
export const PENDING_KEY = 'nastavnik:pending-continuations';
const CONTINUE_AFTER_MS = 60_000;

export function runMenuAction(
  title: string,
  action: (env: Env) => Outcome,
  options: ActionOptions = {},
  services: AppsScriptServices = appsScriptGlobals(),
): void {
  const ui = services.spreadsheetApp.getUi();
  const result = runServerAction(title, action, options, services);
  if (!result.ok) {
    ui.alert(title, result.message, ui.ButtonSet.OK);
    return;
  }
  const outcome = result.value;
  ui.alert(outcome.title || title, outcomeText(outcome), ui.ButtonSet.OK);
}

/** Like runMenuAction, but returns the result (for google.script.run) instead of showing a dialog. */
export function runServerAction<T>(
  title: string,
  action: (env: Env) => T,
  options: ActionOptions = {},
  services: AppsScriptServices = appsScriptGlobals(),
): ActionResult<T> {
  try {
    const env = buildEnv(services, title);
    const run = () => action(env.env);
    const value = options.lock ? withDocumentLock(services.lock.getDocumentLock(), run) : run();
    if (isPausedOutcome(value)) {
      const scheduled = options.resumeAs ? scheduleContinuation(services, env.env, options.resumeAs) : false;
      value.lines = [...value.lines, ...continuationLines(scheduled)];
    } else if (options.resumeAs) {
      // Finished from the menu: a continuation must not start the same work afresh.
      forgetContinuation(services, env.env, options.resumeAs);
    }
    return { ok: true, value };
  } catch (error) {
    return { ok: false, message: userMessage(title, error) };
  }
}

/** Records the pending action and asks for a one-off trigger; false if Google refused the trigger. */
export function scheduleContinuation(services: AppsScriptServices, env: Env, resumeAs: string): boolean {
  const pending = readPending(env);
  if (!pending.includes(resumeAs)) env.store.set(PENDING_KEY, JSON.stringify([...pending, resumeAs]));
  const continuations = new TriggerContinuations(services.scriptApp, env.store);
  continuations.schedule(CONTINUATION_FUNCTION, CONTINUE_AFTER_MS);
  return continuations.scheduled;
}

/** Drops a finished action from the pending list; with nothing left, removes the waiting trigger. */
export function forgetContinuation(services: AppsScriptServices, env: Env, resumeAs: string): void {
  const pending = readPending(env);
  if (!pending.includes(resumeAs)) return;
  const left = pending.filter((key) => key !== resumeAs);
  env.store.set(PENDING_KEY, JSON.stringify(left));
  if (left.length === 0) new TriggerContinuations(services.scriptApp, env.store).clear();
}

export function readPending(env: Env): string[] {
  try {
    const parsed: unknown = JSON.parse(env.store.get(PENDING_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

export function outcomeText(outcome: Outcome): string {
  return outcome.lines.join('\n');
}

function continuationLines(scheduled: boolean): string[] {
  return scheduled
    ? [
        'Работа продолжится автоматически примерно через минуту. Можно также снова выбрать этот пункт меню — она продолжится с того же места.',
      ]
    : ['Чтобы закончить, выберите этот пункт меню ещё раз: работа продолжится с того места, где остановилась.'];
}

function isPausedOutcome(value: unknown): value is Outcome {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Outcome).status === 'paused' &&
    Array.isArray((value as Outcome).lines)
  );
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
