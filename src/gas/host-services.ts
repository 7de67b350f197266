import type { KeyValueStore, Locale, Progress, TimeBudget } from '../core/ports';
import type { AppsScriptServices, LockApi, PropertiesApi, SpreadsheetApi } from './apps-script-api';

/** Apps Script stops an execution at 6 minutes; work stops at 4.5 so that saving the position fits. */
export const EXECUTION_BUDGET_MS = 270_000;

/**
 * One call of the progress dialog works at most this long, so that its bar moves; each call is
 * a fresh execution with the document open (the client drives the job, not a trigger).
 */
export const DIALOG_STEP_BUDGET_MS = 60_000;

/** Small strings kept with the spreadsheet (document properties: 9 KB per value, 500 KB in all). */
export class DocumentPropertiesStore implements KeyValueStore {
  constructor(private readonly properties: PropertiesApi) {}

  get(key: string): string | null {
    return this.properties.getProperty(key);
  }

  set(key: string, value: string): void {
    this.properties.setProperty(key, value);
  }

  delete(key: string): void {
    this.properties.deleteProperty(key);
  }
}

/** The time left in this execution, measured from when the handler started. */
export function executionBudget(
  startedAt: number,
  now: () => number = Date.now,
  budgetMs = EXECUTION_BUDGET_MS,
): TimeBudget {
  return { remainingMs: () => budgetMs - (now() - startedAt) };
}

/** Progress shown as a small toast in the corner of the spreadsheet. */
export function toastProgress(spreadsheet: SpreadsheetApi, title: string): Progress {
  return {
    report(message: string, done?: number, total?: number): void {
      const counts = done !== undefined && total !== undefined ? ` (${done} из ${total})` : '';
      spreadsheet.toast(`${message}${counts}`, title, 5);
    },
  };
}

/** The user's language; Session may return '' or throw in restricted modes, so Russian is the fallback. */
export function userLocale(session: AppsScriptServices['session']): Locale {
  try {
    const code = (session.getActiveUserLocale() || '').toLowerCase();
    return code.startsWith('en') ? 'en' : 'ru';
  } catch {
    return 'ru';
  }
}

/** Thrown when another run holds the document lock; the message is shown to the user as is. */
export class BusyError extends Error {}

const LOCK_WAIT_MS = 10_000;

/** Runs `work` under the document lock, so two writers never interleave on one spreadsheet. */
export function withDocumentLock<T>(lock: LockApi | null, work: () => T): T {
  if (!lock) return work();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new BusyError(
      'Сейчас с этой таблицей уже работает другой запуск «Наставника» (ваш или коллеги). ' +
        'Подождите минуту, пока он закончится, и выберите пункт меню ещё раз.',
    );
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
