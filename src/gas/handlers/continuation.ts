import { hasPendingJob } from '../../core/jobs/run-job';
import type { Env } from '../../core/ports';
import { type AppsScriptServices, appsScriptGlobals } from '../apps-script-api';
import { buildEnv } from '../env';
import { BusyError, TriggerContinuations, withDocumentLock } from '../host-services';
import { RESUMABLE_ACTIONS, type ResumableAction } from '../resumable-actions';
import { PENDING_KEY, outcomeText, readPending, scheduleContinuation } from '../run-action';

const CONTINUE_TITLE = 'Наставник';

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
  let env: Env;
  let toast: (message: string, title: string) => void;
  try {
    const built = buildEnv(services, CONTINUE_TITLE);
    env = built.env;
    toast = (message, title) => built.spreadsheet.toast(message, title, 30);
  } catch (error) {
    // No spreadsheet here (Google may run a trigger without one): drop this trigger; the user's
    // next click on the menu item resumes from the saved position.
    new TriggerContinuations(services.scriptApp, null).clear(event?.triggerUid);
    console.error('Continuation could not open the spreadsheet', error);
    return;
  }
  new TriggerContinuations(services.scriptApp, env.store).clear(event?.triggerUid);
  const pending = readPending(env);
  if (pending.length === 0) return;
  let unfinished: string[];
  try {
    unfinished = withDocumentLock(services.lock.getDocumentLock(), () => runPending(env, pending, actions, toast));
  } catch (error) {
    if (!(error instanceof BusyError)) throw error;
    // Another run holds the spreadsheet: try again a little later, keeping the pending list.
    scheduleContinuation(services, env, pending[0]);
    return;
  }
  env.store.set(PENDING_KEY, JSON.stringify(unfinished));
  if (unfinished.length > 0 && !scheduleContinuation(services, env, unfinished[0])) {
    toast('Чтобы закончить, выберите тот же пункт меню ещё раз: работа продолжится с того же места.', CONTINUE_TITLE);
  }
}

/** Runs each pending action once; returns the keys that paused again. */
function runPending(
  env: Env,
  pending: string[],
  actions: Record<string, ResumableAction>,
  toast: (message: string, title: string) => void,
): string[] {
  const left: string[] = [];
  for (const key of pending) {
    const action = actions[key];
    if (!action || (action.jobId !== undefined && !hasPendingJob(env.store, action.jobId))) continue;
    try {
      const outcome = action.run(env);
      if (outcome.status === 'paused') left.push(key);
      toast(outcomeText(outcome), outcome.title || action.title);
    } catch (error) {
      console.error(`Continuation «${key}» failed`, error);
      toast('Продолжение не удалось; выберите пункт меню ещё раз.', action.title);
    }
  }
  return left;
}
