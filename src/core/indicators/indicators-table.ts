import { type Cell, cellText, type Grid, isBlank } from '../cell';
import type { OwnedColumn, OwnedTableSpec } from '../sheet/owned-table';
import { textKey } from '../text/normalize';
import { parseNumber } from '../text/parse';
import { INDICATORS, type IndicatorSpec } from './catalogue';
import type { Measurement } from './metrics';
import { roundTo } from './source-text';
import { isTooFew, TOO_FEW_TEXT } from '../program/privacy';
import { type IndicatorStatus, planBar, STATUS_TOO_FEW, statusOf } from './status';
import { type PeriodKind, programYearLabel } from '../program/period';

export const INDICATORS_SHEET = 'Показатели';
/** First cell of the breakdowns under the table; everything above it is the indicator table. */
export const BREAKDOWN_TITLE = 'Разрез по организациям';

export function planKey(year: number): string {
  return `plan${year}`;
}

/** «2026/27»: the academic year a plan column is for (a bare «2026» is ambiguous); «2023» for a calendar-year programme. */
export function academicYearLabel(year: number, kind: PeriodKind = 'academic'): string {
  return programYearLabel(year, kind);
}

export function planHeader(year: number, kind: PeriodKind = 'academic'): string {
  return `План ${academicYearLabel(year, kind)}`;
}

export function planYears(academicYear: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => academicYear + i);
}

/** The table's columns; plan columns for the program's years; the curator's columns are editable. */
export function indicatorColumns(years: readonly number[], kind: PeriodKind = 'academic'): OwnedColumn[] {
  return [
    { key: 'code', header: 'Код', aliases: ['№', '№ п/п'] },
    {
      key: 'name',
      header: 'Показатель',
      aliases: ['Наименование показателя', 'Цель, целевой показатель'],
      editable: true,
    },
    { key: 'type', header: 'Тип', aliases: ['Тип показателя'], editable: true },
    { key: 'unit', header: 'Ед. изм.', aliases: ['Единица измерения'] },
    { key: 'baseValue', header: 'Базовое значение', editable: true },
    { key: 'baseYear', header: 'Базовый год', editable: true },
    ...years.map((year) => ({
      key: planKey(year),
      header: planHeader(year, kind),
      // a switch between academic and calendar years keeps the plans typed under the other header
      aliases: [`План ${year}`, `${year} (план)`, `План ${year}/${year + 1}`, planHeader(year, 'academic')],
      editable: true,
    })),
    { key: 'fact', header: 'Факт' },
    { key: 'manualFact', header: 'Факт (вручную)', editable: true },
    { key: 'status', header: 'Статус' },
    { key: 'bar', header: 'Факт / план' },
    { key: 'formula', header: 'Как считается', aliases: ['Формула'] },
    { key: 'source', header: 'Источник' },
    { key: 'comment', header: 'Комментарий', editable: true },
  ];
}

export const COLUMN_NOTES: Record<string, string> = {
  code: 'Код показателя. Свои показатели добавляйте строками с новым кодом (например, «Д-01»): они сохраняются при пересчёте',
  baseValue: 'Значение в базовом году: заполняется при первом расчёте и дальше не меняется (можно исправить вручную)',
  baseYear: 'Учебный год базового значения',
  fact: 'Рассчитано по базам, «Парам» и «Ответам». Если рассчитать нельзя — берётся «Факт (вручную)»',
  manualFact: 'Факт, если его нельзя рассчитать из таблицы (и для своих показателей)',
  status: 'Факт в сравнении с планом текущего учебного года (из «Настроек»)',
  source: 'Из каких строк и настроек получено число',
};

export function tableSpec(years: readonly number[], kind: PeriodKind = 'academic'): OwnedTableSpec {
  return { columns: indicatorColumns(years, kind), keyOf: (record) => textKey(cellText(record.code ?? null)) };
}

/** The rows of the table above the breakdowns (the breakdowns are regenerated whole). */
export function tablePart(grid: Grid | null): Grid | null {
  if (!grid) return null;
  const end = grid.findIndex((row) => textKey(cellText(row[0] ?? null)) === textKey(BREAKDOWN_TITLE));
  return end < 0 ? grid : grid.slice(0, end);
}

