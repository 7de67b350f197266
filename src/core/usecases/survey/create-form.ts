/**
 * «Создать анкету»: the Google Form of a template in a wave, its responses linked to this
 * spreadsheet and the form recorded in «Анкеты».
 */
import { Catalogues } from '../../catalogues/catalogues';
import { CATALOGUES_SHEET } from '../../catalogues/defaults';
import { MENTEE_LAYOUT, MENTOR_LAYOUT } from '../../bases/layouts';
import { type Outcome, outcome } from '../../outcome';
import type { Env } from '../../ports';
import type { Problem } from '../../problems/problem';
import { writeProblems } from '../../problems/problems-sheet';
import { Settings, SETTINGS_SHEET } from '../../settings/settings';
import { WAVES } from '../../survey/answers-layout';
import { buildFormSpec, formTitle } from '../../survey/form-spec';
import {
  FORM_STATUS_TEXT,
  FORMS_REGISTER_COLUMNS,
  FORMS_REGISTER_SHEET,
  upsertForms,
} from '../../survey/forms-register';
import { readRoster } from '../../survey/roster';
import type { TemplateWave } from '../../survey/template';
import { findTemplate } from '../../survey/templates-sheet';
import { loadTemplates, writeTable } from './workspace';

export const CREATE_FORM_SOURCE = 'Создание анкеты';

export function createForm(env: Env, templateCode: string, wave: string): Outcome {
  const problems: Problem[] = [];
  const templates = loadTemplates(env.workbook, problems);
  const template = findTemplate(templates, templateCode);
  if (!template) {
    return {
      status: 'nothing-to-do',
      title: 'Анкета не создана',
      lines: [`Шаблона «${templateCode}» нет. Шаблоны: ${templates.map((t) => t.code).join(', ')}.`],
    };
  }
  if (!(WAVES as readonly string[]).includes(wave)) {
    return {
      status: 'nothing-to-do',
      title: 'Анкета не создана',
      lines: [`Волна «${wave}» не подходит: укажите ${WAVES.join(', ')}.`],
    };
  }
  if (!env.forms) {
    return {
      status: 'nothing-to-do',
      title: 'Анкета не создана',
      lines: [
        'Google Формы доступны только в Google Таблицах. Офлайн напечатайте анкету: nastavnik forms <книга.xlsx> --dir <папка>.',
      ],
    };
  }
  const settings = Settings.fromSheet(env.workbook.readSheet(SETTINGS_SHEET));
  const catalogues = Catalogues.fromSheet(env.workbook.readSheet(CATALOGUES_SHEET));
  const roster = readRoster(env.workbook.readSheet(MENTOR_LAYOUT.sheet), env.workbook.readSheet(MENTEE_LAYOUT.sheet));
  const year = settings.number('academicYear');
  const spec = buildFormSpec(template, wave as TemplateWave, catalogues, roster, {
    collectEmail: settings.bool('surveyCollectEmail'),
    year,
  });
  env.progress.report(`Создаю форму «${spec.title}»…`);
  const created = env.forms.createForm(spec);
  const responseSheet = env.forms.linkResponses(created.id, responseSheetName(template.code, wave));
  const registerGrid = env.workbook.readSheet(FORMS_REGISTER_SHEET);
  const now = env.clock.now();
  const grid = upsertForms(registerGrid, [
    {
      formId: created.id,
      template: template.code,
      wave,
      title: formTitle(template, wave as TemplateWave, year),
      publishedUrl: created.publishedUrl,
      editUrl: created.editUrl,
      responseSheet,
      itemMap: created.itemIds,
      status: created.accepting ? FORM_STATUS_TEXT.accepting : FORM_STATUS_TEXT.unpublished,
      createdAt: now,
      imported: null,
      importedAt: null,
    },
  ]);
  writeTable(
    env.workbook,
    FORMS_REGISTER_SHEET,
    grid,
    registerGrid?.length ?? 0,
    FORMS_REGISTER_COLUMNS,
    1,
    !registerGrid,
  );
  writeProblems(env.workbook, CREATE_FORM_SOURCE, problems, now);
  const ru = env.locale !== 'en';
  return outcome(
    ru ? 'Анкета создана' : 'Questionnaire created',
    ru
      ? [
          `«${spec.title}»: вопросов ${spec.items.length}.`,
          `Ссылка для участников: ${created.publishedUrl}`,
          `Ответы будут приходить на лист «${responseSheet}». Когда участники ответят, выберите «Загрузить ответы».`,
          'Форма и ссылки записаны на лист «Анкеты».',
        ]
      : [
          `«${spec.title}»: ${spec.items.length} questions.`,
          `Link for the participants: ${created.publishedUrl}`,
          `Responses will arrive on the sheet «${responseSheet}». When people have answered, choose «Import answers».`,
          'The form and its links are recorded on the «Анкеты» sheet.',
        ],
    { formId: created.id, items: spec.items.length, responseSheet },
  );
}

export function responseSheetName(template: string, wave: string): string {
  return `Ответы формы — ${template} ${wave}`.slice(0, 90);
}
