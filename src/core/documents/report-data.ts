import { cellText, type Grid, isBlank } from '../cell';
import { roadmapProgress, type RoadmapProgress } from '../roadmap/progress';
import { mapHeader } from '../sheet/header-map';
import type { ColumnSpec } from '../sheet/layout';
import { textKey } from '../text/normalize';
import { growthOf, pairedAnswers, satisfactionAnswers } from '../indicators/survey-stats';
import { type DocumentInput, numberOrNull } from './inputs';

/** Aggregates of the analytic report: counts and means only, no names. */
export interface ReportData {
  academicYear: number;
  mentors: number;
  mentorsWithConsent: number;
  mentees: number;
  menteesWithConsent: number;
  withoutPair: { count: number; forms: string[] };
  withoutConsent: number;
  byForm: FormRow[];
  unitsActive: number;
  unitsCompleted: number;
  unitsTerminated: number;
  overloaded: Array<{ name: string; load: number; limit: number }>;
  indicators: IndicatorRow[] | null;
  satisfaction: SatisfactionRow[];
  dynamics: Dynamics | null;
  swot: SwotQuadrants | null;
  roadmap: RoadmapProgress;
}

export interface FormRow {
  form: string;
  pairs: number;
  groups: number;
  mentees: number;
  completed: number;
}

export interface IndicatorRow {
  name: string;
  unit: string;
  plan: string;
  fact: string;
  status: string;
  /** Numeric fact below numeric plan, or a status that says «не достигнут». */
  notAchieved: boolean;
}

export interface SatisfactionRow {
  form: string;
  respondents: number;
  /** Mean of 1–10 answers. */
  mean: number;
}

export interface Dynamics {
  participants: number;
  entryMean: number;
  exitMean: number;
  improvedShare: number;
}

const INDICATOR_HEADERS: ColumnSpec[] = [
  {
    key: 'name',
    header: 'Показатель',
    aliases: ['Наименование показателя', 'Цель, целевой показатель'],
    type: 'text',
    note: '',
  },
  { key: 'unit', header: 'Ед. изм.', aliases: ['Единица измерения'], type: 'text', note: '' },
  { key: 'fact', header: 'Факт', type: 'text', note: '' },
  { key: 'manualFact', header: 'Факт (вручную)', type: 'text', note: '' },
  { key: 'status', header: 'Статус', type: 'text', note: '' },
];

export function reportData(input: DocumentInput, academicYear: number, now: Date): ReportData {
  const active = input.pairs.filter((p) => p.status === 'активна');
  const mentorOfLink = new Map<string, string>();
  const formOf = new Map<string, string>();
  for (const pair of input.pairs) {
    if (pair.menteeId !== '') formOf.set(pair.menteeId, pair.form);
    if (pair.mentorId !== '' && !formOf.has(pair.mentorId)) formOf.set(pair.mentorId, pair.form);
    mentorOfLink.set(pair.menteeId, pair.mentorId);
  }
  const paired = new Set(active.map((p) => p.menteeId).filter((id) => id !== ''));
  const pairedNames = new Set(active.map((p) => textKey(p.menteeName)));
  const waiting = input.mentees.filter(
    (m) =>
      !m.hasErrors &&
      m.hasConsent &&
      !paired.has(m.id) &&
      !pairedNames.has(textKey(m.fio)) &&
      !/выбыл|заверш/i.test(m.status),
  );
  const units = unitsOf(input.pairs);
  const byForm = new Map<string, FormRow>();
  for (const unit of units) {
    const row = byForm.get(unit.form) ?? {
      form: unit.form || 'форма не указана',
      pairs: 0,
      groups: 0,
      mentees: 0,
      completed: 0,
    };
    if (unit.isGroup) row.groups += 1;
    else row.pairs += 1;
    row.mentees += unit.mentees;
    if (unit.status === 'завершена') row.completed += 1;
    byForm.set(unit.form, row);
  }
  const limit = input.settings.number('mentorLoadLimit');
  const load = new Map<string, number>();
  for (const pair of active)
    load.set(pair.mentorId || textKey(pair.mentorName), (load.get(pair.mentorId || textKey(pair.mentorName)) ?? 0) + 1);
  const overloaded = input.mentors
    .map((m) => ({ name: m.fio, load: load.get(m.id) ?? 0, limit: m.loadLimit ?? limit }))
    .filter((m) => m.load > m.limit);
  return {
    academicYear,
    mentors: input.mentors.length,
    mentorsWithConsent: input.mentors.filter((m) => m.hasConsent).length,
    mentees: input.mentees.length,
    menteesWithConsent: input.mentees.filter((m) => m.hasConsent).length,
    withoutPair: {
      count: waiting.length,
      forms: [...new Set(waiting.map((m) => m.wantedForm).filter((f) => f !== ''))],
    },
    withoutConsent: [...input.mentors, ...input.mentees].filter((p) => !p.hasConsent).length,
    byForm: [...byForm.values()],
    unitsActive: units.filter((u) => u.status === 'активна').length,
    unitsCompleted: units.filter((u) => u.status === 'завершена').length,
    unitsTerminated: units.filter((u) => u.status === 'расторгнута').length,
    overloaded,
    indicators: readIndicators(input.indicators, academicYear),
    ...monitoring(input, formOf),
    swot: readSwot(input.swot),
    roadmap: roadmapProgress(input.roadmapGrid, now),
  };
}

