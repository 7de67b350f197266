import { neededForms } from '../bases/participant';
import type { KindRow } from '../program/kinds';
import { cellText, type Grid } from '../cell';
import { type Chart, hasData } from '../charts/chart';
import { dynamicsChart, pairsByFormChart, planFactChart, roadmapChart } from '../charts/program-charts';
import type { MetricId } from '../indicators/catalogue';
import { type IndicatorTable, indicatorTable } from '../indicators/indicator-table';
import { INDICATORS_SHEET, planHeader } from '../indicators/indicators-table';
import { programPeriod, programYearLabel, programYearOf } from '../program/period';
import type { WorkbookPort } from '../ports';
import { type LoadOptions, loadProgramModel } from '../program/load';
import { SWOT_SHEET } from '../swot/swot-sheet';
import { counted } from '../indicators/scope';
import { formatNumber, roundTo } from '../indicators/source-text';
import { type ComparisonCell, compareOrganizations, laggingLine, leadersLine } from '../program/comparison';
import { STATUS_NOT_ACHIEVED, STATUS_TOO_FEW } from '../indicators/status';
import { figureOf, type ProgramModel, type ProgramView } from '../program/model';
import { isTooFew, privateFigure, TOO_FEW_TEXT } from '../program/privacy';
import type { RoadmapProgress } from '../roadmap/progress';
import { textKey } from '../text/normalize';

/** Aggregates of the analytic report: the model's figures as printed, no names. */
export interface ReportData {
  academicYear: number;
  /** The programme's period as «Настройки» set it: null for the default one academic year. */
  period: { label: string; years: string[]; planHeader: string; currentYear: string } | null;
  /** Participants in the statistics (consent, no errors, not «выбыл»): the same as «Сводка». */
  mentors: number;
  mentees: number;
  /** Rows of the bases left out of the statistics (no consent or an error in the row). */
  leftOut: number;
  withoutPair: { count: number; text: string; forms: string[] };
  withoutConsent: number;
  byForm: FormRow[];
  /** Pairs and groups by kind of mentorship (the model's one definition); empty when «Пары» names no kind. */
  byKind: KindRow[];
  unitsActive: number;
  unitsCompleted: number;
  unitsTerminated: number;
  overloaded: Array<{ name: string; load: number; limit: number }>;
  indicators: IndicatorRow[] | null;
  satisfaction: SatisfactionRow[];
  dynamics: Dynamics | null;
  swot: SwotQuadrants | null;
  roadmap: RoadmapProgress;
  /** The charts of the programme (src/core/charts), the same as the sheets draw. */
  charts: { planFact: Chart | null; pairsByForm: Chart; dynamics: Chart; roadmap: Chart };
  /** A network's organizations side by side (the comparison of «Показатели»); null for one organization. */
  organizations: OrganizationsPart | null;
}

export interface OrganizationsPart {
  header: string[];
  rows: string[][];
  /** «лидируют: …» (null when every organization shares the first place). */
  leaders: string | null;
  /** «отстают: …» with what lags, or that none do. */
  lagging: string;
  /** Short names of the organizations behind the plan, best first. */
  laggingNames: string[];
}

/** The indicators the report compares organizations by (the whole comparison is on «Показатели»). */
const REPORT_COMPARED: readonly MetricId[] = ['menteesWithPairShare', 'teacherInvolvement', 'satisfactionMean'];

function organizationsPart(model: ProgramModel, table: IndicatorTable | null): OrganizationsPart | null {
  if (model.organizations.length < 2) return null;
  const comparison = compareOrganizations(model, table?.rows ?? []);
  const shownCell = (cell: ComparisonCell) => {
    const m = cell.measurement;
    if (m.value === null) return '—';
    if (isTooFew(m.people)) return TOO_FEW_TEXT;
    return shown(roundTo(m.value), cell.spec.unit);
  };
  const picked = (cells: readonly ComparisonCell[]) =>
    REPORT_COMPARED.map((metric) => cells.find((c) => c.metric === metric) as ComparisonCell);
  return {
    header: [
      'Место',
      'Организация',
      ...picked(comparison.total).map((c) => `${c.spec.code}, ${c.spec.unit}`),
      'План достигнут',
    ],
    rows: [
      ...comparison.rows.map((row) => [
        row.rank === null ? '—' : String(row.rank),
        row.short,
        ...picked(row.cells).map(shownCell),
        row.judged > 0 ? `${row.achieved} из ${row.judged}` : '—',
      ]),
      ['', 'Итого по программе', ...picked(comparison.total).map(shownCell), ''],
    ],
    leaders: leadersLine(comparison),
    lagging: laggingLine(comparison),
    laggingNames: comparison.rows.filter((row) => row.lagging.length > 0).map((row) => row.short),
  };
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
  notAchieved: boolean;
}

