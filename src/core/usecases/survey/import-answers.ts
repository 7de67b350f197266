/**
 * «Загрузить ответы»: for every questionnaire in «Анкеты», reads its response sheet once, maps
 * the columns to template items, identifies respondents and merges into «Ответы» (incremental,
 * idempotent). Registration answers fill the bases; preference answers fill «Предпочтения»;
 * «Динамика» is recomputed. Offline the same runs on exported files (CSV/XLSX of Google or
 * Yandex Forms). Service calls do not depend on the number of responses.
 */
import { type Grid, rectangular } from '../../cell';
import { MENTEE_LAYOUT, MENTOR_LAYOUT } from '../../bases/layouts';
import type { Role } from '../../bases/participant';
import { type Outcome, outcome } from '../../outcome';
import type { Env } from '../../ports';
import type { Problem } from '../../problems/problem';
import { writeProblems } from '../../problems/problems-sheet';
import { ANSWER_COLUMNS, ANSWERS_SHEET } from '../../survey/answers-layout';
import { mergeAnswers } from '../../survey/answers-table';
import {
  FORM_STATUS_TEXT,
  FORMS_REGISTER_COLUMNS,
  FORMS_REGISTER_SHEET,
  type RegisteredForm,
  readRegister,
  upsertForms,
} from '../../survey/forms-register';
import { buildPreferences } from '../../survey/preferences';
import { PREFERENCE_COLUMNS, PREFERENCES_SHEET } from '../../survey/preferences-layout';
import { applyRegistrations } from '../../survey/registration';
import { type ParsedResponse, type ResponseSource, parseResponses } from '../../survey/responses';
import { readRoster } from '../../survey/roster';
import { TEMPLATE_CODES, type SurveyTemplate } from '../../survey/template';
import { findTemplate } from '../../survey/templates-sheet';
import { answerFileError } from '../../survey/answer-file-check';
import { ORGANIZATIONS_SHEET, readDirectory } from '../../organizations/organizations-sheet';
import { unknownSpellings } from '../../organizations/unknown-spellings';
import { storedMoments, waveConflict } from '../../survey/wave-conflict';
import { updateDynamics } from './dynamics';
import { loadTemplates, writeTable } from './workspace';

export const IMPORT_SOURCE = 'Загрузка ответов';

/**
 * Each import replaces its own problems: the forms of the register together (they are all read
 * each time), an offline file per template and wave (so importing the exit file keeps the entry
 * file's problems).
 */
export function importSource(files: readonly AnswerFile[]): string {
  const waves = [...new Set(files.map((file) => `${file.template} ${file.wave}`))];
  return waves.length === 0 || waves.length > 2 ? IMPORT_SOURCE : `${IMPORT_SOURCE}: ${waves.join(', ')}`;
}

/** An exported file of answers (offline import). */
export interface AnswerFile {
  /** File name, shown in problems and in «Анкеты». */
  name: string;
  grid: Grid;
  template: string;
  wave: string;
}

const FILE_ID_PREFIX = 'файл:';

