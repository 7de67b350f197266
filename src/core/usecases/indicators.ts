import type { Cell } from '../cell';
import { buildBreakdowns, planFactChart } from '../indicators/breakdown';
import { INDICATORS } from '../indicators/catalogue';
import type { MissingSetting } from '../indicators/denominators';
import {
  COLUMN_NOTES,
  type FinishedRow,
  finishRow,
  generatedRecord,
  INDICATORS_SHEET,
  indicatorColumns,
  planKey,
  planYears,
  tablePart,
  tableSpec,
} from '../indicators/indicators-table';
import { loadProgramInput, type ProgramInput } from '../indicators/load';
import { indicatorMessages } from '../indicators/messages';
import { METRICS, type Measurement } from '../indicators/metrics';
import { programScope, type Scope, type ScopeContext, scopeContext } from '../indicators/scope';
import { appendSettingRows, missingSettingProblems } from '../indicators/settings-rows';
import {
  STATUS_ACHIEVED,
  STATUS_COLOURS,
  STATUS_NO_DATA,
  STATUS_NOT_ACHIEVED,
  type IndicatorStatus,
} from '../indicators/status';
import { type Outcome, outcome } from '../outcome';
import type { Env } from '../ports';
import { writeProblems } from '../problems/problems-sheet';
import { HEADER_BACKGROUND } from '../sheet/layout-format';
import { mergeOwnedTable } from '../sheet/owned-table';
import { textKey } from '../text/normalize';
import { writeSummary } from './summary';

export const INDICATORS_SOURCE = 'Показатели';

export interface IndicatorsResult {
  rows: FinishedRow[];
  scope: Scope;
  context: ScopeContext;
  /** Catalogue code → measurement for the whole program. */
  measurements: Map<string, Measurement>;
  year: number;
  chartDrawn: boolean;
}

/** «Показатели»: computes the catalogue, keeps the curator's rows and plans, writes breakdowns and the chart; then «Сводка». */
export function runIndicators(env: Env): Outcome {
  const text = indicatorMessages(env.locale);
  const input = loadProgramInput(env.workbook, env.clock.now());
  env.progress.report(text.progressIndicators);
  const result = writeIndicators(env, input);
  writeSummary(env, input, result);
  const count = (status: IndicatorStatus) => result.rows.filter((r) => r.status === status).length;
  const achieved = count(STATUS_ACHIEVED);
  const notAchieved = count(STATUS_NOT_ACHIEVED);
  const noData = count(STATUS_NO_DATA);
  const lines = [
    text.indicatorsSummary(result.rows.length, result.year, achieved, notAchieved, noData),
    text.breakdowns,
  ];
  if (!result.chartDrawn) lines.push(text.noChart);
  if (noData > 0) lines.push(text.whatToFill);
  return outcome(text.indicatorsTitle, lines, { indicators: result.rows.length, achieved, notAchieved, noData });
}

export function writeIndicators(env: Env, input: ProgramInput): IndicatorsResult {
  const { workbook } = env;
  const { settings, catalogues, items } = input;
  const year = settings.number('academicYear');
  const years = planYears(year, settings.number('indicatorPlanYears'));
  const nationalTarget = settings.number('nationalInvolvementTarget');
  const context = scopeContext(input.data, settings, catalogues);
  const scope = programScope(context, settings);

  const missing = new Map<string, { setting: MissingSetting; indicators: Set<string> }>();
  const note = (measurement: Measurement, code: string) => {
    for (const setting of measurement.missing) {
      const entry = missing.get(setting.key) ?? { setting, indicators: new Set<string>() };
      entry.indicators.add(code);
      missing.set(setting.key, entry);
    }
  };
  const measurements = new Map<string, Measurement>();
  const generated = INDICATORS.map((spec) => {
    const measurement = METRICS[spec.metric]({ scope, context, items });
    measurements.set(textKey(spec.code), measurement);
    note(measurement, spec.code);
    return generatedRecord(spec, measurement, years, nationalTarget);
  });

  workbook.ensureSheet(INDICATORS_SHEET);
  const existing = workbook.readSheet(INDICATORS_SHEET);
  const table = tablePart(existing);
  // every leftover non-blank row is the curator's (catalogue rows are always regenerated)
  const merged = mergeOwnedTable(table, tableSpec(years), generated, { keepRow: () => true });
  const rows = merged.grid.slice(1).map((row) => finishRow(row, merged.index, year, measurements));

  const breakdowns = buildBreakdowns({ all: scope, context, settings, items, finished: rows, year });
  for (const measurement of breakdowns.measurements) note(measurement, 'в разрезе по организациям');

  writeTable(env, merged.grid, merged.index, rows);
  const previousHeight = existing?.length ?? 0;
  if (previousHeight > merged.grid.length) workbook.clearRows(INDICATORS_SHEET, merged.grid.length + 1, previousHeight);
  const blockRow = merged.grid.length + 2;
  const { block } = breakdowns;
  workbook.writeBlock(INDICATORS_SHEET, {
    row: blockRow,
    col: 1,
    values: block.values,
    notes: block.notes,
    fontWeights: block.fontWeights,
    backgrounds: block.backgrounds,
  });
  const chartDrawn =
    block.chart !== null && workbook.upsertChart(INDICATORS_SHEET, planFactChart(blockRow, block.chart, year));
  formatIndicators(env, merged.index, years);

  appendSettingRows(
    workbook,
    input.settingsGrid,
    [...missing.values()].map((m) => m.setting),
  );
  writeProblems(workbook, INDICATORS_SOURCE, missingSettingProblems(missing), env.clock.now());
  return { rows, scope, context, measurements, year, chartDrawn };
}

/** The table in one write: values, status colours, bold header. */
function writeTable(env: Env, grid: Cell[][], index: Map<string, number>, rows: FinishedRow[]): void {
  const statusCol = index.get('status') as number;
  const width = grid[0].length;
  const backgrounds = grid.map((_, r) =>
    Array.from({ length: width }, (_, c) => {
      if (r === 0) return HEADER_BACKGROUND;
      return c === statusCol ? STATUS_COLOURS[rows[r - 1].status] : null;
    }),
  );
  const fontWeights = grid.map((_, r) => Array.from({ length: width }, () => (r === 0 ? ('bold' as const) : null)));
  env.workbook.writeBlock(INDICATORS_SHEET, { row: 1, col: 1, values: grid, backgrounds, fontWeights });
}

function formatIndicators(env: Env, index: Map<string, number>, years: readonly number[]): void {
  const widths: Record<string, number> = { code: 60, name: 320, formula: 320, source: 360, bar: 150, comment: 200 };
  const columns = indicatorColumns(years).map((column) => ({
    col: (index.get(column.key) as number) + 1,
    width: widths[column.key] ?? (column.key.startsWith('plan') ? 80 : 100),
    note:
      COLUMN_NOTES[column.key] ??
      (column.key === planKey(years[0])
        ? 'План на учебный год — вписывает куратор; статус считается по плану текущего года'
        : undefined),
  }));
  env.workbook.formatSheet(INDICATORS_SHEET, {
    frozenRows: 1,
    frozenColumns: 2,
    headerBold: true,
    headerWrap: true,
    columns,
  });
}
