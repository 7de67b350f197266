import { type Cell, cellText } from '../cell';
import { buildBreakdowns } from '../indicators/breakdown';
import { dynamicsChart, pairsByFormChart, planFactChart } from '../charts/program-charts';
import { placeCharts } from '../charts/place-charts';
import type { MissingSetting } from '../indicators/denominators';
import { type IndicatorTable, indicatorTable, numericKeys, unitFormat } from '../indicators/indicator-table';
import {
  academicYearLabel,
  COLUMN_NOTES,
  INDICATORS_SHEET,
  indicatorColumns,
  planHeader,
  planKey,
} from '../indicators/indicators-table';
import { indicatorMessages } from '../indicators/messages';
import type { Measurement } from '../indicators/metrics';
import { appendSettingRows, missingSettingProblems } from '../indicators/settings-rows';
import {
  type IndicatorStatus,
  STATUS_ACHIEVED,
  STATUS_COLOURS,
  STATUS_NO_DATA,
  STATUS_NO_PLAN,
  STATUS_NOT_ACHIEVED,
} from '../indicators/status';
import { type Outcome, outcome } from '../outcome';
import type { Env } from '../ports';
import { compareOrganizations } from '../program/comparison';
import { type LoadedProgram, loadProgramModel } from '../program/load';
import { writeProblems } from '../problems/problems-sheet';
import { HEADER_BACKGROUND } from '../sheet/layout-format';
import { writeSummary } from './summary';
import { RULE_COLUMNS, RULES_SHEET, rulesSheetHeader } from '../indicators/rules-sheet';

export const INDICATORS_SOURCE = 'Показатели';

export interface IndicatorsResult {
  table: IndicatorTable;
  chartDrawn: boolean;
  /** «Правила показателей» was created by this run (empty, with its header). */
  rulesSheetOffered: boolean;
  /** Titles of the charts left out for lack of data. */
  chartsOmitted: string[];
}

/** «Показатели»: prints the model's indicator table (keeping the curator's rows and plans), breakdowns, the chart; then «Сводка». */
export function runIndicators(env: Env): Outcome {
  const text = indicatorMessages(env.locale);
  const loaded = loadProgramModel(env.workbook, env.clock.now());
  env.progress.report(text.progressIndicators);
  const result = writeIndicators(env, loaded);
  writeSummary(env, loaded.model, result.table);
  const rows = result.table.rows;
  const count = (status: IndicatorStatus) => rows.filter((r) => r.status === status).length;
  const achieved = count(STATUS_ACHIEVED);
  const notAchieved = count(STATUS_NOT_ACHIEVED);
  const noData = count(STATUS_NO_DATA);
  const noPlan = count(STATUS_NO_PLAN);
  const lines = [
    text.indicatorsSummary(
      rows.length,
      academicYearLabel(result.table.year, result.table.kind),
      achieved,
      notAchieved,
      noData,
    ),
    text.breakdowns,
  ];
  if (noPlan > 0) lines.push(text.noPlan(noPlan, planHeader(result.table.year, result.table.kind)));
  if (!result.chartDrawn) lines.push(text.noChart);
  if (result.rulesSheetOffered)
    lines.push(
      `Появился лист «${RULES_SHEET}»: свои показатели из баз задаются там строкой — база, кого считать в числителе и в знаменателе.`,
    );
  const noted = [...new Set(loaded.ruleProblems.map((p) => p.row))];
  if (noted.length > 0)
    lines.push(
      `«${RULES_SHEET}»: замечания в строках ${noted.join(', ')} — что исправить, написано на листе «Проблемы»; остальные правила посчитаны.`,
    );
  if (result.chartsOmitted.length > 0) lines.push(text.chartsOmitted(result.chartsOmitted));
  if (noData > 0) lines.push(text.whatToFill);
  return outcome(text.indicatorsTitle, lines, { indicators: rows.length, achieved, notAchieved, noData, noPlan });
}