export function importAnswers(env: Env, files: readonly AnswerFile[] = []): Outcome {
  const { workbook } = env;
  const now = env.clock.now();
  const problems: Problem[] = [];
  env.progress.report('Читаю шаблоны и реестр анкет…');
  const templates = loadTemplates(workbook, problems);
  const registerGrid = workbook.readSheet(FORMS_REGISTER_SHEET);
  const register = readRegister(registerGrid);
  const { sources, forms } = collectSources(env, register, files, templates, problems, now);
  if (sources.length === 0) {
    writeProblems(workbook, importSource(files), problems, now);
    const refusals = problems.filter((problem) => problem.severity === 'error').map((problem) => problem.message);
    return {
      status: 'nothing-to-do',
      title: 'Загрузка ответов',
      lines:
        files.length > 0 && refusals.length > 0
          ? ['Ответы не загружены.', ...refusals]
          : [
              'В реестре «Анкеты» нет анкет с ответами. Сначала создайте анкету (меню «Анкеты») или загрузите файл ответов.',
              ...problemLines(problems),
            ],
      figures: { refused: refusals.length },
    };
  }
  env.progress.report('Читаю базы участников…');
  const bases: Record<Role, Grid | null> = {
    mentor: workbook.readSheet(MENTOR_LAYOUT.sheet),
    mentee: workbook.readSheet(MENTEE_LAYOUT.sheet),
  };
  const organizations = readDirectory(workbook.readSheet(ORGANIZATIONS_SHEET));
  const roster = readRoster(bases.mentor, bases.mentee, organizations);
  const answersGrid = workbook.readSheet(ANSWERS_SHEET);
  const stored = storedMoments(answersGrid);
  const responses: ParsedResponse[] = [];
  const perSource = new Map<string, number>();
  /** Source key → why it was refused. */
  const refused = new Map<string, string>();
  sources.forEach((source, i) => {
    env.progress.report(`Разбираю ответы: ${source.sheetName}`, i, sources.length);
    const parsed = parseResponses(source, roster);
    const conflict = waveConflict(parsed.responses, stored);
    if (conflict) {
      problems.push({
        sheet: source.sheetName,
        row: null,
        column: null,
        value: source.wave,
        message: `Эти ответы уже загружены как волна «${conflict.storedWave}»: ${conflict.matching} из ${conflict.identified} совпадают по участнику и времени отправки. Как «${source.wave}» они не загружены — проверьте, та ли это анкета и волна`,
        severity: 'error',
      });
      refused.set(source.sourceKey, `«${source.sheetName}» — ${problems[problems.length - 1].message}`);
      return;
    }
    responses.push(...parsed.responses);
    problems.push(...parsed.problems);
    problems.push(
      ...unknownSpellings(
        organizations,
        parsed.responses.map((response) => ({
          text: response.organization,
          sheet: source.sheetName,
          row: response.sheetRow,
          column: 'Организация',
        })),
      ),
    );
    perSource.set(source.sourceKey, parsed.responses.length);
  });
  let merge = mergeAnswers(answersGrid, responses);
  const registered = applyRegistrationAnswers(env, templates, merge.written, bases, problems);
  if (registered.created + registered.updated > 0) merge = mergeAnswers(answersGrid, responses);

  env.progress.report('Записываю «Ответы»…');
  const fresh = !answersGrid || answersGrid.length === 0;
  if (fresh || merge.rewrite) {
    writeTable(workbook, ANSWERS_SHEET, merge.grid, answersGrid?.length ?? 0, ANSWER_COLUMNS, 0, fresh, {
      timestamp: 'dd.mm.yyyy hh:mm',
      value: '',
    });
  } else if (merge.appended.length > 0) {
    workbook.writeBlock(ANSWERS_SHEET, { row: answersGrid.length + 1, col: 1, values: rectangular(merge.appended) });
  }

  const preferencesTemplate = findTemplate(templates, TEMPLATE_CODES.preferences);
  const hasPreferences = merge.rows.some((row) => row.template === preferencesTemplate?.code);
  const preferencesGrid = workbook.readSheet(PREFERENCES_SHEET);
  if (hasPreferences || preferencesGrid) {
    const grid = buildPreferences(
      preferencesGrid,
      merge.rows,
      preferencesTemplate,
      readRoster(bases.mentor, bases.mentee, organizations),
      problems,
    );
    writeTable(
      workbook,
      PREFERENCES_SHEET,
      grid,
      preferencesGrid?.length ?? 0,
      PREFERENCE_COLUMNS,
      2,
      !preferencesGrid,
    );
  }

  const updatedForms = forms
    .filter((form) => !refused.has(sourceKeyOf(form)))
    .map((form) => ({
      ...form,
      imported: perSource.get(sourceKeyOf(form)) ?? 0,
      importedAt: now,
    }));
  writeTable(
    workbook,
    FORMS_REGISTER_SHEET,
    upsertForms(registerGrid, updatedForms),
    registerGrid?.length ?? 0,
    FORMS_REGISTER_COLUMNS,
    1,
    !registerGrid,
  );

  const dynamics = updateDynamics(env, { answers: merge.rows, templates, bases });
  writeProblems(workbook, importSource(files), problems, now);
  // This import's own respondents: the table keeps earlier unidentified answers, but they are not news.
  const unidentified = responses.filter((response) => response.participant === null).length;
  const refusedLines = [...refused.values()].map((message) => `Не загружено: ${message}.`);
  const ru = env.locale !== 'en';
  const registeredAny = registered.created + registered.updated > 0;
  const lines = ru
    ? [
        ...refusedLines,
        `Анкет прочитано: ${sources.length - refused.size}, ответов в них: ${responses.length}.`,
        `Новых ответов: ${merge.added}, обновлено (отредактированы): ${merge.replaced}, без изменений: ${merge.unchanged}, заменено более поздними: ${merge.superseded}.`,
        registeredAny
          ? `Анкеты регистрации: добавлено в базы ${registered.created}, обновлено ${registered.updated}.`
          : '',
        unidentified > 0
          ? `Не опознано участников: ${unidentified} — их ответы сохранены, список на листе «Проблемы».`
          : 'Все ответившие опознаны.',
        `«Динамика» пересчитана: строк ${dynamics}.`,
        problems.length > 0 ? `Замечаний: ${problems.length} — см. лист «Проблемы».` : '',
      ]
    : [
        ...refusedLines,
        `Questionnaires read: ${sources.length - refused.size}, responses in them: ${responses.length}.`,
        `New responses: ${merge.added}, updated (edited): ${merge.replaced}, unchanged: ${merge.unchanged}, replaced by later ones: ${merge.superseded}.`,
        registeredAny
          ? `Registration forms: added to the bases ${registered.created}, updated ${registered.updated}.`
          : '',
        unidentified > 0
          ? `Unidentified respondents: ${unidentified} — their answers are kept, see the «Проблемы» sheet.`
          : 'Every respondent was identified.',
        `«Динамика» recomputed: ${dynamics} rows.`,
        problems.length > 0 ? `Remarks: ${problems.length} — see the «Проблемы» sheet.` : '',
      ];
  return outcome(
    ru ? 'Ответы загружены' : 'Answers imported',
    lines.filter((line) => line !== ''),
    {
      responses: responses.length,
      added: merge.added,
      replaced: merge.replaced,
      unchanged: merge.unchanged,
      superseded: merge.superseded,
      unidentified,
      refused: refused.size,
      problems: problems.length,
    },
  );
}