export interface SatisfactionRow {
  form: string;
  respondents: number;
  /** Participant-level mean of 1–10 answers; null when about 1–2 people (not shown). */
  mean: number | null;
}

export interface Dynamics {
  participants: number;
  entryMean: number;
  exitMean: number;
  improvedShare: number;
}

/** A number of the table as the report prints it: decimal comma, the unit, «менее 3 чел.». */
function shown(value: number | null, unit: string): string {
  if (value === null) return '';
  return unit === '%' ? `${formatNumber(value)} %` : formatNumber(value);
}

function periodPart(model: ProgramModel, table: IndicatorTable | null): ReportData['period'] {
  const period = programPeriod(model.settings);
  if (!period.explicit) return null;
  const current = table?.year ?? programYearOf(period, model.now).first;
  return {
    label: period.label,
    years: period.years.map((year) => year.label),
    planHeader: planHeader(current, period.kind),
    currentYear: programYearLabel(current, period.kind),
  };
}

export function reportData(model: ProgramModel, table: IndicatorTable | null, swotGrid: Grid | null): ReportData {
  const without = figureOf(model.all, 'menteesWithoutPair');
  const count = (view: ProgramView, metric: MetricId) => figureOf(view, metric).value ?? 0;
  return {
    academicYear: model.year,
    period: periodPart(model, table),
    mentors: counted(model.all.scope.mentors).length,
    mentees: counted(model.all.scope.mentees).length,
    leftOut:
      model.basesRows.mentors +
      model.basesRows.mentees -
      model.population.mentors.length -
      model.population.mentees.length,
    withoutPair: {
      count: model.withoutPair.length,
      text: privateFigure(without.value, without.people),
      forms: [...new Set(model.withoutPair.flatMap(neededForms))],
    },
    withoutConsent: model.population.withoutConsent,
    byForm: model.forms.map((form) => ({
      form: form.label,
      pairs: count(form, 'pairsCount'),
      groups: count(form, 'groupsCount'),
      mentees: form.menteesInPairs,
      completed: form.scope.units.filter((u) => u.status === 'завершена').length,
    })),
    byKind: model.kinds,
    unitsActive: model.units.active,
    unitsCompleted: model.units.completed,
    unitsTerminated: model.units.terminated,
    overloaded: model.mentorLoads
      .filter((m) => m.load > m.limit)
      .map((m) => ({ name: m.mentor.fio, load: m.load, limit: m.limit })),
    indicators: table
      ? table.rows.map((row) => ({
          name: row.name,
          unit: row.unit,
          plan: shown(row.plan, row.unit),
          fact: row.status === STATUS_TOO_FEW ? TOO_FEW_TEXT : shown(row.fact, row.unit),
          status: row.status,
          notAchieved: row.status === STATUS_NOT_ACHIEVED,
        }))
      : null,
    satisfaction: model.forms.flatMap((form) => {
      const m = figureOf(form, 'satisfactionMean');
      if (m.value === null) return [];
      return [{ form: form.label, respondents: m.people ?? 0, mean: isTooFew(m.people) ? null : m.value }];
    }),
    dynamics: model.dynamics && !isTooFew(model.dynamics.participants) ? model.dynamics : null,
    swot: readSwot(swotGrid),
    roadmap: model.roadmap,
    charts: {
      planFact: table ? planFactChart(table.rows, table.year, table.kind) : null,
      pairsByForm: pairsByFormChart(model),
      dynamics: dynamicsChart(model),
      roadmap: roadmapChart(model.roadmap),
    },
    organizations: organizationsPart(model, table),
  };
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

/** The report's data straight from a workbook: the programme model, «Показатели» and «SWOT», each read once. */
export function readReportData(workbook: WorkbookPort, now: Date, options: LoadOptions = {}): ReportData {
  const { model } = loadProgramModel(workbook, now, options);
  const indicators = workbook.readSheet(INDICATORS_SHEET);
  return reportData(model, indicators ? indicatorTable(model, indicators) : null, workbook.readSheet(SWOT_SHEET));
}

/** A chart block of the report, or nothing when the chart has nothing to draw. */
export function chartBlocks(chart: Chart | null): Array<{ kind: 'chart'; chart: Chart }> {
  return chart && hasData(chart) ? [{ kind: 'chart', chart }] : [];
}
