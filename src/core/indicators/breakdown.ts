import type { Cell } from '../cell';
import { INDICATORS, type MetricId } from './catalogue';
import { BREAKDOWN_TITLE } from './indicators-table';
import type { Measurement } from './metrics';
import { figureOf, type ProgramView, type ProgramModel } from '../program/model';
import { isTooFew, TOO_FEW_TEXT } from '../program/privacy';
import { roundTo } from './source-text';
import { type Comparison, type ComparisonCell, laggingLine, leadersLine } from '../program/comparison';
import { type IndicatorStatus, STATUS_ACHIEVED, STATUS_COLOURS, STATUS_NOT_ACHIEVED } from './status';
import { unitFormat } from './indicator-table';
import { kindRows } from './kind-rows';

/** A rectangle with per-cell notes and bold titles, written in one batch. */
export interface SectionBlock {
  values: Cell[][];
  notes: (string | null)[][];
  fontWeights: ('bold' | 'normal' | null)[][];
  backgrounds: (string | null)[][];
  numberFormats: (string | null)[][];
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

export class BlockBuilder {
  readonly block: SectionBlock = {
    values: [],
    notes: [],
    fontWeights: [],
    backgrounds: [],
    numberFormats: [],
  };

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

  row(cells: Cell[], notes: (string | null)[], formats: (string | null)[] = [], fills: (string | null)[] = []): void {
    this.push(cells, notes, null, null, formats);
    const last = this.block.backgrounds[this.block.backgrounds.length - 1];
    fills.forEach((fill, i) => {
      if (i < last.length) last[i] = fill;
    });
  }

  blank(): void {
    this.push([], [], null, null);
  }

  get height(): number {
    return this.block.values.length;
  }

  private push(
    cells: Cell[],
    notes: (string | null)[],
    weight: 'bold' | null,
    background: string | null,
    formats: (string | null)[] = [],
  ): void {
    this.block.values.push([...cells]);
    this.block.numberFormats.push(cells.map((cell, i) => (typeof cell === 'number' ? (formats[i] ?? null) : null)));
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
      numberFormats: pad(this.block.numberFormats, null),
    };
  }
}

export interface BreakdownInput {
  model: ProgramModel;
  comparison: Comparison;
}

/** A figure's cell: rounded number, «менее 3 чел.» about 1–2 people, «нет данных». */
function cellOf(measurement: Measurement): Cell {
  if (measurement.value === null) return NO_DATA;
  return isTooFew(measurement.people) ? TOO_FEW_TEXT : roundTo(measurement.value);
}

const formatOf = (metric: MetricId) => unitFormat(specOf(metric)?.unit ?? '');

/** Organizations and forms with role models (figures of the model); the charts follow (src/core/charts). */
export function buildBreakdowns(input: BreakdownInput): { block: SectionBlock; measurements: Measurement[] } {
  const { model } = input;
  const b = new BlockBuilder();
  const measurements: Measurement[] = [];
  const row = (view: ProgramView, metrics: readonly MetricId[]) => metrics.map((metric) => figureOf(view, metric));
  b.title(BREAKDOWN_TITLE);
  comparisonRows(b, input.comparison, 'Итого по программе');
  measurements.push(...input.comparison.rows.flatMap((r) => r.cells.map((c) => c.measurement)));
  b.blank();

  const formMetrics: MetricId[] = ['pairsCount', 'groupsCount', 'completedShare', 'satisfactionMean', 'growthMean'];
  // the names go in the wide column B (the indicator's name above), not in the narrow code column A
  const formFormats = [null, null, '0', ...formMetrics.map(formatOf)];
  b.title('Разрез по формам и ролевым моделям');
  b.header(['', 'Форма: ролевая модель', 'Наставляемых в парах', ...formMetrics.map(metricHeader)]);
  if (model.forms.length === 0) b.row(['', 'В «Парах» пока нет пар и групп'], [null, null]);
  for (const form of model.forms) {
    const whole = row(form, formMetrics);
    b.row(
      ['', `${form.label}: все`, form.menteesInPairs, ...whole.map(cellOf)],
      [null, null, null, ...whole.map((m) => m.source)],
      formFormats,
    );
    for (const model of form.roleModels) {
      const part = row(model, formMetrics);
      const mentees = new Set(model.scope.units.filter((u) => u.status !== 'расторгнута').flatMap((u) => u.menteeIds))
        .size;
      b.row(
        ['', model.label, mentees, ...part.map(cellOf)],
        [null, null, null, ...part.map((m) => m.source)],
        formFormats,
      );
    }
  }
  kindRows(b, model.kinds);
  const block = b.done();
  return { block, measurements };
}

const JUDGED_FILL: Partial<Record<IndicatorStatus, string>> = {
  [STATUS_ACHIEVED]: STATUS_COLOURS[STATUS_ACHIEVED],
  [STATUS_NOT_ACHIEVED]: STATUS_COLOURS[STATUS_NOT_ACHIEVED],
};

/**
 * The comparison as rows: place (in the narrow code column), the organization's short name (full
 * name in the note), each figure coloured against the plan, plans reached; then the total over
 * all rows and the line naming who lags.
 */
export function comparisonRows(b: BlockBuilder, comparison: Comparison, totalLabel: string): void {
  const { metrics } = comparison;
  const formats = [null, null, ...metrics.map(formatOf), null];
  b.header(['Место', 'Организация', ...metrics.map(metricHeader), 'Достигнут план']);
  const cells = (list: readonly ComparisonCell[]) => list.map((c) => cellOf(c.measurement));
  const sources = (list: readonly ComparisonCell[]) => list.map((c) => c.measurement.source);
  const fills = (list: readonly ComparisonCell[]) => [null, null, ...list.map((c) => JUDGED_FILL[c.status] ?? null)];
  for (const row of comparison.rows)
    b.row(
      [row.rank ?? '—', row.short, ...cells(row.cells), row.judged > 0 ? `${row.achieved} из ${row.judged}` : '—'],
      [
        row.rank === null ? 'Нет показателей с планом и данными' : null,
        row.short === row.name ? null : row.name,
        ...sources(row.cells),
        'Показатели-доли и баллы, сравнённые с планом текущего года с листа «Показатели»',
      ],
      formats,
      fills(row.cells),
    );
  b.row(
    ['', totalLabel, ...cells(comparison.total)],
    [null, 'Считается по всем строкам сразу, тем же определением', ...sources(comparison.total)],
    formats,
    fills(comparison.total),
  );
  if (comparison.rows.length > 1) {
    const leaders = leadersLine(comparison);
    if (leaders) b.row(['', capitalize(leaders)], [null, null]);
    b.row(['', capitalize(laggingLine(comparison))], [null, null]);
  }
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
