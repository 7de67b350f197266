/**
 * A strict fake of the Charts service (src/gas/chart-images.ts): a DataTable must be built before
 * a chart takes it, rows must have as many cells as there are columns (Charts throws otherwise),
 * and the "PNG" it returns is a blob whose text is the chart's data as JSON, so a test reads what
 * the picture shows without decoding pixels.
 */
import type { ChartBuilderApi, ChartsServiceApi, DataTableBuilderApi } from '../../../src/gas/chart-images';
import type { CallLog } from './calls';

interface FakeTable {
  columns: Array<{ type: string; label: string }>;
  rows: unknown[][];
}

export class FakeChartsService implements ChartsServiceApi {
  readonly ColumnType = { STRING: 'STRING', NUMBER: 'NUMBER' } as unknown as ChartsServiceApi['ColumnType'];
  readonly Position = { TOP: 'TOP' } as unknown as ChartsServiceApi['Position'];
  readonly built: Array<{ kind: string; title: string; table: FakeTable; width: number; height: number }> = [];

  constructor(private readonly calls: CallLog) {}

  newDataTable(): DataTableBuilderApi {
    this.calls.record('Charts.newDataTable');
    const table: FakeTable = { columns: [], rows: [] };
    const builder: DataTableBuilderApi = {
      addColumn: (type, label) => {
        if (table.rows.length > 0) throw new Error('Columns must be added before rows.');
        table.columns.push({ type: String(type), label });
        return builder;
      },
      addRow: (values) => {
        if (values.length !== table.columns.length) throw new Error('Row has the wrong number of cells.');
        table.rows.push(values);
        return builder;
      },
      build: () => table as unknown as GoogleAppsScript.Charts.DataTable,
    };
    return builder;
  }

  newBarChart(): ChartBuilderApi {
    this.calls.record('Charts.newBarChart');
    return this.builder('bar');
  }

  newColumnChart(): ChartBuilderApi {
    this.calls.record('Charts.newColumnChart');
    return this.builder('column');
  }

  private builder(kind: string): ChartBuilderApi {
    const state = { title: '', table: null as FakeTable | null, width: 600, height: 371 };
    const builder: ChartBuilderApi = {
      setDataTable: (table) => {
        state.table = table as unknown as FakeTable;
        return builder;
      },
      setTitle: (title) => {
        state.title = title;
        return builder;
      },
      setDimensions: (width, height) => {
        state.width = width;
        state.height = height;
        return builder;
      },
      setLegendPosition: () => builder,
      build: () => {
        if (!state.table) throw new Error('A chart needs a data table.');
        const chart = { kind, title: state.title, table: state.table, width: state.width, height: state.height };
        this.built.push(chart);
        return { getAs: (contentType: string) => fakeBlob(contentType, JSON.stringify(chart)) };
      },
    };
    return builder;
  }
}

function fakeBlob(contentType: string, data: string): GoogleAppsScript.Base.Blob {
  const blob = {
    getContentType: () => contentType,
    getName: () => 'chart.png',
    getDataAsString: () => data,
    getBlob: () => blob,
  };
  return blob as unknown as GoogleAppsScript.Base.Blob;
}