function unitsOf(pairs: DocumentInput['pairs']) {
  const units = new Map<string, { form: string; isGroup: boolean; mentees: number; statuses: string[] }>();
  for (const pair of pairs) {
    const key = pair.groupId !== '' ? `g:${pair.groupId}` : `p:${pair.pairId || pair.row}`;
    const unit = units.get(key) ?? { form: pair.form, isGroup: pair.groupId !== '', mentees: 0, statuses: [] };
    unit.mentees += 1;
    unit.statuses.push(pair.status);
    units.set(key, unit);
  }
  return [...units.values()].map((u) => ({
    ...u,
    status: u.statuses.includes('активна') ? 'активна' : u.statuses.includes('завершена') ? 'завершена' : 'расторгнута',
  }));
}

/** The table of «Показатели» above its breakdowns, read by header; null when the sheet is absent. */
export function readIndicators(grid: Grid | null, academicYear: number): IndicatorRow[] | null {
  if (!grid || grid.length < 2) return null;
  const map = mapHeader(grid[0], INDICATOR_HEADERS);
  const nameCol = map.index.get('name');
  if (nameCol === undefined) return null;
  const header = grid[0].map((cell) => textKey(cellText(cell)));
  let planCol = header.indexOf(textKey(`План ${academicYear}`));
  if (planCol < 0) planCol = header.findIndex((h) => h.startsWith('план'));
  const at = (row: Grid[number], key: string) => {
    const i = map.index.get(key);
    return i === undefined ? '' : cellText(row[i]);
  };
  const rows: IndicatorRow[] = [];
  for (const row of grid.slice(1)) {
    if (row.every((cell) => isBlank(cell))) break;
    const name = cellText(row[nameCol]);
    if (name === '') continue;
    const plan = planCol >= 0 ? cellText(row[planCol]) : '';
    const fact = at(row, 'fact') || at(row, 'manualFact');
    const status = at(row, 'status');
    const planNumber = numberOrNull(plan);
    const factNumber = numberOrNull(fact);
    const statusSaysNo = /не\s*достиг|ниже|не выполн/i.test(status);
    const numericNo = planNumber !== null && factNumber !== null && factNumber < planNumber;
    rows.push({
      name,
      unit: at(row, 'unit'),
      plan,
      fact,
      status,
      notAchieved: statusSaysNo || (status === '' && numericNo),
    });
  }
  return rows;
}

/**
 * Satisfaction by form from the items marked «удовлетворённость» (exit and one-off waves), and the
 * entry→exit growth over the scale items each participant answered at both waves.
 */
function monitoring(
  input: DocumentInput,
  formOf: Map<string, string>,
): { satisfaction: SatisfactionRow[]; dynamics: Dynamics | null } {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const byPerson = new Map<string, number[]>();
  for (const answer of satisfactionAnswers(input.answers, input.items)) {
    if (answer.participantId === '' || answer.number === null) continue;
    byPerson.set(answer.participantId, [...(byPerson.get(answer.participantId) ?? []), answer.number]);
  }
  const byForm = new Map<string, number[]>();
  for (const [id, values] of byPerson) {
    const form = formOf.get(id) || 'без пары';
    byForm.set(form, [...(byForm.get(form) ?? []), mean(values)]);
  }
  const satisfaction = [...byForm].map(([form, means]) => ({ form, respondents: means.length, mean: mean(means) }));
  const paired = pairedAnswers(input.answers, input.items);
  const growth = growthOf(paired);
  const dynamics =
    growth.participants === 0
      ? null
      : {
          participants: growth.participants,
          entryMean: mean(paired.map((p) => p.entry.number as number)),
          exitMean: mean(paired.map((p) => p.exit.number as number)),
          improvedShare: growth.improved / growth.participants,
        };
  return { satisfaction, dynamics };
}

export type SwotQuadrants = Record<'strengths' | 'weaknesses' | 'opportunities' | 'threats', string[]>;

const QUADRANTS: Array<[keyof SwotQuadrants, string]> = [
  ['strengths', 'сильные стороны'],
  ['weaknesses', 'слабые стороны'],
  ['opportunities', 'возможности'],
  ['threats', 'угрозы'],
];
const NOT_ENTRIES = ['запись', 'источник', 'вес', 'метка'];

/**
 * The entries of «SWOT» by quadrant, whatever its layout: under each title cell («Сильные
 * стороны»…) the texts in the same column down to the next title. Null when there is nothing.
 */
export function readSwot(grid: Grid | null): SwotQuadrants | null {
  if (!grid) return null;
  const quadrantAt = (r: number, c: number) => {
    const text = textKey(cellText(grid[r]?.[c] ?? null));
    return QUADRANTS.find(([, title]) => text.startsWith(title))?.[0];
  };
  const result: SwotQuadrants = { strengths: [], weaknesses: [], opportunities: [], threats: [] };
  let found = false;
  grid.forEach((row, r) => {
    row.forEach((_, c) => {
      const quadrant = quadrantAt(r, c);
      if (!quadrant) return;
      found = true;
      for (let below = r + 1; below < grid.length && !quadrantAt(below, c); below++) {
        const text = cellText(grid[below][c] ?? null);
        if (text !== '' && !NOT_ENTRIES.includes(textKey(text))) result[quadrant].push(text);
      }
    });
  });
  return found && Object.values(result).some((list) => list.length > 0) ? result : null;
}