function problemLines(problems: readonly Problem[]): string[] {
  return problems.length > 0 ? [`Замечаний: ${problems.length} — см. лист «Проблемы».`] : [];
}

function sourceKeyOf(form: RegisteredForm): string {
  return form.formId.startsWith(FILE_ID_PREFIX) ? `${form.template}:${form.wave}` : form.formId;
}

function collectSources(
  env: Env,
  register: readonly RegisteredForm[],
  files: readonly AnswerFile[],
  templates: readonly SurveyTemplate[],
  problems: Problem[],
  now: Date,
): { sources: ResponseSource[]; forms: RegisteredForm[] } {
  const sources: ResponseSource[] = [];
  const forms: RegisteredForm[] = [];
  for (const form of register) {
    if (form.formId.startsWith(FILE_ID_PREFIX) || form.responseSheet === '') continue;
    const template = findTemplate(templates, form.template);
    if (!template) {
      problems.push({
        sheet: FORMS_REGISTER_SHEET,
        row: null,
        column: 'Шаблон',
        value: form.template,
        message: `Шаблона «${form.template}» нет в «Шаблоны анкет»: ответы формы ${form.title || form.formId} не загружены`,
        severity: 'error',
      });
      continue;
    }
    const grid = env.workbook.readSheet(form.responseSheet);
    if (!grid) {
      problems.push({
        sheet: FORMS_REGISTER_SHEET,
        row: null,
        column: 'Лист ответов',
        value: form.responseSheet,
        message: `Лист ответов «${form.responseSheet}» не найден: его переименовали или удалили? Впишите в «Анкеты» его нынешнее имя`,
        severity: 'error',
      });
      continue;
    }
    const status = formStatus(env, form, problems);
    sources.push({
      sourceKey: form.formId,
      sheetName: form.responseSheet,
      grid,
      template,
      wave: form.wave,
      knownTitles: knownTitles(env, form),
    });
    forms.push({ ...form, status });
  }
  for (const file of files) {
    const error = answerFileError(templates, file.template, file.wave);
    const template = findTemplate(templates, file.template);
    if (error || !template) {
      problems.push({
        sheet: file.name,
        row: null,
        column: null,
        value: `${file.template}:${file.wave}`,
        message: error ?? `Неизвестный шаблон «${file.template}»`,
        severity: 'error',
      });
      continue;
    }
    const formId = `${FILE_ID_PREFIX}${template.code}:${file.wave}`;
    const known = register.find((form) => form.formId === formId);
    sources.push({
      sourceKey: `${template.code}:${file.wave}`,
      sheetName: file.name,
      grid: file.grid,
      template,
      wave: file.wave,
    });
    forms.push({
      formId,
      template: template.code,
      wave: file.wave,
      title: `${template.title} (${file.wave}) — файл ${file.name}`,
      publishedUrl: '',
      editUrl: '',
      responseSheet: '',
      itemMap: {},
      createdAt: known?.createdAt ?? now,
      status: '',
      imported: null,
      importedAt: null,
    });
  }
  return { sources, forms };
}

