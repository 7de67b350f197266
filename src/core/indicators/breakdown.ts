import type { Cell } from '../cell';
import type { ChartSpec } from '../ports';
import { textKey } from '../text/normalize';
import { BREAKDOWN_METRICS, INDICATORS, type MetricId } from './catalogue';
import type { FinishedRow } from './indicators-table';
import { BREAKDOWN_TITLE } from './indicators-table';
import { METRICS, type Measurement } from './metrics';
import { formScope, organizationScope, type Scope, type ScopeContext } from './scope';
import type { Settings } from '../settings/settings';
import { roundTo } from './source-text';
import type { ItemIndex } from './survey-stats';

/** A rectangle with per-cell notes and bold titles, written in one batch. */
export interface SectionBlock {
  values: Cell[][];
  notes: (string | null)[][];
  fontWeights: ('bold' | 'normal' | null)[][];
  backgrounds: (string | null)[][];
  /** Chart plan vs fact over a part of the block (offsets inside the block), if there is anything to draw. */
  chart: { row: number; rows: number; cols: number } | null;
}

const TITLE_BACKGROUND = '#dbe8f7';
const NO_DATA = 'нет данных';

function specOf(metric: MetricId) {
  return INDICATORS.find((spec) => spec.metric === metric);
}

function metricHeader(metric: MetricId): string {
  const spec = specOf(metric);
  return spec ? `${spec.code} ${spec.name}, ${spec.unit}` : metric;
}

function cellOf(measurement: Measurement): Cell {
  return measurement.value === null ? NO_DATA : roundTo(measurement.value);
}

class BlockBuilder {
  readonly block: SectionBlock = { values: [], notes: [], fontWeights: [], backgrounds: [], chart: null };

  title(text: string): void {
    this.push([text], [null], 'bold', TITLE_BACKGROUND);
  }

  header(cells: string[]): void {
    this.push(
      cells,
      cells.map(() => null),
      'bold',
      null,
    );
  }

  row(cells: Cell[], notes: (string | null)[]): void {
    this.push(cells, notes, null, null);
  }

  blank(): void {
    this.push([], [], null, null);
  }

  get height(): number {
    return this.block.values.length;
  }

  private push(cells: Cell[], notes: (string | null)[], weight: 'bold' | null, background: string | null): void {
    this.block.values.push([...cells]);
    this.block.notes.push([...notes]);
    this.block.fontWeights.push(cells.map(() => weight));
    this.block.backgrounds.push(cells.map(() => background));
  }

  /** Pads every row to the widest, so that the block is one rectangle. */
  done(): SectionBlock {
    const width = Math.max(1, ...this.block.values.map((row) => row.length));
    const pad = <T>(rows: T[][], fill: T) => rows.map((row) => [...row, ...Array<T>(width - row.length).fill(fill)]);
    return {
      values: pad(this.block.values, null as Cell),
      notes: pad(this.block.notes, null),
      fontWeights: pad(this.block.fontWeights, null),
      backgrounds: pad(this.block.backgrounds, null),
      chart: this.block.chart,
    };
  }
}

function measureRow(
  scope: Scope,
  context: ScopeContext,
  items: ItemIndex,
  metrics: readonly MetricId[],
): Measurement[] {
  return metrics.map((metric) => METRICS[metric]({ scope, context, items }));
}

export interface BreakdownInput {
  all: Scope;
  context: ScopeContext;
  settings: Settings;
  items: ItemIndex;
  finished: readonly FinishedRow[];
  year: number;
}

/** Organizations, forms with role models, and the plan-vs-fact table the chart draws. */
export function buildBreakdowns(input: BreakdownInput): { block: SectionBlock; measurements: Measurement[] } {
  const { all, context, settings, items } = input;
  const b = new BlockBuilder();
  const measurements: Measurement[] = [];
  b.title(BREAKDOWN_TITLE);
  b.header(['Организация', ...BREAKDOWN_METRICS.map(metricHeader)]);
  for (const organization of context.organizations) {
    const row = measureRow(organizationScope(context, settings, organization, all), context, items, BREAKDOWN_METRICS);
    measurements.push(...row);
    b.row([organization, ...row.map(cellOf)], [null, ...row.map((m) => m.source)]);
  }
  const total = measureRow(all, context, items, BREAKDOWN_METRICS);
  b.row(['Итого по программе', ...total.map(cellOf)], [null, ...total.map((m) => m.source)]);
  b.blank();

  const formMetrics: MetricId[] = ['pairsCount', 'groupsCount', 'completedShare', 'satisfactionMean', 'growthMean'];
  b.title('Разрез по формам и ролевым моделям');
  b.header(['Форма', 'Ролевая модель', 'Наставляемых в парах', ...formMetrics.map(metricHeader)]);
  if (formsOf(all).length === 0) b.row(['В «Парах» пока нет пар и групп'], [null]);
  for (const form of formsOf(all)) {
    const formRow = formScope(all, form);
    const cells = (scope: Scope) => {
      const row = measureRow(scope, context, items, formMetrics);
      const mentees = new Set(scope.units.filter((u) => u.status !== 'расторгнута').flatMap((u) => u.menteeIds)).size;
      return { values: [mentees, ...row.map(cellOf)], notes: [null, ...row.map((m) => m.source)] };
    };
    const whole = cells(formRow);
    b.row([form, 'все', ...whole.values], [null, null, ...whole.notes]);
    for (const model of roleModelsOf(formRow)) {
      const part = cells(formScope(all, form, model));
      b.row([form, model, ...part.values], [null, null, ...part.notes]);
    }
  }
  b.blank();

  const percent = input.finished.filter((row) => row.unit === '%' && row.fact !== null && row.plan !== null);
  b.title(`План и факт ${input.year}, %`);
  const chartStart = b.height;
  b.header(['Показатель', `План ${input.year}`, 'Факт']);
  for (const row of percent) b.row([`${row.code} ${row.name}`, row.plan, row.fact], [null, null, null]);
  const block = b.done();
  block.chart = percent.length > 0 ? { row: chartStart, rows: percent.length + 1, cols: 3 } : null;
  return { block, measurements };
}

function formsOf(scope: Scope): string[] {
  const seen = new Map<string, string>();
  for (const unit of scope.units)
    if (unit.form !== '' && !seen.has(textKey(unit.form))) seen.set(textKey(unit.form), unit.form);
  return [...seen.values()];
}

function roleModelsOf(scope: Scope): string[] {
  const seen = new Map<string, string>();
  for (const unit of scope.units)
    if (unit.roleModel !== '' && !seen.has(textKey(unit.roleModel))) seen.set(textKey(unit.roleModel), unit.roleModel);
  return [...seen.values()];
}

export function planFactChart(blockRow: number, chart: NonNullable<SectionBlock['chart']>, year: number): ChartSpec {
  return {
    id: 'nastavnik-indicators-plan-fact',
    title: `Показатели: план и факт ${year}, %`,
    kind: 'bar',
    range: { row: blockRow + chart.row, col: 1, rows: chart.rows, cols: chart.cols },
    anchor: { row: blockRow + chart.row, col: 5 },
  };
}
