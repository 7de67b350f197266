/**
 * The «Анкеты» sidebar's view: the templates a questionnaire can be created from, and every
 * registered form with its links and how many responses came in and were imported. Read only:
 * a missing «Анкеты: шаблоны» sheet is completed in memory, not written.
 */
import { cellText, isBlank } from '../cell';
import type { Env, Locale } from '../ports';
import { ANSWER_COLUMNS, ANSWERS_SHEET } from '../survey/answers-layout';
import { FORMS_REGISTER_SHEET, readRegister } from '../survey/forms-register';
import { mergeTemplatesSheet, readTemplates, TEMPLATES_SHEET } from '../survey/templates-sheet';
import { mapHeader } from '../sheet/header-map';
import { FILE_ID_PREFIX } from './survey/import-sources';

export interface TemplateOption {
  code: string;
  title: string;
  description: string;
  waves: string[];
}

export interface QuestionnaireRow {
  formId: string;
  title: string;
  template: string;
  wave: string;
  /** Links are passed as text; the sidebar makes only http(s) links clickable. */
  publishedUrl: string;
  editUrl: string;
  responseSheet: string;
  /** «Приём ответов» of the register: «Принимает ответы», «Создаётся…» (creation not finished), '' for files. */
  status: string;
  /** Answers imported from a file offline (no Google Form). */
  fromFile: boolean;
  /** Responses on the linked response sheet now (null when that sheet is missing). */
  received: number | null;
  /** Responses counted at the last import (null: never imported). */
  imported: number | null;
  /** ISO 8601, or null. */
  importedAt: string | null;
  /** Distinct responses of this template and wave in «Ответы». */
  inAnswers: number;
}

export interface QuestionnairesView {
  locale: Locale;
  /** False offline: Google Forms can be created only in Google Sheets. */
  canCreateForms: boolean;
  templates: TemplateOption[];
  forms: QuestionnaireRow[];
  /** Responses on response sheets that are not imported yet. */
  pending: number;
}

export function readQuestionnaires(env: Env): QuestionnairesView {
  const read = (name: string) => env.workbook.readSheet(name);
  const templates = readTemplates(mergeTemplatesSheet(read(TEMPLATES_SHEET)), []).map((template) => ({
    code: template.code,
    title: template.title,
    description: template.description,
    waves: [...template.waves],
  }));
  const answers = answerCounts(read(ANSWERS_SHEET));
  const forms = readRegister(read(FORMS_REGISTER_SHEET)).map((form): QuestionnaireRow => {
    const responses = form.responseSheet !== '' ? read(form.responseSheet) : null;
    return {
      formId: form.formId,
      title: form.title,
      template: form.template,
      wave: form.wave,
      publishedUrl: form.publishedUrl,
      editUrl: form.editUrl,
      responseSheet: form.responseSheet,
      status: form.status,
      fromFile: form.formId.startsWith(FILE_ID_PREFIX),
      received: responses ? responses.slice(1).filter((row) => !row.every((cell) => isBlank(cell))).length : null,
      imported: form.imported,
      importedAt: form.importedAt ? form.importedAt.toISOString() : null,
      inAnswers: answers.get(`${form.template}\u0001${form.wave}`) ?? 0,
    };
  });
  const pending = forms.reduce((sum, form) => sum + Math.max(0, (form.received ?? 0) - (form.imported ?? 0)), 0);
  return { locale: env.locale, canCreateForms: env.forms !== undefined, templates, forms, pending };
}

function answerCounts(grid: ReturnType<Env['workbook']['readSheet']>): Map<string, number> {
  const counts = new Map<string, Set<string>>();
  if (!grid || grid.length < 2) return new Map();
  const map = mapHeader(grid[0], ANSWER_COLUMNS);
  const col = (key: string) => map.index.get(key);
  const [id, template, wave] = [col('responseId'), col('template'), col('wave')];
  if (id === undefined || template === undefined || wave === undefined) return new Map();
  for (const row of grid.slice(1)) {
    const key = `${cellText(row[template])}\u0001${cellText(row[wave])}`;
    const set = counts.get(key) ?? new Set<string>();
    set.add(cellText(row[id]));
    counts.set(key, set);
  }
  return new Map([...counts].map(([key, set]) => [key, set.size]));
}
