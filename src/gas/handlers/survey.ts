/**
 * Questionnaires in Google Sheets: «Создать анкету» (a Google Form from a template),
 * «Загрузить ответы» (response sheets → «Ответы», bases, «Предпочтения», «Динамика»), and the
 * «Анкеты» sidebar calls the same use cases through src/core/usecases/sidebar-api.ts.
 */
import type { Env } from '../../core/ports';
import type { FormsPort } from '../../core/survey/forms-port';
import { hasPendingJob } from '../../core/jobs/run-job';
import { createForms, type FormChoice, FORMS_JOB_ID } from '../../core/usecases/survey/create-form';
import { recomputeDynamics } from '../../core/usecases/survey/dynamics';
import { ANSWERS_IMPORT_JOB_ID, type ImportOptions, importAnswers } from '../../core/usecases/survey/import-answers';
import { loadTemplates } from '../../core/usecases/survey/workspace';
import { type AppsScriptServices, appsScriptGlobals } from '../apps-script-api';
import { appsScriptForms } from '../forms-adapter';
import type { ResumableAction } from '../resumable-actions';
import { runMenuAction, runServerAction } from '../run-action';

/** The key of a paused «Загрузить ответы» in RESUMABLE_ACTIONS. */
export const ANSWERS_RESUME_KEY = 'importAnswers';
/** The key of a paused «Создать анкету» (several forms) in RESUMABLE_ACTIONS. */
export const FORMS_RESUME_KEY = 'createForms';

export interface TemplateChoice {
  code: string;
  title: string;
  waves: string[];
}

