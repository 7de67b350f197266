import type { Continuations, KeyValueStore, Locale, Progress, TimeBudget } from '../core/ports';
import type { AppsScriptServices, LockApi, PropertiesApi, SpreadsheetApi } from './apps-script-api';

/** Apps Script stops an execution at 6 minutes; work stops at 4.5 so that saving the position fits. */
export const EXECUTION_BUDGET_MS = 270_000;

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

/** The name of the top-level function that resumes paused work (exported by src/gas/entry.ts). */
export const CONTINUATION_FUNCTION = 'runContinuation';

/** Where this spreadsheet remembers the id of its waiting continuation trigger. */
export const CONTINUATION_TRIGGER_KEY = 'nastavnik:continuation-trigger';

/**
 * Follow-up runs through one-off time triggers. Add-ons may create such a trigger at most about
 * once an hour; when Google refuses, `scheduled` stays false and the user is told to run the
 * menu item again (work resumes from the saved position either way). The trigger's id is kept
 * in the document properties, so that a spreadsheet only ever touches its own trigger.
 */
export class TriggerContinuations implements Continuations {
  scheduled = false;

  constructor(
    private readonly scriptApp: AppsScriptServices['scriptApp'],
    private readonly store: KeyValueStore | null,
  ) {}

  schedule(handlerName: string, afterMs: number): void {
    const waiting = this.store?.get(CONTINUATION_TRIGGER_KEY) ?? null;
    if (waiting !== null && this.scriptApp.getProjectTriggers().some((t) => t.getUniqueId() === waiting)) {
      this.scheduled = true;
      return;
    }
    try {
      const trigger = this.scriptApp.newTrigger(handlerName).timeBased().after(afterMs).create();
      this.store?.set(CONTINUATION_TRIGGER_KEY, trigger.getUniqueId());
      this.scheduled = true;
    } catch (error) {
      console.error('Could not schedule the continuation', error);
      this.scheduled = false;
    }
  }

  /** Deletes the trigger that started this run and this spreadsheet's waiting one, if any. */
  clear(firingTriggerUid?: string): void {
    const waiting = this.store?.get(CONTINUATION_TRIGGER_KEY) ?? null;
    const mine = new Set([firingTriggerUid, waiting].filter((uid): uid is string => Boolean(uid)));
    if (mine.size === 0) return;
    for (const trigger of this.scriptApp.getProjectTriggers()) {
      if (mine.has(trigger.getUniqueId())) this.scriptApp.deleteTrigger(trigger);
    }
    if (waiting !== null) this.store?.delete(CONTINUATION_TRIGGER_KEY);
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