/** Titles of the form's items now (the curator may have renamed them), through their Forms ids. */
/**
 * Whether the form still takes answers: one that was closed by hand (or never published) is
 * reported, and its answers received so far are imported all the same.
 */
function formStatus(env: Env, form: RegisteredForm, problems: Problem[]): string {
  const acceptance = env.forms?.acceptance(form.formId);
  if (!acceptance) return form.status;
  if (acceptance !== 'accepting') {
    const name = form.title || form.formId;
    problems.push({
      sheet: FORMS_REGISTER_SHEET,
      row: null,
      column: 'Приём ответов',
      value: name,
      message:
        acceptance === 'closed'
          ? `Форма «${name}» закрыта и не принимает ответы. Если опрос не закончен, откройте форму → «Ответы» → включите «Принимать ответы». Полученные ответы загружены`
          : `Форма «${name}» не опубликована: участники не могут ответить. Откройте форму и нажмите «Опубликовать». Полученные ответы загружены`,
      severity: 'warning',
    });
  }
  return FORM_STATUS_TEXT[acceptance];
}

function knownTitles(env: Env, form: RegisteredForm): Map<string, string> {
  const titles = new Map<string, string>();
  if (!env.forms || Object.keys(form.itemMap).length === 0) return titles;
  const items = env.forms.currentItems(form.formId);
  for (const item of items ?? []) {
    const code = form.itemMap[item.id];
    if (code) titles.set(item.title, code);
  }
  return titles;
}

function applyRegistrationAnswers(
  env: Env,
  templates: readonly SurveyTemplate[],
  written: readonly ParsedResponse[],
  bases: Record<Role, Grid | null>,
  problems: Problem[],
): { created: number; updated: number } {
  let created = 0;
  let updated = 0;
  const targets: Array<[Role, string, typeof MENTOR_LAYOUT]> = [
    ['mentor', TEMPLATE_CODES.registrationMentor, MENTOR_LAYOUT],
    ['mentee', TEMPLATE_CODES.registrationMentee, MENTEE_LAYOUT],
  ];
  for (const [role, code, layout] of targets) {
    const template = findTemplate(templates, code);
    const responses = written.filter((response) => response.template === template?.code);
    if (!template || responses.length === 0) continue;
    const result = applyRegistrations(bases[role], layout, role, template, responses);
    problems.push(...result.problems);
    if (!result.changed) continue;
    env.workbook.ensureSheet(layout.sheet);
    env.workbook.writeBlock(layout.sheet, { row: 1, col: 1, values: result.grid });
    bases[role] = result.grid;
    created += result.created;
    updated += result.updated;
  }
  return { created, updated };
}
