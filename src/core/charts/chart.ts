import type { Cell } from '../cell';

/**
 * A chart as the core knows it: what it shows, not how a program draws it. The Google adapter
 * turns it into an embedded chart over the sheet range that holds `chartTable(chart)`, the .xlsx
 * adapter into a DrawingML chart over the same range, the documents into a picture. Every value
 * is a figure of the programme model, taken as it is (never recomputed here).
 */
export interface Chart {
  /** Stable id: regenerating replaces the chart instead of adding another. */
  id: string;
  title: string;
  /** 'bar' — horizontal bars (long Russian labels read well); 'column' — vertical. */
  kind: 'bar' | 'column';
  /** Title of the category column of the chart's table. */
  categoryTitle: string;
  categories: string[];
  series: ChartSeries[];
  /** Unit of every value ('%' or a count), shown on the axis and the labels. */
  unit: '%' | 'count' | 'score';
}

export interface ChartSeries {
  name: string;
  /** One value per category; null where the model has none (drawn as nothing). */
  values: (number | null)[];
}

/** The table the chart draws: header (category title, series names), then one row per category. */
export function chartTable(chart: Chart): Cell[][] {
  return [
    [chart.categoryTitle, ...chart.series.map((s) => s.name)],
    ...chart.categories.map((category, i) => [category, ...chart.series.map((s) => s.values[i] ?? null)]),
  ];
}

/** A chart with nothing to draw (no categories or every value empty) is left out. */
export function hasData(chart: Chart): boolean {
  return chart.categories.length > 0 && chart.series.some((s) => s.values.some((v) => v !== null));
}

/** Number format of the values of a chart's table and axis. */
export function chartNumberFormat(chart: Chart): string {
  return chart.unit === 'count' ? '0' : '0.0';
}
