/**
 * «Создать анкету»: Google Forms of templates in waves, their responses linked to this
 * spreadsheet and each form recorded in «Анкеты». Several forms are one resumable job (runJob):
 * one form per chunk, «Создано 2 из 5» in the progress dialog.
 *
 * A form is registered the moment it exists: the write right after `startForm` is its row in
 * «Анкеты» with the status «Создаётся». A run killed at any later point finds that row and
 * completes the same form (`buildForm` replaces half-made items, keeps a linked sheet) — it
 * never creates a second form for the choice. The only moment nothing can record is between
 * Google creating the form and that write: a kill exactly there leaves an empty, unpublished,
 * unlinked form in the curator's Drive (no respondent can reach it); the choice is then made again.
 */
import { Catalogues } from '../../catalogues/catalogues';
import { CATALOGUES_SHEET } from '../../catalogues/defaults';
import { MENTEE_LAYOUT, MENTOR_LAYOUT } from '../../bases/layouts';
import { hasPendingJob, type Job, jobKey, runJob } from '../../jobs/run-job';
import type { Outcome } from '../../outcome';
import type { Env } from '../../ports';
import type { Problem } from '../../problems/problem';
import { writeProblems } from '../../problems/problems-sheet';
import { Settings, SETTINGS_SHEET } from '../../settings/settings';
import { WAVES } from '../../survey/answers-layout';
import { buildFormSpec, formTitle } from '../../survey/form-spec';
import type { FormsPort } from '../../survey/forms-port';
import {
  FORM_STATUS_TEXT,
  FORMS_REGISTER_COLUMNS,
  FORMS_REGISTER_SHEET,
  type RegisteredForm,
  readRegister,
  upsertForms,
} from '../../survey/forms-register';
import { readRoster } from '../../survey/roster';
import type { SurveyTemplate, TemplateWave } from '../../survey/template';
import { findTemplate } from '../../survey/templates-sheet';
import { loadTemplates, writeTable } from './workspace';

export const CREATE_FORM_SOURCE = 'Создание анкеты';
export const FORMS_JOB_ID = 'forms-create';

/** «Приём ответов» of a form whose creation has started and not finished: completed on the next run. */
export const FORM_CREATING_STATUS = 'Создаётся: ссылку пока не рассылайте';

export interface FormChoice {
  template: string;
  wave: string;
}

interface FormsState {
  choices: FormChoice[];
  /** False until the first (empty) chunk has saved the state: from then on a kill resumes this job. */
  saved: boolean;
  /** How many choices have their form complete. */
  done: number;
  /** The ids of the forms made, in order (for the final message). */
  created: string[];
}

/** One questionnaire (the sidebar, the menu with one choice). */
export function createForm(env: Env, templateCode: string, wave: string): Outcome {
  return createForms(env, [{ template: templateCode, wave }]);
}

/**
 * Creates the forms of `choices`, one per chunk. Called with no choices it continues a paused
 * creation (the progress dialog); a paused creation also continues when called with new ones.
 */
export function createForms(env: Env, choices: readonly FormChoice[]): Outcome {
  const ru = env.locale !== 'en';
  const title = ru ? 'Создание анкет' : 'Creating questionnaires';
  const forms = env.forms;
  if (!forms) {
    return {
      status: 'nothing-to-do',
      title: ru ? 'Анкета не создана' : 'The questionnaire was not created',
      lines: [
        'Google Формы доступны только в Google Таблицах. Офлайн напечатайте анкету: nastavnik forms <книга.xlsx> --dir <папка>.',
      ],
    };
  }
  const pending = pendingChoices(env);
  if (!pending) {
    const refusal = refuseChoices(env, choices);
    if (refusal) return refusal;
  }
  const job: Job<FormsState> = {
    id: FORMS_JOB_ID,
    title,
    start: (startEnv) => {
      // A creation of the same forms cancelled (or cut off) today goes on with the forms it made.
      const earlier = madeRecord(startEnv);
      const same =
        earlier !== null &&
        sameChoices(earlier.choices, choices) &&
        startEnv.clock.now().getTime() - earlier.at < DAY_MS;
      if (!same) startEnv.store.delete(MADE_KEY);
      return {
        choices: choices.map((c) => ({ template: c.template, wave: c.wave })),
        saved: false,
        done: 0,
        created: [],
      };
    },
    step: (stepEnv, state) => {
      if (!state.saved) return { state: { ...state, saved: true }, done: false };
      const id = makeForm(stepEnv, forms, state.choices, state.done);
      const next = { ...state, done: state.done + 1, created: [...state.created, id] };
      return { state: next, done: next.done >= next.choices.length };
    },
    finish: (finishEnv, state) => {
      finishEnv.store.delete(MADE_KEY);
      return finished(finishEnv, state);
    },
    progress: (state) => ({ done: state.done, total: state.choices.length }),
  };
  const result = runJob(env, job);
  // A creation already under way goes first (one job at a time); the new choice is not lost silently.
  if (pending && choices.length > 0 && !sameChoices(pending, choices)) {
    result.lines = [
      ...result.lines,
      ru
        ? 'Сначала продолжено начатое ранее создание анкет; выбранные сейчас анкеты не созданы — создайте их, когда оно закончится.'
        : 'A creation started earlier went first; the questionnaires chosen now were not created: create them when it is done.',
    ];
  }
  return result;
}

