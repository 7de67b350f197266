/**
 * «Для управления»: what a school hands to its department — the programme-wide figures of its own
 * workbook as additive sums (counts, numerators and denominators), never a name or a row. The
 * department's «Свод по школам» reads only this block (offline from the school's file, in Google
 * through an IMPORTRANGE of exactly this range), so no personal data of pupils leaves the school.
 *
 * The block has a fixed size, so that a formula of the municipal sheet can import it whole.
 */
import { type Cell, computedValue, formatRuDate, type Grid } from '../cell';
import { INDICATORS, type IndicatorSpec, type MetricId } from '../indicators/catalogue';
import type { Additive, Measurement } from '../indicators/metrics';
import { textKey } from '../text/normalize';

export const DEPARTMENT_SHEET = 'Для управления';

const METRICS: readonly MetricId[] = [...new Set(INDICATORS.map((spec) => spec.metric))];

export const DEPARTMENT_HEADER = [
  'Код',
  'Показатель',
  'Значение',
  'Человек',
  'Числитель',
  'Знаменатель',
  'Множитель',
  'Ключ',
  'Пояснение',
] as const;

const TITLE = 'Для управления образования: итоги программы наставничества (только числа, без персональных данных)';
const ORGANIZATION_LABEL = 'Организация';
const DATE_LABEL = 'Данные на';
/** Rows before the table: title, organization, date, blank. */
const HEAD_ROWS = 4;

/** Rows × columns of the block (one row per metric): the range a department imports. */
export const DEPARTMENT_ROWS = HEAD_ROWS + 1 + METRICS.length;
export const DEPARTMENT_COLS = DEPARTMENT_HEADER.length;
export const DEPARTMENT_RANGE = `'${DEPARTMENT_SHEET}'!A1:${String.fromCharCode(64 + DEPARTMENT_COLS)}${DEPARTMENT_ROWS}`;

const specOf = (metric: MetricId) => INDICATORS.find((spec) => spec.metric === metric) as IndicatorSpec;

/** The block of a school: its name, the date, one row per metric with the sums a roll-up adds. */
export function departmentGrid(name: string, figures: ReadonlyMap<MetricId, Measurement>, now: Date): Grid {
  const rows: Grid = [[TITLE], [ORGANIZATION_LABEL, name], [DATE_LABEL, formatRuDate(now)], [], [...DEPARTMENT_HEADER]];
  for (const metric of METRICS) {
    const spec = specOf(metric);
    const m = figures.get(metric);
    const sums = m?.additive;
    rows.push([
      spec.code,
      spec.name,
      m?.value ?? null,
      m?.people ?? null,
      sums ? sums.numerator : null,
      sums ? sums.denominator : null,
      sums ? sums.scale : null,
      metric,
      m && m.value === null ? m.source : null,
    ]);
  }
  return rows.map((row) => [...row, ...Array<Cell>(DEPARTMENT_COLS - row.length).fill(null)]);
}

export interface DepartmentReport {
  name: string;
  /** As the school wrote it: «20.05.2027». */
  date: string;
  figures: ReadonlyMap<MetricId, Measurement>;
}

const numberOr = (cell: Cell | undefined): number | null => {
  const value = computedValue(cell ?? null);
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value.trim().replace(',', '.'));
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
};

const textOf = (cell: Cell | undefined): string => {
  const value = computedValue(cell ?? null);
  if (value instanceof Date) return formatRuDate(value);
  return value === null ? '' : String(value).trim();
};

/**
 * The figures back from a block (a school's sheet, or the values an import brought): a readable
 * reason when it is not one. A metric the block lacks (an older version) has no data.
 */
export function readDepartmentGrid(grid: Grid | null, label: string): DepartmentReport | { problem: string } {
  if (!grid || grid.length === 0)
    return {
      problem: `нет листа «${DEPARTMENT_SHEET}»: в таблице школы выберите «Наставник» → «Для управления» (или nastavnik department)`,
    };
  const labelled = (wanted: string) => grid.find((row) => textKey(textOf(row[0])) === textKey(wanted))?.[1];
  const name = textOf(labelled(ORGANIZATION_LABEL));
  const headerAt = grid.findIndex((row) => row.some((cell) => textOf(cell) === 'Ключ'));
  if (headerAt < 0 || name === '')
    return {
      problem: `лист «${DEPARTMENT_SHEET}» (${label}) не в том виде: нет названия организации или таблицы с «Ключом»`,
    };
  const header = grid[headerAt].map(textOf);
  const col = (title: (typeof DEPARTMENT_HEADER)[number]) => header.indexOf(title);
  const byMetric = new Map<string, Cell[]>();
  for (const row of grid.slice(headerAt + 1)) byMetric.set(textOf(row[col('Ключ')]), row);
  const source = `«${DEPARTMENT_SHEET}»: ${name}`;
  const figures = new Map<MetricId, Measurement>();
  for (const metric of METRICS) {
    const row = byMetric.get(metric);
    if (!row) {
      figures.set(metric, {
        value: null,
        source: `нет данных: в «${DEPARTMENT_SHEET}» нет строки ${metric}`,
        missing: [],
        people: null,
      });
      continue;
    }
    const numerator = numberOr(row[col('Числитель')]);
    const scale = numberOr(row[col('Множитель')]);
    const additive: Additive | undefined =
      numerator === null || scale === null
        ? undefined
        : { numerator, denominator: numberOr(row[col('Знаменатель')]), scale };
    const value = numberOr(row[col('Значение')]);
    const why = textOf(row[col('Пояснение')]);
    figures.set(metric, {
      value,
      source: value === null ? why || `нет данных (${source})` : source,
      missing: [],
      people: numberOr(row[col('Человек')]),
      ...(additive ? { additive } : {}),
    });
  }
  return { name, date: textOf(labelled(DATE_LABEL)), figures };
}
