import { type AppsScriptServices, appsScriptGlobals } from '../apps-script-api';
import { buildEnv } from '../env';
import { BusyError, CONTINUATION_FUNCTION, TriggerContinuations, withDocumentLock } from '../host-services';
import { RESUMABLE_ACTIONS, type ResumableAction } from '../resumable-actions';
import { PENDING_KEY, outcomeText, readPending, scheduleContinuation } from '../run-action';

/**
 * The one-off trigger's target: finishes the paused work recorded for this spreadsheet.
 * Deletes its own trigger first, runs each pending action under the document lock, shows the
 * result as a toast, and schedules itself again if something is still unfinished.
 */
export function runContinuation(
  event?: { triggerUid?: string },
  services: AppsScriptServices = appsScriptGlobals(),
  actions: Record<string, ResumableAction> = RESUMABLE_ACTIONS,
): void {
  new TriggerContinuations(services.scriptApp).clear(CONTINUATION_FUNCTION, event?.triggerUid);
  try {
    const { env, spreadsheet } = buildEnv(services, 'Наставник');
    const pending = readPending(env);
    if (pending.length === 0) return;
    const unfinished = withDocumentLock(services.lock.getDocumentLock(), () => {
      const left: string[] = [];
      for (const key of pending) {
        const action = actions[key];
        if (!action) continue;
        try {
          const outcome = action.run(env);
          if (outcome.status === 'paused') left.push(key);
          spreadsheet.toast(outcomeText(outcome), outcome.title || action.title, 30);
        } catch (error) {
          console.error(`Continuation «${key}» failed`, error);
          spreadsheet.toast('Продолжение не удалось; выберите пункт меню ещё раз.', action.title, 30);
        }
      }
      return left;
    });
    env.store.set(PENDING_KEY, JSON.stringify(unfinished));
    if (unfinished.length > 0 && !scheduleContinuation(services, env, unfinished[0])) {
      spreadsheet.toast(
        'Чтобы закончить, выберите тот же пункт меню ещё раз: работа продолжится с того же места.',
        'Наставник',
        30,
      );
    }
  } catch (error) {
    if (error instanceof BusyError) {
      // Another run holds the spreadsheet: try again a little later, keeping the pending list.
      new TriggerContinuations(services.scriptApp).schedule(CONTINUATION_FUNCTION, 60_000);
      return;
    }
    console.error('Continuation failed', error);
  }
}