/** The choices of a paused creation, or null when none is under way. */
function pendingChoices(env: Env): FormChoice[] | null {
  if (!hasPendingJob(env.store, FORMS_JOB_ID)) return null;
  try {
    const saved = JSON.parse(env.store.get(jobKey(FORMS_JOB_ID)) ?? '') as { state?: FormsState };
    return saved.state?.choices ?? [];
  } catch {
    return [];
  }
}

/** Why these choices cannot be made (an unknown template or wave, nothing chosen), or null. */
function refuseChoices(env: Env, choices: readonly FormChoice[]): Outcome | null {
  const refuse = (line: string): Outcome => ({ status: 'nothing-to-do', title: 'Анкета не создана', lines: [line] });
  if (choices.length === 0) {
    return {
      status: 'nothing-to-do',
      title: 'Создание анкет',
      lines: ['Незавершённого создания анкет нет. Выберите «Создать анкету…» и укажите, какие анкеты нужны.'],
    };
  }
  const templates = loadTemplates(env.workbook, []);
  for (const choice of choices) {
    const template = findTemplate(templates, choice.template);
    if (!template) {
      return refuse(`Шаблона «${choice.template}» нет. Шаблоны: ${templates.map((t) => t.code).join(', ')}.`);
    }
    if (!(WAVES as readonly string[]).includes(choice.wave)) {
      return refuse(`Волна «${choice.wave}» не подходит: укажите ${WAVES.join(', ')}.`);
    }
  }
  return null;
}

/**
 * The ids of the forms this job has started, by choice (a store key of its own: runJob saves the
 * job's state only after a chunk, and a kill between a form's last write and that save must not
 * make the form again).
 */
const MADE_KEY = `${FORMS_JOB_ID}:made`;
const DAY_MS = 24 * 60 * 60 * 1000;

interface MadeRecord {
  choices: FormChoice[];
  /** Form id by choice index. */
  made: string[];
  /** When the creation began (ms). */
  at: number;
}

function madeRecord(env: Env): MadeRecord | null {
  try {
    const value = JSON.parse(env.store.get(MADE_KEY) ?? 'null') as MadeRecord | null;
    return value && Array.isArray(value.made) && Array.isArray(value.choices) ? value : null;
  } catch {
    return null;
  }
}

function sameChoices(a: readonly FormChoice[], b: readonly FormChoice[]): boolean {
  return a.length === b.length && a.every((c, i) => c.template === b[i].template && c.wave === b[i].wave);
}

