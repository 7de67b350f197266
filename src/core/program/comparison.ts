/**
 * Organizations side by side: every organization's figures (from the programme model, or from a
 * roll-up of the schools' own workbooks), judged against the programme's plan, ranked, with the
 * lagging ones named. «Показатели», «Сводка», the analytic report and the roll-up print this one
 * comparison; none re-judges or re-ranks.
 */
import { BREAKDOWN_METRICS, INDICATORS, type IndicatorSpec, type MetricId } from '../indicators/catalogue';
import type { FinishedRow } from '../indicators/indicators-table';
import type { Measurement } from '../indicators/metrics';
import { formatNumber, roundTo } from '../indicators/source-text';
import {
  type IndicatorStatus,
  STATUS_ACHIEVED,
  STATUS_NO_DATA,
  STATUS_NO_PLAN,
  STATUS_NOT_ACHIEVED,
  STATUS_TOO_FEW,
  statusOf,
} from '../indicators/status';
import { textKey } from '../text/normalize';
import type { ProgramModel } from './model';
import { isTooFew } from './privacy';

/** One organization (or the programme's total) with its figures. */
export interface ComparedUnit {
  name: string;
  /** For narrow places (a phone, a table column); the full name when none is given. */
  short: string;
  figures: ReadonlyMap<MetricId, Measurement>;
}

export interface ComparisonCell {
  metric: MetricId;
  spec: IndicatorSpec;
  measurement: Measurement;
  plan: number | null;
  status: IndicatorStatus;
}

export interface ComparisonRow {
  name: string;
  short: string;
  /** 1 = best; equal results share a place; null when nothing of the organization could be judged. */
  rank: number | null;
  cells: ComparisonCell[];
  achieved: number;
  /** Cells judged against a plan (achieved or not). */
  judged: number;
  lagging: ComparisonCell[];
}

export interface Comparison {
  metrics: readonly MetricId[];
  /** Best first. */
  rows: ComparisonRow[];
  total: ComparisonCell[];
}

const specOf = (metric: MetricId) => INDICATORS.find((spec) => spec.metric === metric) as IndicatorSpec;

/**
 * A school's count (pairs, people) is not judged against the programme's plan, which is for all
 * schools together; rates and scores are.
 */
function isJudged(spec: IndicatorSpec): boolean {
  return spec.unit === '%' || spec.unit === 'балл';
}

function cellOf(metric: MetricId, figures: ReadonlyMap<MetricId, Measurement>, plans: PlanOf): ComparisonCell {
  const spec = specOf(metric);
  const measurement = figures.get(metric) as Measurement;
  const plan = plans(spec);
  let status: IndicatorStatus;
  if (measurement.value === null) status = STATUS_NO_DATA;
  else if (isTooFew(measurement.people)) status = STATUS_TOO_FEW;
  else if (!isJudged(spec)) status = STATUS_NO_PLAN;
  else status = statusOf(measurement.value, plan, spec.better);
  return { metric, spec, measurement, plan, status };
}

type PlanOf = (spec: IndicatorSpec) => number | null;

/** The plans of the current year, as «Показатели» holds them (its rows, with the catalogue's defaults filled in). */
export function plansFrom(rows: readonly FinishedRow[]): PlanOf {
  const byCode = new Map(rows.map((row) => [textKey(row.code), row.plan]));
  return (spec) => byCode.get(textKey(spec.code)) ?? null;
}

/** The headline rate a tie between equally successful organizations is broken by (П-04). */
const TIE_BREAK: MetricId = 'menteesWithPairShare';

export function compareUnits(
  units: readonly ComparedUnit[],
  total: ReadonlyMap<MetricId, Measurement>,
  plans: PlanOf,
  metrics: readonly MetricId[] = BREAKDOWN_METRICS,
): Comparison {
  const rows = units.map((unit): Omit<ComparisonRow, 'rank'> => {
    const cells = metrics.map((metric) => cellOf(metric, unit.figures, plans));
    const lagging = cells.filter((cell) => cell.status === STATUS_NOT_ACHIEVED);
    const achieved = cells.filter((cell) => cell.status === STATUS_ACHIEVED).length;
    return { name: unit.name, short: unit.short, cells, achieved, judged: achieved + lagging.length, lagging };
  });
  const score = (row: Omit<ComparisonRow, 'rank'>) => (row.judged === 0 ? -1 : row.achieved / row.judged);
  const tie = (row: Omit<ComparisonRow, 'rank'>) => {
    const cell = row.cells.find((c) => c.metric === TIE_BREAK);
    const m = cell?.measurement;
    return m && m.value !== null && !isTooFew(m.people) ? roundTo(m.value) : -1;
  };
  const ordered = [...rows].sort(
    (a, b) => score(b) - score(a) || tie(b) - tie(a) || a.short.localeCompare(b.short, 'ru', { numeric: true }),
  );
  const ranked: ComparisonRow[] = [];
  ordered.forEach((row, i) => {
    const previous = ranked[i - 1];
    const same = previous && score(ordered[i - 1]) === score(row) && tie(ordered[i - 1]) === tie(row);
    ranked.push({ ...row, rank: row.judged === 0 ? null : same ? previous.rank : i + 1 });
  });
  return { metrics, rows: ranked, total: metrics.map((metric) => cellOf(metric, total, plans)) };
}

/** The model's organizations against the plans of «Показатели». */
export function compareOrganizations(model: ProgramModel, rows: readonly FinishedRow[]): Comparison {
  const units = model.organizations.map((view) => ({
    name: view.organization?.name ?? view.label,
    short: view.organization?.short ?? view.label,
    figures: view.figures,
  }));
  return compareUnits(units, model.all.figures, plansFrom(rows));
}

/** «П-04 73,3 % при плане 100 %». */
export function lagText(cell: ComparisonCell): string {
  const unit = cell.spec.unit === '%' ? ' %' : '';
  const value = formatNumber(roundTo(cell.measurement.value as number));
  return `${cell.spec.code} ${value}${unit} при плане ${formatNumber(cell.plan as number)}${unit}`;
}

/** «отстают: СОШ № 3 (П-04 73,3 % при плане 100 %; П-13 …), СОШ № 17 (…)», or that none lag. */
export function laggingLine(comparison: Comparison): string {
  const lagging = comparison.rows.filter((row) => row.lagging.length > 0);
  if (lagging.length === 0)
    return comparison.rows.some((row) => row.judged > 0)
      ? 'отстающих нет: все организации достигли плана по показателям с планом'
      : 'отстающих не определить: нет показателей с планом и данными';
  return `отстают: ${lagging.map((row) => `${row.short} (${row.lagging.map(lagText).join('; ')})`).join(', ')}`;
}

/** «лидируют: …» — the organizations in first place (all of their judged indicators at plan, or the best share). */
export function leadersLine(comparison: Comparison): string | null {
  const leaders = comparison.rows.filter((row) => row.rank === 1 && row.achieved > 0);
  if (leaders.length === 0 || leaders.length === comparison.rows.length) return null;
  return `лидируют: ${leaders.map((row) => `${row.short} (достигнут план по ${row.achieved} из ${row.judged} показателей)`).join(', ')}`;
}
