import type { Cell, Grid } from '../cell';
import { figureOf, type ProgramModel } from '../program/model';
import { type PeriodKind, planYearsOf, programPeriod } from '../program/period';
import { mergeOwnedTable } from '../sheet/owned-table';
import { textKey } from '../text/normalize';
import { INDICATORS } from './catalogue';
import { type FinishedRow, finishRow, generatedRecord, planKey, tablePart, tableSpec } from './indicators-table';
import type { Measurement } from './metrics';

/** The indicator table: the catalogue computed from the model, merged with the curator's plans and rows. */
export interface IndicatorTable {
  grid: Cell[][];
  index: Map<string, number>;
  rows: FinishedRow[];
  years: number[];
  /** The plan year today's status is judged by. */
  year: number;
  /** Academic («План 2026/27») or calendar («План 2023») plan columns: the programme's years. */
  kind: PeriodKind;
  /** Catalogue code (text key) → the programme-wide measurement. */
  measurements: Map<string, Measurement>;
}

/**
 * The ONE indicator table. «Показатели» writes it; «Сводка», the analytic report, SWOT and the
 * panel print it. `existing` is «Показатели» as read (its plans, base values and own rows).
 */
export function indicatorTable(model: ProgramModel, existing: Grid | null): IndicatorTable {
  const { settings } = model;
  const plan = planYearsOf(programPeriod(settings), model.now, settings.number('indicatorPlanYears'));
  const { years, current: year, kind } = plan;
  const nationalTarget = settings.number('nationalInvolvementTarget');
  const measurements = new Map<string, Measurement>();
  const generated = INDICATORS.map((spec) => {
    const measurement = figureOf(model.all, spec.metric);
    measurements.set(textKey(spec.code), measurement);
    return generatedRecord(spec, measurement, years, nationalTarget);
  });
  // every leftover non-blank row is the curator's (catalogue rows are always regenerated)
  const merged = mergeOwnedTable(tablePart(existing), tableSpec(years, kind), generated, { keepRow: () => true });
  const rows = merged.grid.slice(1).map((row) => finishRow(row, merged.index, year, measurements, kind));
  return { grid: merged.grid, index: merged.index, rows, years, year, kind, measurements };
}

/** Number format of a figure by its unit: decimal comma comes from the locale, never from text. */
export function unitFormat(unit: string): string {
  if (unit === '%') return '0.0" %"';
  if (unit === 'балл') return '0.0';
  return '0';
}

/** Columns of the table holding numbers in the row's unit. */
export function numericKeys(years: readonly number[]): string[] {
  return ['baseValue', 'fact', 'manualFact', ...years.map(planKey)];
}
