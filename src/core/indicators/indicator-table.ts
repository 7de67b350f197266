import { type Cell, cellText, type Grid } from '../cell';
import { figureOf, type ProgramModel } from '../program/model';
import { type PeriodKind, planYearsOf, programPeriod } from '../program/period';
import { mergeOwnedTable } from '../sheet/owned-table';
import { textKey } from '../text/normalize';
import { INDICATORS } from './catalogue';
import { type FinishedRow, finishRow, generatedRecord, planKey, tablePart, tableSpec } from './indicators-table';
import type { Measurement } from './metrics';
import { ruleFormula } from './rules';
import { RULES_SHEET, type SheetRule } from './rules-sheet';
import { roundTo } from './source-text';

function ruleRecord(rule: SheetRule, measurement: Measurement, years: readonly number[]): Record<string, Cell> {
  const record: Record<string, Cell> = {
    code: rule.code,
    name: rule.name,
    type: 'дополнительный',
    unit: rule.unit,
    fact: measurement.value === null ? null : roundTo(measurement.value),
    formula: `${ruleFormula(rule.text)} («${RULES_SHEET}», строка ${rule.row})`,
    source: measurement.source,
  };
  // plans as `generatedRecord` fills a catalogue row's default plan (keep the two alike)
  for (const year of years) record[planKey(year)] = rule.plan;
  return record;
}

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
  const onSheet = new Set((tablePart(existing) ?? []).slice(1).map((row) => textKey(cellText(row[0] ?? null))));
  const generated = INDICATORS.flatMap((spec) => {
    const measurement = figureOf(model.all, spec.metric);
    // an indicator for a part some programmes lack (managers) appears once the bases hold it
    if (spec.onlyWhenCounted && measurement.people === 0 && !onSheet.has(textKey(spec.code))) return [];
    measurements.set(textKey(spec.code), measurement);
    return [generatedRecord(spec, measurement, years, nationalTarget)];
  });
  // the curator's rules («Правила показателей»): computed rows like the catalogue's
  const own = new Map<string, { better: 'higher' | 'lower' }>();
  for (const { rule, measurement } of model.ruleFigures) {
    measurements.set(textKey(rule.code), measurement);
    own.set(textKey(rule.code), { better: rule.better });
    generated.push(ruleRecord(rule, measurement, years));
  }
  // every leftover non-blank row is the curator's (catalogue rows are always regenerated)
  const merged = mergeOwnedTable(tablePart(existing), tableSpec(years, kind), generated, { keepRow: () => true });
  for (const row of merged.grid.slice(1)) forgetRemovedRule(row, merged.index, own);
  const rows = merged.grid.slice(1).map((row) => finishRow(row, merged.index, year, measurements, kind, own));
  return { grid: merged.grid, index: merged.index, rows, years, year, kind, measurements };
}

/**
 * A row a rule once computed whose rule is gone from «Правила показателей»: its last fact is not
 * the curator's — it is cleared and the row says so (the curator's plans and comment stay).
 */
function forgetRemovedRule(row: Cell[], index: Map<string, number>, own: ReadonlyMap<string, unknown>): void {
  const at = (key: string) => row[index.get(key) as number] ?? null;
  const code = textKey(cellText(at('code')));
  if (own.has(code) || !cellText(at('formula')).includes(`«${RULES_SHEET}», строка`)) return;
  if (INDICATORS.some((spec) => textKey(spec.code) === code)) return;
  row[index.get('fact') as number] = null;
  row[index.get('formula') as number] = `правило удалено с листа «${RULES_SHEET}»`;
  row[index.get('source') as number] =
    `правила с кодом ${cellText(at('code'))} больше нет на листе «${RULES_SHEET}»: верните его или удалите эту строку`;
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