export interface PromptUi {
  prompt(
    title: string,
    prompt: string,
    buttons: GoogleAppsScript.Base.ButtonSet,
  ): { getSelectedButton(): GoogleAppsScript.Base.Button; getResponseText(): string };
  alert(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  ButtonSet: typeof GoogleAppsScript.Base.ButtonSet;
  Button: typeof GoogleAppsScript.Base.Button;
}

/** How handlers get the forms port (tests pass a FormApp fake). */
export type FormsFactory = () => FormsPort;

const withForms =
  (forms: FormsFactory) =>
  (env: Env): Env => ({ ...env, forms: forms() });

/** Расширения → Наставник → Создать анкету… */
export function menuCreateForm(): void {
  createFormWithPrompt(appsScriptGlobals(), appsScriptForms, SpreadsheetApp.getUi());
}

/** Расширения → Наставник → Загрузить ответы. */
export function menuImportAnswers(): void {
  importAnswersWith(appsScriptGlobals(), appsScriptForms);
}

/** Расширения → Наставник → Пересчитать динамику (after editing «Пары» or the minimum group size). */
export function menuRecomputeDynamics(): void {
  runMenuAction('Динамика', (env) => recomputeDynamics(env), { lock: true });
}

/**
 * Asks which questionnaires to create («3 вход» or several: «1, 2, 3 вход»), then creates them as
 * one resumable job: past the time limit the progress dialog continues it («Создано 2 из 5»).
 * With a creation paused (the dialog was closed), the same menu item continues it without asking.
 */
export function createFormWithPrompt(services: AppsScriptServices, forms: FormsFactory, ui: PromptUi): void {
  // The prompt suspends the script but not its clock: the budget counts from here.
  const startedAt = services.clock.now();
  const run = (choices: FormChoice[]) =>
    runMenuAction(
      'Создать анкету',
      (env) => createForms(withForms(forms)(env), choices),
      { lock: true, startedAt, resumeAs: FORMS_RESUME_KEY },
      services,
    );
  const listed = runServerAction(
    'Создать анкету',
    (env) => ({ pending: hasPendingJob(env.store, FORMS_JOB_ID), choices: templateChoices(env) }),
    { lock: true, startedAt },
    services,
  );
  if (!listed.ok) {
    ui.alert('Создать анкету', listed.message, ui.ButtonSet.OK);
    return;
  }
  if (listed.value.pending) {
    run([]);
    return;
  }
  const answer = ui.prompt('Создать анкету', promptText(listed.value.choices), ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const chosen = parseChoices(answer.getResponseText(), listed.value.choices);
  if (typeof chosen === 'string') {
    ui.alert('Создать анкету', chosen, ui.ButtonSet.OK);
    return;
  }
  run(chosen.map((choice) => ({ template: choice.code, wave: choice.wave })));
}

export function templateChoices(env: Env): TemplateChoice[] {
  return loadTemplates(env.workbook, []).map((t) => ({ code: t.code, title: t.title, waves: [...t.waves] }));
}

function promptText(choices: readonly TemplateChoice[]): string {
  const lines = choices.map((c, i) => `${i + 1} — ${c.title} (${c.waves.join(', ')})`);
  return `Введите номер анкеты и волну, например «3 вход»; несколько анкет — через запятую: «1, 2, 3 вход»:\n${lines.join('\n')}`;
}

/** «3 вход» → the third template, wave «вход»; a one-wave template needs no wave. */
export function parseChoice(text: string, choices: readonly TemplateChoice[]): { code: string; wave: string } | string {
  const match = /^\s*(\d+)\s*[.:-]?\s*(\S*)\s*$/u.exec(text.toLowerCase());
  const template = match ? choices[Number(match[1]) - 1] : undefined;
  if (!match || !template) return `Не понял номер анкеты «${text.trim()}». Введите число от 1 до ${choices.length}.`;
  const wave = match[2] || (template.waves.length === 1 ? template.waves[0] : '');
  if (!template.waves.includes(wave))
    return `Для анкеты «${template.title}» укажите волну: ${template.waves.join(' или ')}.`;
  return { code: template.code, wave };
}

/** «1, 2; 3 вход» → each part by parseChoice, repeats dropped; the first part not understood is the message. */
export function parseChoices(
  text: string,
  choices: readonly TemplateChoice[],
): Array<{ code: string; wave: string }> | string {
  const parts = text.split(/[,;]/).filter((part) => part.trim() !== '');
  if (parts.length === 0) return parseChoice(text, choices) as string;
  const chosen: Array<{ code: string; wave: string }> = [];
  for (const part of parts) {
    const choice = parseChoice(part, choices);
    if (typeof choice === 'string') return choice;
    if (!chosen.some((c) => c.code === choice.code && c.wave === choice.wave)) chosen.push(choice);
  }
  return chosen;
}

/** A large import runs in chunks; past the time limit the progress dialog continues it (answersImportAction). */
export function importAnswersWith(
  services: AppsScriptServices,
  forms: FormsFactory,
  options: ImportOptions = {},
): void {
  runMenuAction(
    'Загрузить ответы',
    (env) => importAnswers(withForms(forms)(env), [], options),
    { lock: true, resumeAs: ANSWERS_RESUME_KEY },
    services,
  );
}

/** What the progress dialog runs to continue «Загрузить ответы» (RESUMABLE_ACTIONS). */
export function answersImportAction(forms: FormsFactory, options: ImportOptions = {}): ResumableAction {
  return {
    title: 'Загрузить ответы',
    run: (env) => importAnswers(withForms(forms)(env), [], options),
    jobId: ANSWERS_IMPORT_JOB_ID,
    caption: (done, total, locale) =>
      locale === 'en' ? `Imported ${done} of ${total} responses` : `Загружено ${done} из ${total} ответов`,
  };
}

/** What the progress dialog runs to continue «Создать анкету» (RESUMABLE_ACTIONS). */
export function formsCreationAction(forms: FormsFactory): ResumableAction {
  return {
    title: 'Создать анкету',
    run: (env) => createForms(withForms(forms)(env), []),
    jobId: FORMS_JOB_ID,
    caption: (done, total, locale) => (locale === 'en' ? `Created ${done} of ${total}` : `Создано ${done} из ${total}`),
  };
}
