/**
 * The sidebars' server side: menu items that open them, and the functions they call with
 * google.script.run. Each returns `ActionResult` (plain JSON: the value, or a readable Russian
 * message) through runServerAction; none shows a dialog.
 */
import type { Outcome } from '../../core/outcome';
import type { Dashboard } from '../../core/usecases/dashboard';
import type { MatchingSettingsView, SaveResult, SettingValue } from '../../core/usecases/matching-settings';
import type { ProgramSheets } from '../../core/usecases/program-sheets';
import type { QuestionnairesView } from '../../core/usecases/questionnaires-panel';
import { SIDEBAR_CALLS, type SidebarCall } from '../../core/usecases/sidebar-api';
import { type AppsScriptServices, appsScriptGlobals } from '../apps-script-api';
import { type ActionResult, runServerAction } from '../run-action';

/** The part of HtmlService / Ui a sidebar needs (typed against the real API). */
export interface SidebarHtml {
  setTitle(title: string): SidebarHtml;
}
export interface SidebarServices {
  createHtmlOutputFromFile(file: string): SidebarHtml;
  showSidebar(html: SidebarHtml): void;
  locale(): string;
  /** Activates a sheet of the active spreadsheet; false when it does not exist. */
  activateSheet(name: string): boolean;
}

export function sidebarGlobals(): SidebarServices {
  return {
    createHtmlOutputFromFile: (file) => HtmlService.createHtmlOutputFromFile(file),
    showSidebar: (html) => SpreadsheetApp.getUi().showSidebar(html as GoogleAppsScript.HTML.HtmlOutput),
    locale: () => Session.getActiveUserLocale(),
    activateSheet: (name) => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet()?.getSheetByName(name);
      if (!sheet) return false;
      sheet.activate();
      return true;
    },
  };
}

/** The dist/<file>.html of each sidebar and its title in both languages. */
export const SIDEBARS = {
  panel: { file: 'panel', ru: 'Панель наставничества', en: 'Mentorship panel' },
  matching: { file: 'matching', ru: 'Подбор пар', en: 'Pair matching' },
  questionnaires: { file: 'questionnaires', ru: 'Анкеты', en: 'Questionnaires' },
} as const;

export function openSidebar(which: keyof typeof SIDEBARS, services: SidebarServices = sidebarGlobals()): void {
  const sidebar = SIDEBARS[which];
  let english = false;
  try {
    english = (services.locale() || '').toLowerCase().startsWith('en');
  } catch {
    english = false;
  }
  services.showSidebar(services.createHtmlOutputFromFile(sidebar.file).setTitle(english ? sidebar.en : sidebar.ru));
}

/** Расширения → Наставник → Панель наставничества. */
export function menuShowPanel(): void {
  openSidebar('panel');
}

/** Расширения → Наставник → Подбор пар. */
export function menuShowMatching(): void {
  openSidebar('matching');
}

/** Расширения → Наставник → Анкеты. */
export function menuShowQuestionnaires(): void {
  openSidebar('questionnaires');
}

function serve<Args extends unknown[], Result>(
  call: SidebarCall<Args, Result>,
  args: Args,
  services: AppsScriptServices = appsScriptGlobals(),
): ActionResult<Result> {
  return runServerAction(call.title, (env) => call.run(env, ...args), { lock: call.lock, resumeAs: call.resumeAs }, services);
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
  try {
    if (typeof name !== 'string' || !sidebarGlobals().activateSheet(name)) {
      return { ok: false, message: `Листа «${String(name)}» в таблице нет. Возможно, его ещё не создали или переименовали.` };
    }
    return { ok: true, value: name };
  } catch (error) {
    console.error('sidebarOpenSheet failed', error);
    return { ok: false, message: `Не удалось открыть лист «${String(name)}». Откройте его вкладкой внизу таблицы.` };
  }
}
