/**
 * What an import of answers reads: the templates, the register «Анкеты», the response sheets
 * (or offline files) of its forms, the bases, the organizations and «Ответы» — read once per
 * execution — and how the responses parse against the bases as they stand.
 */
import type { Grid } from '../../cell';
import { MENTEE_LAYOUT, MENTOR_LAYOUT } from '../../bases/layouts';
import type { Role } from '../../bases/participant';
import type { OrganizationDirectory } from '../../organizations/directory';
import { ORGANIZATIONS_SHEET, readDirectory } from '../../organizations/organizations-sheet';
import { unknownSpellings } from '../../organizations/unknown-spellings';
import type { Env } from '../../ports';
import type { Problem } from '../../problems/problem';
import { answerFileError } from '../../survey/answer-file-check';
import { ANSWERS_SHEET } from '../../survey/answers-layout';
import { FORM_STATUS_TEXT, FORMS_REGISTER_SHEET, type RegisteredForm, readRegister } from '../../survey/forms-register';
import { type ParsedResponse, type ResponseSource, parseResponses } from '../../survey/responses';
import { type Roster, readRoster } from '../../survey/roster';
import type { SurveyTemplate } from '../../survey/template';
import { findTemplate } from '../../survey/templates-sheet';
import { loadTemplates } from './workspace';

/** An exported file of answers (offline import). */
export interface AnswerFile {
  /** File name, shown in problems and in «Анкеты». */
  name: string;
  grid: Grid;
  template: string;
  wave: string;
}

export const FILE_ID_PREFIX = 'файл:';

export interface ImportSources {
  templates: SurveyTemplate[];
  registerGrid: Grid | null;
  sources: ResponseSource[];
  /** The register rows the import updates (one per source, in the same order). */
  forms: RegisteredForm[];
  /** Problems found while reading templates, register and sources. */
  problems: Problem[];
  bases: Record<Role, Grid | null>;
  organizations: OrganizationDirectory;
  /** «Ответы» as the sheet holds it now (kept up to date by the writes of this execution). */
  answersGrid: Grid | null;
}

export function readImportSources(env: Env, files: readonly AnswerFile[]): ImportSources {
  const { workbook } = env;
  const problems: Problem[] = [];
  env.progress.report('Читаю шаблоны и реестр анкет…');
  const templates = loadTemplates(workbook, problems);
  const registerGrid = workbook.readSheet(FORMS_REGISTER_SHEET);
  const register = readRegister(registerGrid);
  const { sources, forms } = collectSources(env, register, files, templates, problems, env.clock.now());
  if (sources.length === 0) {
    return {
      templates,
      registerGrid,
      sources,
      forms,
      problems,
      bases: { mentor: null, mentee: null },
      organizations: readDirectory(null),
      answersGrid: null,
    };
  }
  env.progress.report('Читаю базы участников…');
  return {
    templates,
    registerGrid,
    sources,
    forms,
    problems,
    bases: { mentor: workbook.readSheet(MENTOR_LAYOUT.sheet), mentee: workbook.readSheet(MENTEE_LAYOUT.sheet) },
    organizations: readDirectory(workbook.readSheet(ORGANIZATIONS_SHEET)),
    answersGrid: workbook.readSheet(ANSWERS_SHEET),
  };
}

export function rosterOf(context: ImportSources): Roster {
  return readRoster(context.bases.mentor, context.bases.mentee, context.organizations);
}

export interface ParsedSources {
  /** Responses of the sources not refused, in source order. */
  responses: ParsedResponse[];
  /** Per source (in order): its parse problems and unknown spellings. */
  problemsBySource: Map<string, Problem[]>;
  perSource: Map<string, number>;
  /** Every source's responses, refused ones included (for the wave check). */
  bySource: Map<string, ParsedResponse[]>;
}

/** Parses every source against the bases as they stand; `refused` sources are parsed but not counted. */
export function parseSources(context: ImportSources, refused: ReadonlySet<string> = new Set()): ParsedSources {
  const roster = rosterOf(context);
  const responses: ParsedResponse[] = [];
  const problemsBySource = new Map<string, Problem[]>();
  const perSource = new Map<string, number>();
  const bySource = new Map<string, ParsedResponse[]>();
  for (const source of context.sources) {
    const parsed = parseResponses(source, roster);
    bySource.set(source.sourceKey, parsed.responses);
    if (refused.has(source.sourceKey)) continue;
    responses.push(...parsed.responses);
    problemsBySource.set(source.sourceKey, [
      ...parsed.problems,
      ...unknownSpellings(
        context.organizations,
        parsed.responses.map((response) => ({
          text: response.organization,
          sheet: source.sheetName,
          row: response.sheetRow,
          column: 'Организация',
        })),
      ),
    ]);
    perSource.set(source.sourceKey, parsed.responses.length);
  }
  return { responses, problemsBySource, perSource, bySource };
}

export function sourceKeyOf(form: RegisteredForm): string {
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

/** Titles of the form's items now (the curator may have renamed them), through their Forms ids. */
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