export function generatedRecord(
  spec: IndicatorSpec,
  measurement: Measurement,
  years: readonly number[],
  nationalTarget: number,
): Record<string, Cell> {
  const plan = spec.defaultPlan === 'nationalTarget' ? nationalTarget : (spec.defaultPlan ?? null);
  const record: Record<string, Cell> = {
    code: spec.code,
    name: spec.name,
    type: spec.type,
    unit: spec.unit,
    fact: measurement.value === null ? null : roundTo(measurement.value),
    formula: spec.formula,
    source: measurement.source,
  };
  for (const year of years) record[planKey(year)] = plan;
  return record;
}

export interface FinishedRow {
  code: string;
  name: string;
  unit: string;
  /** The fact as a number; null when unknown or masked (about 1–2 people). */
  fact: number | null;
  plan: number | null;
  status: IndicatorStatus;
  manual: boolean;
  baseValue: number | null;
  baseYear: string;
}

const numberIn = (cell: Cell | undefined): number | null => {
  if (cell === undefined || isBlank(cell)) return null;
  const parsed = parseNumber(typeof cell === 'string' ? cell.replace('%', '').trim() : cell);
  return parsed.ok ? parsed.value : null;
};

/**
 * Completes each merged row in place: the fact (computed, else the manual one), the status against
 * this year's plan and the text bar. Catalogue rows and the curator's own rows alike.
 */
export function finishRow(
  row: Cell[],
  index: Map<string, number>,
  year: number,
  computed: Map<string, Measurement>,
  kind: PeriodKind = 'academic',
  /** Computed rows that are not the catalogue's: the curator's rules («Правила показателей»). */
  own: ReadonlyMap<string, { better: 'higher' | 'lower' }> = new Map(),
): FinishedRow {
  const at = (key: string) => row[index.get(key) as number];
  const set = (key: string, value: Cell) => {
    row[index.get(key) as number] = value;
  };
  const code = cellText(at('code'));
  const spec = INDICATORS.find((s) => textKey(s.code) === textKey(code)) ?? own.get(textKey(code));
  const measurement = computed.get(textKey(code));
  const manualFact = numberIn(at('manualFact'));
  const manual = spec === undefined;
  const plan = numberIn(at(planKey(year)));
  const better = spec?.better ?? 'higher';
  const finished = (fact: number | null, status: IndicatorStatus): FinishedRow => ({
    code,
    name: cellText(at('name')),
    unit: cellText(at('unit')),
    fact,
    plan,
    status,
    manual,
    baseValue: numberIn(at('baseValue')),
    baseYear: cellText(at('baseYear')),
  });
  if (!manual && measurement && measurement.value !== null && manualFact === null && isTooFew(measurement.people)) {
    set('fact', TOO_FEW_TEXT);
    set('status', STATUS_TOO_FEW);
    set('bar', '');
    set('source', `${measurement.source}; значение о менее чем 3 участниках не показывается`);
    return finished(null, STATUS_TOO_FEW);
  }
  let fact: number | null;
  if (!manual && measurement && measurement.value !== null) fact = roundTo(measurement.value);
  else if (manualFact !== null) {
    fact = manualFact;
    set(
      'source',
      manual
        ? 'введено вручную («Факт (вручную)»)'
        : `введено вручную («Факт (вручную)»); расчёт: ${measurement?.source ?? ''}`,
    );
  } else fact = manual ? numberIn(at('fact')) : null;
  if (manual && fact !== null && manualFact === null) set('source', 'введено вручную («Факт»)');
  set('fact', fact);
  if (fact !== null && isBlank(at('baseValue') ?? null)) {
    set('baseValue', fact);
    set('baseYear', academicYearLabel(year, kind));
  }
  const status = statusOf(fact, plan, better);
  set('status', status);
  set('bar', planBar(fact, plan, better));
  if (plan === null && fact !== null)
    set(
      'source',
      `${cellText(at('source'))}; план на ${academicYearLabel(year, kind)} не задан — впишите его в столбец «${planHeader(year, kind)}»`.replace(
        /^; /,
        '',
      ),
    );
  return finished(fact, status);
}