export function writeIndicators(env: Env, loaded: LoadedProgram): IndicatorsResult {
  const { workbook } = env;
  const { model } = loaded;
  // before «Показатели»: a new sheet is activated in Google, and the curator should land on the results
  const rulesSheetOffered = offerRulesSheet(env);
  workbook.ensureSheet(INDICATORS_SHEET);
  const existing = workbook.readSheet(INDICATORS_SHEET);
  const table = indicatorTable(model, existing);
  const { year, years } = table;

  const missing = new Map<string, { setting: MissingSetting; indicators: Set<string> }>();
  const note = (measurement: Measurement, code: string) => {
    for (const setting of measurement.missing) {
      const entry = missing.get(setting.key) ?? { setting, indicators: new Set<string>() };
      entry.indicators.add(code);
      missing.set(setting.key, entry);
    }
  };
  for (const [code, measurement] of table.measurements) note(measurement, code.toUpperCase());
  const comparison = compareOrganizations(model, table.rows);
  const breakdowns = buildBreakdowns({ model, comparison });
  for (const measurement of breakdowns.measurements) note(measurement, 'в разрезе по организациям');

  writeTable(env, table);
  const previousHeight = existing?.length ?? 0;
  if (previousHeight > table.grid.length) workbook.clearRows(INDICATORS_SHEET, table.grid.length + 1, previousHeight);
  const blockRow = table.grid.length + 2;
  const { block } = breakdowns;
  workbook.writeBlock(INDICATORS_SHEET, {
    row: blockRow,
    col: 1,
    values: block.values,
    notes: block.notes,
    fontWeights: block.fontWeights,
    backgrounds: block.backgrounds,
    numberFormats: block.numberFormats,
  });
  const charts = placeCharts(
    workbook,
    INDICATORS_SHEET,
    [planFactChart(table.rows, year, table.kind), pairsByFormChart(model), dynamicsChart(model)],
    { firstRow: blockRow + block.values.length + 1, col: 2, anchorCol: 5 },
  );
  const chartDrawn = charts.shown === 0 || charts.drawn === charts.shown;
  formatIndicators(env, table.index, years, table.kind);

  appendSettingRows(
    workbook,
    loaded.settingsGrid,
    [...missing.values()].map((m) => m.setting),
  );
  writeProblems(
    workbook,
    INDICATORS_SOURCE,
    [...missingSettingProblems(missing), ...loaded.ruleProblems],
    env.clock.now(),
  );
  return { table, chartDrawn, rulesSheetOffered, chartsOmitted: charts.omitted };
}

/**
 * «Правила показателей» appears, empty but for its header and notes, the first time «Показатели»
 * runs: the curator finds where own computed indicators go (README: «Свои показатели из баз»).
 */
function offerRulesSheet(env: Env): boolean {
  const { workbook } = env;
  if (!workbook.ensureSheet(RULES_SHEET)) return false;
  workbook.writeBlock(RULES_SHEET, {
    row: 1,
    col: 1,
    values: [rulesSheetHeader()],
    notes: [RULE_COLUMNS.map((column) => column.note)],
    fontWeights: [RULE_COLUMNS.map(() => 'bold' as const)],
    backgrounds: [RULE_COLUMNS.map(() => HEADER_BACKGROUND)],
  });
  // the wide rule columns only (each width is a service call)
  const wide = RULE_COLUMNS.flatMap((column, i) =>
    (column.width ?? 0) >= 200 ? [{ col: i + 1, width: column.width }] : [],
  );
  workbook.formatSheet(RULES_SHEET, { frozenRows: 1, headerBold: true, headerWrap: true, columns: wide });
  return true;
}

