/** Printable questionnaires (paper) for every template and wave, or for the chosen ones. */
import { Catalogues } from '../../catalogues/catalogues';
import { CATALOGUES_SHEET } from '../../catalogues/defaults';
import { MENTEE_LAYOUT, MENTOR_LAYOUT } from '../../bases/layouts';
import type { DocModel } from '../../documents/model';
import type { Env } from '../../ports';
import type { Problem } from '../../problems/problem';
import { Settings, SETTINGS_SHEET } from '../../settings/settings';
import { printableQuestionnaire } from '../../survey/printable';
import { readRoster } from '../../survey/roster';
import { loadTemplates } from './workspace';

export interface PrintableChoice {
  template?: string;
  wave?: string;
}

export function printableForms(env: Env, choice: PrintableChoice = {}, problems: Problem[] = []): DocModel[] {
  const templates = loadTemplates(env.workbook, problems);
  const settings = Settings.fromSheet(env.workbook.readSheet(SETTINGS_SHEET));
  const catalogues = Catalogues.fromSheet(env.workbook.readSheet(CATALOGUES_SHEET));
  const roster = readRoster(env.workbook.readSheet(MENTOR_LAYOUT.sheet), env.workbook.readSheet(MENTEE_LAYOUT.sheet));
  const models: DocModel[] = [];
  for (const template of templates) {
    if (choice.template && template.code !== choice.template) continue;
    for (const wave of template.waves) {
      if (choice.wave && wave !== choice.wave) continue;
      models.push(
        printableQuestionnaire(template, wave, catalogues, roster, {
          organization: settings.text('organizationName'),
          year: settings.number('academicYear'),
        }),
      );
    }
  }
  return models;
}
