/**
 * What the sidebars may ask the server, written once: the Apps Script handlers
 * (src/gas/handlers/sidebar.ts) and the offline preview (scripts/preview.ts) both run these.
 * Every argument and result is plain JSON (dates as ISO strings): google.script.run fails on a
 * Date, a function or a DOM node.
 */
import type { Env } from '../ports';
import { readDashboard } from './dashboard';
import { readMatchingSettings, saveMatchingSettings, type SettingValue } from './matching-settings';
import { saveAndMatch } from './matching-sidebar';
import { formPairs } from './pairs/form-pairs';
import { programSheets } from './program-sheets';
import { readQuestionnaires } from './questionnaires-panel';
import { createForm } from './survey/create-form';
import { importAnswers } from './survey/import-answers';

export interface SidebarCall<Args extends unknown[], Result> {
  /** Shown in messages («Панель наставничества» не удалось выполнить: …). */
  title: string;
  /** Takes the document lock (every call that writes). */
  lock: boolean;
  /** Key of RESUMABLE_ACTIONS (src/gas/resumable-actions.ts) that finishes paused work. */
  resumeAs?: string;
  run(env: Env, ...args: Args): Result;
}

function call<Args extends unknown[], Result>(
  title: string,
  lock: boolean,
  run: (env: Env, ...args: Args) => Result,
  resumeAs?: string,
): SidebarCall<Args, Result> {
  return { title, lock, run, resumeAs };
}

export const SIDEBAR_CALLS = {
  sidebarDashboard: call('Панель наставничества', false, (env) => readDashboard(env)),
  sidebarMatchingSettings: call('Настройки подбора', false, (env) => readMatchingSettings(env)),
  sidebarSaveMatchingSettings: call('Сохранение настроек подбора', true, (env, values: Record<string, SettingValue>) =>
    saveMatchingSettings(env, values),
  ),
  sidebarFormPairs: call(
    'Сформировать пары',
    true,
    (env, values: Record<string, SettingValue>) => saveAndMatch(env, values, (inner) => formPairs(inner)),
    'formPairs',
  ),
  sidebarProgramSheets: call('О программе', false, (env) => programSheets(env)),
  sidebarQuestionnaires: call('Анкеты', false, (env) => readQuestionnaires(env)),
  sidebarCreateQuestionnaire: call(
    'Создать анкету',
    true,
    (env, template: string, wave: string) => createForm(env, String(template), String(wave)),
    'createForms',
  ),
  sidebarImportAnswers: call('Загрузить ответы', true, (env) => importAnswers(env), 'importAnswers'),
};

export type SidebarCallName = keyof typeof SIDEBAR_CALLS;