/** The table in one write: values, number formats by unit, bold header. */
function writeTable(env: Env, table: IndicatorTable): void {
  const { grid, index, rows, years } = table;
  const numeric = new Set(numericKeys(years).map((key) => index.get(key) as number));
  const width = grid[0].length;
  // The status column is coloured by conditional rules (formatIndicators): an old paint is cleared.
  const backgrounds = grid.map((_, r) => Array.from({ length: width }, () => (r === 0 ? HEADER_BACKGROUND : null)));
  const numberFormats = grid.map((row, r) =>
    row.map((cell: Cell, c) =>
      r > 0 && numeric.has(c) && typeof cell === 'number' ? unitFormat(rows[r - 1].unit) : null,
    ),
  );
  const fontWeights = grid.map((_, r) => Array.from({ length: width }, () => (r === 0 ? ('bold' as const) : null)));
  // A long «Источник» (hundreds of answer rows) is shown shortened, in full as the cell's note:
  // one write of that column, so the user's notes elsewhere in the table stay.
  const sourceCol = index.get('source') as number;
  const sources = grid.slice(1).map((row) => cellText(row[sourceCol] ?? null));
  const shown = sources.map(shortSource);
  const values = grid.map((row, r) => (r === 0 ? row : row.map((cell, c) => (c === sourceCol ? shown[r - 1] : cell))));
  env.workbook.writeBlock(INDICATORS_SHEET, { row: 1, col: 1, values, backgrounds, fontWeights, numberFormats });
  if (sources.length > 0) {
    env.workbook.writeBlock(INDICATORS_SHEET, {
      row: 2,
      col: sourceCol + 1,
      values: shown.map((text) => [text || null]),
      notes: sources.map((text, i) => [text === shown[i] ? null : text]),
    });
  }
}

/** Characters of «Источник» a printed cell shows; the rest is in the cell's note. */
export const SOURCE_CELL_LIMIT = 280;
export const SOURCE_CUT_MARK = ' … (полностью — в примечании к ячейке)';

/** The text cut at a separator before the limit, marked; a short text as it is. */
export function shortSource(text: string): string {
  if (text.length <= SOURCE_CELL_LIMIT) return text;
  const head = text.slice(0, SOURCE_CELL_LIMIT - SOURCE_CUT_MARK.length);
  const cut = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '));
  return `${head.slice(0, cut > head.length / 2 ? cut : head.length).trimEnd()}${SOURCE_CUT_MARK}`;
}

/**
 * Widths that print: the long explanations («Показатель», «Как считается», «Источник»,
 * «Комментарий») wrap in bounded columns, so the landscape page fitted to its width stays
 * legible instead of shrinking to one very wide line per indicator.
 */
const INDICATOR_WIDTHS: Record<string, number> = {
  code: 110,
  name: 220,
  type: 70,
  unit: 50,
  baseValue: 70,
  baseYear: 60,
  fact: 60,
  manualFact: 70,
  status: 90,
  bar: 150,
  formula: 200,
  source: 220,
  comment: 140,
};
const WRAPPED_INDICATOR_COLUMNS = new Set(['name', 'formula', 'source', 'comment']);

function formatIndicators(
  env: Env,
  index: Map<string, number>,
  years: readonly number[],
  kind: IndicatorTable['kind'],
): void {
  const columns = indicatorColumns(years, kind).map((column) => ({
    col: (index.get(column.key) as number) + 1,
    width: INDICATOR_WIDTHS[column.key] ?? (column.key.startsWith('plan') ? 60 : 80),
    note:
      COLUMN_NOTES[column.key] ??
      (column.key === planKey(years[0])
        ? `План на ${kind === 'calendar' ? 'год программы' : 'учебный год'} — вписывает куратор; статус считается по плану текущего года`
        : undefined),
    ...(WRAPPED_INDICATOR_COLUMNS.has(column.key) ? { wrap: true } : {}),
    // the status recolours with its value (conditional rules), in Google and offline alike
    ...(column.key === 'status'
      ? { valueColours: Object.entries(STATUS_COLOURS).map(([value, background]) => ({ value, background })) }
      : {}),
  }));
  env.workbook.formatSheet(INDICATORS_SHEET, {
    frozenRows: 1,
    frozenColumns: 2,
    headerBold: true,
    headerWrap: true,
    columns,
    print: { orientation: 'landscape' },
  });
}
