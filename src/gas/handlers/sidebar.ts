/**
 * The sidebars' server side: menu items that open them, and the functions they call with
 * google.script.run. Each returns `ActionResult` (plain JSON: the value, or a readable Russian
 * message) through runServerAction; none shows a dialog.
 */
import type { Outcome } from '../../core/outcome';
import type { Dashboard } from '../../core/usecases/dashboard';
import type { MatchingRun } from '../../core/usecases/matching-sidebar';
import type { MatchingSettingsView, SaveResult, SettingValue } from '../../core/usecases/matching-settings';
import type { ProgramSheets } from '../../core/usecases/program-sheets';
import type { QuestionnairesView } from '../../core/usecases/questionnaires-panel';
import { SIDEBAR_CALLS, type SidebarCall } from '../../core/usecases/sidebar-api';
import { type AppsScriptServices, appsScriptGlobals } from '../apps-script-api';
import { userLocale } from '../host-services';
import { type ActionResult, pausedOutcomeIn, runServerAction, showProgressDialog } from '../run-action';

/** The dist/<file>.html of each sidebar and its title in both languages. */
export const SIDEBARS = {
  panel: { file: 'panel', ru: 'Панель наставничества', en: 'Mentorship panel' },
  matching: { file: 'matching', ru: 'Подбор пар', en: 'Pair matching' },
  questionnaires: { file: 'questionnaires', ru: 'Анкеты', en: 'Questionnaires' },
} as const;

export function openSidebar(which: keyof typeof SIDEBARS, services: AppsScriptServices): void {
  const sidebar = SIDEBARS[which];
  const title = userLocale(services.session) === 'en' ? sidebar.en : sidebar.ru;
  const html = services.htmlService.createHtmlOutputFromFile(sidebar.file).setTitle(title);
  services.spreadsheetApp.getUi().showSidebar(html);
}

/** Расширения → Наставник → Панель наставничества. */
export function menuShowPanel(): void {
  openSidebar('panel', appsScriptGlobals());
}

/** Расширения → Наставник → Подбор пар. */
export function menuShowMatching(): void {
  openSidebar('matching', appsScriptGlobals());
}

/** Расширения → Наставник → Анкеты. */
export function menuShowQuestionnaires(): void {
  openSidebar('questionnaires', appsScriptGlobals());
}

/**
 * Runs a shared sidebar call in Apps Script (the Env has SheetsWorkbook and, lazily, Google Forms).
 * A call that runs a resumable job and pauses opens the progress dialog, as its menu item does:
 * the dialog continues the job (jobStep), the sidebar shows the paused outcome. Google shows one
 * add-on dialog or sidebar at a time (developers.google.com/apps-script/add-ons/concepts/dialogs),
 * so the dialog may take the sidebar's place; the job does not depend on the sidebar staying open.
 */
export function serve<Args extends unknown[], Result>(
  call: SidebarCall<Args, Result>,
  args: Args,
  services: AppsScriptServices = appsScriptGlobals(),
): ActionResult<Result> {
  const result = runServerAction(
    call.title,
    (env) => call.run(env, ...args),
    { lock: call.lock, resumeAs: call.resumeAs },
    services,
  );
  const paused = result.ok && call.resumeAs ? pausedOutcomeIn(result.value) : null;
  if (paused) {
    try {
      showProgressDialog(services, paused.title || call.title);
    } catch (error) {
      // The work done is saved and the sidebar shows the paused outcome (choose the menu item again).
      console.error('The progress dialog did not open', error);
    }
  }
  return result;
}

export function sidebarDashboard(): ActionResult<Dashboard> {
  return serve(SIDEBAR_CALLS.sidebarDashboard, []);
}

export function sidebarMatchingSettings(): ActionResult<MatchingSettingsView> {
  return serve(SIDEBAR_CALLS.sidebarMatchingSettings, []);
}

export function sidebarSaveMatchingSettings(values: Record<string, SettingValue>): ActionResult<SaveResult> {
  return serve(SIDEBAR_CALLS.sidebarSaveMatchingSettings, [values]);
}

export function sidebarFormPairs(values: Record<string, SettingValue>): ActionResult<MatchingRun> {
  return serve(SIDEBAR_CALLS.sidebarFormPairs, [values]);
}

export function sidebarProgramSheets(): ActionResult<ProgramSheets> {
  return serve(SIDEBAR_CALLS.sidebarProgramSheets, []);
}

export function sidebarQuestionnaires(): ActionResult<QuestionnairesView> {
  return serve(SIDEBAR_CALLS.sidebarQuestionnaires, []);
}

export function sidebarCreateQuestionnaire(template: string, wave: string): ActionResult<Outcome> {
  return serve(SIDEBAR_CALLS.sidebarCreateQuestionnaire, [template, wave]);
}

export function sidebarImportAnswers(): ActionResult<Outcome> {
  return serve(SIDEBAR_CALLS.sidebarImportAnswers, []);
}

/** «Открыть лист» buttons: activates the sheet in the spreadsheet. */
export function sidebarOpenSheet(name: string): ActionResult<string> {
  return openSheet(name, appsScriptGlobals());
}

export function openSheet(name: string, services: AppsScriptServices): ActionResult<string> {
  const sheetName = String(name);
  const opened = runServerAction(
    'Открыть лист',
    () => {
      const sheet = services.spreadsheetApp.getActiveSpreadsheet()?.getSheetByName(sheetName);
      sheet?.activate();
      return sheet !== null && sheet !== undefined;
    },
    {},
    services,
  );
  if (!opened.ok) return opened;
  if (!opened.value)
    return {
      ok: false,
      message: `Листа «${sheetName}» в таблице нет. Возможно, его ещё не создали или переименовали.`,
    };
  return { ok: true, value: sheetName };
}