/** Makes (or completes) the form of one choice (`index` in the job) and returns its id. */
function makeForm(env: Env, forms: FormsPort, choices: readonly FormChoice[], index: number): string {
  const choice = choices[index];
  const problems: Problem[] = [];
  const template = findTemplate(loadTemplates(env.workbook, problems), choice.template) as SurveyTemplate;
  const wave = choice.wave as TemplateWave;
  const settings = Settings.fromSheet(env.workbook.readSheet(SETTINGS_SHEET));
  const catalogues = Catalogues.fromSheet(env.workbook.readSheet(CATALOGUES_SHEET));
  const roster = readRoster(env.workbook.readSheet(MENTOR_LAYOUT.sheet), env.workbook.readSheet(MENTEE_LAYOUT.sheet));
  const year = settings.number('academicYear');
  const spec = buildFormSpec(template, wave, catalogues, roster, {
    collectEmail: settings.bool('surveyCollectEmail'),
    year,
  });
  const now = env.clock.now();
  // The register exists before the form does: the write after `startForm` is then one batch of values.
  if (!env.workbook.readSheet(FORMS_REGISTER_SHEET)) registerForm(env, null);
  const register = readRegister(env.workbook.readSheet(FORMS_REGISTER_SHEET));
  const record = madeRecord(env);
  const made = record && sameChoices(record.choices, choices) ? record.made : [];
  const started = made[index];
  let form = started
    ? register.find((row) => row.formId === started)
    : register.find(
        (row) => row.template === template.code && row.wave === wave && row.status === FORM_CREATING_STATUS,
      );
  if (form && form.status !== FORM_CREATING_STATUS) return form.formId;
  if (!form) {
    env.progress.report(`Создаю форму «${spec.title}»…`);
    const id = forms.startForm(spec.title);
    form = {
      formId: id,
      template: template.code,
      wave,
      title: formTitle(template, wave, year),
      publishedUrl: '',
      editUrl: '',
      responseSheet: '',
      itemMap: {},
      status: FORM_CREATING_STATUS,
      createdAt: now,
      imported: null,
      importedAt: null,
    };
    registerForm(env, form);
  }
  if (started !== form.formId) {
    made[index] = form.formId;
    const at = record?.at ?? env.clock.now().getTime();
    env.store.set(MADE_KEY, JSON.stringify({ choices, made, at }));
  }
  const built = forms.buildForm(form.formId, spec, responseSheetName(template.code, wave));
  registerForm(env, {
    ...form,
    publishedUrl: built.publishedUrl,
    editUrl: built.editUrl,
    responseSheet: built.responseSheet,
    itemMap: built.itemIds,
    status: built.accepting ? FORM_STATUS_TEXT.accepting : FORM_STATUS_TEXT.unpublished,
  });
  writeProblems(env.workbook, CREATE_FORM_SOURCE, problems, now);
  return form.formId;
}

/** Adds or updates one row of «Анкеты» (null: only makes sure the sheet and its header exist). */
function registerForm(env: Env, form: RegisteredForm | null): void {
  const existing = env.workbook.readSheet(FORMS_REGISTER_SHEET);
  const grid = upsertForms(existing, form ? [form] : []);
  writeTable(env.workbook, FORMS_REGISTER_SHEET, grid, existing?.length ?? 0, FORMS_REGISTER_COLUMNS, 1, !existing);
}

function finished(env: Env, state: FormsState): Outcome {
  const ru = env.locale !== 'en';
  const register = readRegister(env.workbook.readSheet(FORMS_REGISTER_SHEET));
  const made = state.created
    .map((id) => register.find((form) => form.formId === id))
    .filter((form): form is RegisteredForm => form !== undefined);
  const figures = { done: made.length, total: state.choices.length, formId: made[0]?.formId ?? '' };
  if (made.length === 1) {
    const [form] = made;
    return {
      status: 'done',
      title: ru ? 'Анкета создана' : 'Questionnaire created',
      lines: ru
        ? [
            `«${form.title}»: вопросов ${Object.keys(form.itemMap).length}.`,
            `Ссылка для участников: ${form.publishedUrl}`,
            `Ответы будут приходить на лист «${form.responseSheet}». Когда участники ответят, выберите «Загрузить ответы».`,
            'Форма и ссылки записаны на лист «Анкеты».',
          ]
        : [
            `«${form.title}»: ${Object.keys(form.itemMap).length} questions.`,
            `Link for the participants: ${form.publishedUrl}`,
            `Responses will arrive on the sheet «${form.responseSheet}». When people have answered, choose «Import answers».`,
            'The form and its links are recorded on the «Анкеты» sheet.',
          ],
      figures: { ...figures, items: Object.keys(form.itemMap).length, responseSheet: form.responseSheet },
    };
  }
  return {
    status: 'done',
    title: ru ? 'Анкеты созданы' : 'Questionnaires created',
    lines: [
      ...made.map(
        (form) =>
          `«${form.title}»: ${form.publishedUrl} (${ru ? 'лист ответов' : 'responses on'} «${form.responseSheet}»)`,
      ),
      ru
        ? 'Формы и ссылки записаны на лист «Анкеты». Когда участники ответят, выберите «Загрузить ответы».'
        : 'The forms and their links are recorded on the «Анкеты» sheet. When people have answered, choose «Import answers».',
    ],
    figures,
  };
}

export function responseSheetName(template: string, wave: string): string {
  return `Ответы формы — ${template} ${wave}`.slice(0, 90);
}
