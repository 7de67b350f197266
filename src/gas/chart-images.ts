/**
 * The report's charts in Google Docs: the Charts service builds the same chart from the core's
 * data (a DataTable of categories and series) and renders it server side as a PNG blob
 * (developers.google.com/apps-script/reference/charts: `chart.getAs('image/png')`), which the
 * renderer appends with `body.appendImage`. No sheet chart is needed, so the report works
 * whether or not «Показатели» has been drawn.
 */
import type { Chart } from '../core/charts/chart';

type C = typeof GoogleAppsScript.Charts;

export interface DataTableBuilderApi {
  addColumn(type: GoogleAppsScript.Charts.ColumnType, label: string): DataTableBuilderApi;
  addRow(values: unknown[]): DataTableBuilderApi;
  build(): GoogleAppsScript.Charts.DataTable;
}

export interface ChartBuilderApi {
  setDataTable(table: GoogleAppsScript.Charts.DataTable): ChartBuilderApi;
  setTitle(title: string): ChartBuilderApi;
  setDimensions(width: number, height: number): ChartBuilderApi;
  setLegendPosition(position: GoogleAppsScript.Charts.Position): ChartBuilderApi;
  build(): { getAs(contentType: string): GoogleAppsScript.Base.Blob };
}

export interface ChartsServiceApi {
  newDataTable(): DataTableBuilderApi;
  newBarChart(): ChartBuilderApi;
  newColumnChart(): ChartBuilderApi;
  ColumnType: Pick<C['ColumnType'], 'STRING' | 'NUMBER'>;
  Position: Pick<C['Position'], 'TOP'>;
}

export const CHART_PIXELS = { width: 600, height: 360 };

/** The chart as a PNG blob: one DataTable (a row per category), one builder; calls grow with categories only. */
export function chartImage(charts: ChartsServiceApi, chart: Chart): GoogleAppsScript.Base.Blob {
  let table = charts.newDataTable().addColumn(charts.ColumnType.STRING, chart.categoryTitle);
  for (const series of chart.series) table = table.addColumn(charts.ColumnType.NUMBER, series.name);
  chart.categories.forEach((category, i) => {
    table = table.addRow([category, ...chart.series.map((s) => s.values[i] ?? null)]);
  });
  const builder = chart.kind === 'bar' ? charts.newBarChart() : charts.newColumnChart();
  return builder
    .setDataTable(table.build())
    .setTitle(chart.title)
    .setDimensions(CHART_PIXELS.width, CHART_PIXELS.height)
    .setLegendPosition(charts.Position.TOP)
    .build()
    .getAs('image/png');
}

/** The real Charts service, when the runtime has it. */
export function chartsGlobal(): ChartsServiceApi | undefined {
  return typeof Charts === 'undefined' ? undefined : (Charts as unknown as ChartsServiceApi);
}
