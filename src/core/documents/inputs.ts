import { loadProgram } from '../bases/read-bases';
import { type AnswerRow, readAnswers } from '../indicators/program-data';
import { indexItems, type ItemIndex } from '../indicators/survey-stats';
import { readTemplates, TEMPLATES_SHEET as SURVEY_TEMPLATES_SHEET } from '../survey/templates-sheet';
import type { Mentee, Mentor } from '../bases/participant';
import { type Grid, isBlank } from '../cell';
import { readPairRegister } from '../pairs/read-register';
import { type PairRecord, PAIRS_SHEET } from '../pairs/register-layout';
import type { WorkbookPort } from '../ports';
import { readRoadmapRows, type RoadmapRow } from '../roadmap/roadmap-rows';
import { ROADMAP_SHEET } from '../roadmap/roadmap-layout';
import type { Settings } from '../settings/settings';
import { personKey } from '../text/normalize';
import { parseNumber } from '../text/parse';

export const INDICATORS_SHEET_NAME = 'Показатели';
export const SWOT_SHEET_NAME = 'SWOT';
export const ANSWERS_SHEET_NAME = 'Ответы';

/** One row of «Пары» as the documents read it. */
export type PairRow = PairRecord;

/** Everything the documents are built from, each sheet read once. */
export interface DocumentInput {
  settings: Settings;
  mentors: Mentor[];
  mentees: Mentee[];
  pairs: PairRow[];
  pairsGrid: Grid | null;
  roadmap: RoadmapRow[];
  roadmapGrid: Grid | null;
  indicators: Grid | null;
  swot: Grid | null;
  /** «Ответы», parsed; with the questionnaire items (scale kinds, satisfaction flags). */
  answers: AnswerRow[];
  items: ItemIndex;
}

export function readDocumentInput(workbook: WorkbookPort, today: Date): DocumentInput {
  const { settings, bases } = loadProgram(workbook, today);
  const pairsGrid = workbook.readSheet(PAIRS_SHEET);
  const roadmapGrid = workbook.readSheet(ROADMAP_SHEET);
  return {
    settings,
    mentors: bases.mentors,
    mentees: bases.mentees,
    pairs: readPairRows(pairsGrid),
    pairsGrid,
    roadmap: readRoadmapRows(roadmapGrid),
    roadmapGrid,
    indicators: workbook.readSheet(INDICATORS_SHEET_NAME),
    swot: workbook.readSheet(SWOT_SHEET_NAME),
    answers: readAnswers(workbook.readSheet(ANSWERS_SHEET_NAME)),
    items: indexItems(readTemplates(workbook.readSheet(SURVEY_TEMPLATES_SHEET))),
  };
}

/** «Пары» as the documents read it: the shared register reader. */
export function readPairRows(grid: Grid | null): PairRow[] {
  return readPairRegister(grid);
}

/** Finds a participant by the id of «Пары», or by name when the id is missing or stale. */
export class People {
  private readonly mentorsById: Map<string, Mentor>;
  private readonly menteesById: Map<string, Mentee>;
  private readonly mentorsByName: Map<string, Mentor>;
  private readonly menteesByName: Map<string, Mentee>;

  constructor(mentors: readonly Mentor[], mentees: readonly Mentee[]) {
    this.mentorsById = new Map(mentors.map((m) => [m.id, m]));
    this.menteesById = new Map(mentees.map((m) => [m.id, m]));
    this.mentorsByName = new Map(mentors.map((m) => [m.personKey, m]));
    this.menteesByName = new Map(mentees.map((m) => [m.personKey, m]));
  }

  mentor(pair: PairRow): Mentor | undefined {
    return this.mentorsById.get(pair.mentorId) ?? this.mentorsByName.get(personKey(pair.mentorName));
  }

  mentee(pair: PairRow): Mentee | undefined {
    return this.menteesById.get(pair.menteeId) ?? this.menteesByName.get(personKey(pair.menteeName));
  }
}

/** A numeric cell or null (for plan/fact columns written as text). */
export function numberOrNull(cell: Grid[number][number] | undefined): number | null {
  if (cell === undefined || isBlank(cell)) return null;
  const parsed = parseNumber(typeof cell === 'string' ? cell.replace('%', '') : cell);
  return parsed.ok ? parsed.value : null;
}
