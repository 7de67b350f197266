import { type Bases, basesFromGrids, readBases } from '../bases/read-bases';
import { Catalogues } from '../catalogues/catalogues';
import { CATALOGUES_SHEET } from '../catalogues/defaults';
import { cellText, type Grid, isBlank } from '../cell';
import { DOCUMENTS_SHEET, registeredKeys } from '../documents/register';
import { type AnswerRow, readAnswers } from '../indicators/program-data';
import { indexItems } from '../indicators/survey-stats';
import { readPairRegister } from '../pairs/read-register';
import { PAIRS_SHEET } from '../pairs/register-layout';
import type { WorkbookPort } from '../ports';
import { roadmapProgress } from '../roadmap/progress';
import { ROADMAP_SHEET } from '../roadmap/roadmap-layout';
import { Settings, SETTINGS_SHEET } from '../settings/settings';
import { ANSWERS_SHEET } from '../survey/answers-layout';
import { PREFERENCES_SHEET } from '../survey/preferences-layout';
import { readTemplates, TEMPLATES_SHEET } from '../survey/templates-sheet';
import type { SurveyTemplate } from '../survey/template';
import { ORGANIZATIONS_SHEET, readDirectory } from '../organizations/organizations-sheet';
import { buildProgramModel, type ProgramModel } from './model';
import { readIndicatorRules, RULES_SHEET } from '../indicators/rules-sheet';
import type { Problem } from '../problems/problem';
import { buildPopulation, type Population } from './population';
import { applyEvidence, type Evidence, type EvidenceKind } from './roadmap-evidence';
import { reshadeRoadmap } from '../roadmap/build-roadmap-sheet';

export interface LoadOptions {
  /** Facts the caller is producing right now (the report being made counts as made). */
  alsoDone?: readonly EvidenceKind[];
  /**
   * False: the roadmap's progress counts the evidence, but «Дорожная карта» is not written (a
   * reader such as the panel shows the same figures as «Сводка» without changing the book).
   */
  writeRoadmap?: boolean;
}

export interface LoadedProgram {
  model: ProgramModel;
  settingsGrid: Grid | null;
  templates: SurveyTemplate[];
  catalogues: Catalogues;
  /** Remarks on rows of «Правила показателей» (unreadable rules, bad plans) for «Проблемы». */
  ruleProblems: Problem[];
}

/**
 * Reads every sheet the programme model needs once, moves the roadmap where the tool holds the
 * evidence (written back to «Дорожная карта»: status and mark columns, one write each) and
 * builds the model.
 */
export function loadProgramModel(workbook: WorkbookPort, now: Date, options: LoadOptions = {}): LoadedProgram {
  const { settingsGrid, settings, catalogues, bases, population } = readPopulation(
    workbook,
    now,
    readAnswers(workbook.readSheet(ANSWERS_SHEET)),
  );
  const templates = readTemplates(workbook.readSheet(TEMPLATES_SHEET));
  const names = new Set(workbook.sheetNames());
  const read = (sheet: string) => (names.has(sheet) ? workbook.readSheet(sheet) : null);
  const year = settings.number('academicYear');
  const documents = [...registeredKeys(read(DOCUMENTS_SHEET))].filter((key) => key.endsWith(`|${year}`));
  const madeDocument = (kind: string) => documents.some((key) => key.startsWith(`${kind}|`));
  const evidence: Evidence = {
    pairs: population.links.length > 0,
    order: madeDocument('order'),
    plans: madeDocument('plans') || madeDocument('plan'),
    report: madeDocument('report'),
    entrySurvey: population.answers.some((a) => a.wave === 'вход'),
    exitSurvey: population.answers.some((a) => a.wave === 'выход'),
    preferences: hasRows(read(PREFERENCES_SHEET)),
  };
  for (const kind of options.alsoDone ?? []) evidence[kind] = true;
  const rules = readIndicatorRules(read(RULES_SHEET));
  const roadmapGrid =
    options.writeRoadmap === false
      ? (applyEvidence(read(ROADMAP_SHEET), evidence, now)?.grid ?? read(ROADMAP_SHEET))
      : moveRoadmap(workbook, read(ROADMAP_SHEET), evidence, now);
  const model = buildProgramModel({
    settings,
    catalogues,
    population,
    // People's rows: a team's row is not a person left out.
    basesRows: { mentors: people(bases.mentors), mentees: people(bases.mentees) },
    items: indexItems(templates),
    roadmap: roadmapProgress(roadmapGrid, now),
    now,
    directory: readDirectory(read(ORGANIZATIONS_SHEET)),
    rules: rules.rules,
  });
  return { model, settingsGrid, templates, catalogues, ruleProblems: rules.problems };
}

export interface ReadPopulation {
  settingsGrid: Grid | null;
  settings: Settings;
  catalogues: Catalogues;
  bases: Bases;
  population: Population;
}

/**
 * Who the statistics may see, read from the book (settings, catalogues, the bases, «Пары»): the
 * one population of the programme model. Whoever filters people or answers for a figure
 * («Динамика», «Без пары», the panel) takes it from here.
 */
export function readPopulation(
  workbook: WorkbookPort,
  now: Date,
  answers: readonly AnswerRow[] = [],
  /** The bases' grids when the caller has read them already (each sheet is read once). */
  grids?: { mentors: Grid | null; mentees: Grid | null },
): ReadPopulation {
  const settingsGrid = workbook.readSheet(SETTINGS_SHEET);
  const settings = Settings.fromSheet(settingsGrid);
  const catalogues = Catalogues.fromSheet(workbook.readSheet(CATALOGUES_SHEET));
  const bases = grids
    ? basesFromGrids(grids, settings, catalogues, now)
    : readBases(workbook, settings, catalogues, now);
  const pairs = readPairRegister(workbook.readSheet(PAIRS_SHEET));
  const population = buildPopulation({ mentors: bases.mentors, mentees: bases.mentees, pairs, answers });
  return { settingsGrid, settings, catalogues, bases, population };
}

const people = (rows: ReadonlyArray<{ team?: unknown }>) => rows.filter((p) => !p.team).length;

function hasRows(grid: Grid | null): boolean {
  return (grid ?? []).slice(1).some((row) => row.some((cell) => !isBlank(cell) && cellText(cell) !== ''));
}

/** Writes the statuses and marks the evidence changed; returns the sheet as it now is. */
function moveRoadmap(workbook: WorkbookPort, grid: Grid | null, evidence: Evidence, now: Date): Grid | null {
  const update = applyEvidence(grid, evidence, now);
  if (!update) return grid;
  // one write: the statuses and marks, and the fills they imply (a done event is no longer red)
  const shaded = reshadeRoadmap(update.grid, now);
  workbook.writeBlock(ROADMAP_SHEET, { row: 1, col: 1, values: shaded.grid, backgrounds: shaded.backgrounds });
  return update.grid;
}
