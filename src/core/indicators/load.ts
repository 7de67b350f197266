import { readBases } from '../bases/read-bases';
import { Catalogues } from '../catalogues/catalogues';
import { CATALOGUES_SHEET } from '../catalogues/defaults';
import type { Grid } from '../cell';
import { PAIRS_SHEET } from '../pairs/register-layout';
import type { WorkbookPort } from '../ports';
import { Settings, SETTINGS_SHEET } from '../settings/settings';
import { ANSWERS_SHEET } from '../survey/answers-layout';
import type { SurveyTemplate } from '../survey/template';
import { readTemplates, TEMPLATES_SHEET } from '../survey/templates-sheet';
import { type ProgramData, readAnswers, readPairLinks } from './program-data';
import { type ItemIndex, indexItems } from './survey-stats';

/** The inputs of «Показатели», «Сводка» and «SWOT»: each sheet read once. */
export interface ProgramInput {
  settingsGrid: Grid | null;
  settings: Settings;
  catalogues: Catalogues;
  data: ProgramData;
  templates: SurveyTemplate[];
  items: ItemIndex;
}

export function loadProgramInput(workbook: WorkbookPort, today: Date): ProgramInput {
  const settingsGrid = workbook.readSheet(SETTINGS_SHEET);
  const settings = Settings.fromSheet(settingsGrid);
  const catalogues = Catalogues.fromSheet(workbook.readSheet(CATALOGUES_SHEET));
  const bases = readBases(workbook, settings, catalogues, today);
  const templates = readTemplates(workbook.readSheet(TEMPLATES_SHEET));
  return {
    settingsGrid,
    settings,
    catalogues,
    data: {
      mentors: bases.mentors,
      mentees: bases.mentees,
      links: readPairLinks(workbook.readSheet(PAIRS_SHEET)),
      answers: readAnswers(workbook.readSheet(ANSWERS_SHEET)),
    },
    templates,
    items: indexItems(templates),
  };
}
