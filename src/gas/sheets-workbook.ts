import { type Grid, columnLetter } from '../core/cell';
import type { Block, ChartSpec, ColumnFormat, KeyValueStore, SheetFormat, WorkbookPort } from '../core/ports';
import type { AppsScriptServices, RangeApi, SheetApi, SpreadsheetApi, SpreadsheetAppApi } from './apps-script-api';
import { fromSheetValues, toSheetValue } from './cell-codec';
import { SheetTimeZone } from './time-zone';
import { validationRule } from './validation-rules';

/**
 * WorkbookPort over SpreadsheetApp. Every method costs a constant number of service calls
 * whatever the number of rows (formatSheet grows with the number of columns only).
 */
export class SheetsWorkbook implements WorkbookPort {
  /** Sheets already looked up in this execution (a lookup is a service call too). */
  private readonly known = new Map<string, SheetApi>();
  /** The spreadsheet's time zone, looked up at the first date (src/gas/time-zone.ts). */
  private zone: SheetTimeZone | null = null;

  constructor(
    private readonly spreadsheet: SpreadsheetApi,
    private readonly services: Pick<AppsScriptServices, 'spreadsheetApp' | 'charts' | 'utilities'>,
    /** Remembers which embedded chart belongs to which ChartSpec id. */
    private readonly chartIds: KeyValueStore,
  ) {}

  sheetNames(): string[] {
    return this.spreadsheet.getSheets().map((sheet) => sheet.getName());
  }

  readSheet(name: string): Grid | null {
    const sheet = this.find(name);
    if (!sheet) return null;
    const range = sheet.getDataRange();
    const grid = this.datesFromSheet(fromSheetValues(range.getValues(), range.getFormulas()));
    // An empty sheet's data range is A1 alone: report it as no rows, like the offline adapter.
    return grid.length === 1 && grid[0].length === 1 && grid[0][0] === null ? [] : grid;
  }

  ensureSheet(name: string): boolean {
    if (this.find(name)) return false;
    this.known.set(name, this.spreadsheet.insertSheet(name));
    return true;
  }

  writeBlock(sheetName: string, block: Block): void {
    const height = block.values.length;
    const width = block.values.reduce((widest, row) => Math.max(widest, row.length), 0);
    if (height === 0 || width === 0) return;
    const sheet = this.sheet(sheetName);
    growTo(sheet, block.row + height - 1, block.col + width - 1);
    const range = sheet.getRange(block.row, block.col, height, width);
    // Formats first: a '@' (text) format must be in place before the values arrive, and how a
    // string is protected from parsing depends on the format of the cell it lands in.
    const formats = this.effectiveFormats(range, block.numberFormats, height, width);
    if (block.numberFormats) this.writeNumberFormats(sheet, range, block, height, width);
    range.setValues(
      fill(block.values, height, width, (cell, r, c) => this.dateToSheet(toSheetValue(cell, formats[r][c]))),
    );
    if (block.backgrounds) range.setBackgrounds(this.backgroundsKeepingUnset(range, block.backgrounds, height, width));
    if (block.fontWeights) range.setFontWeights(fill(block.fontWeights, height, width, (w) => w ?? null));
    if (block.fontSizes) range.setFontSizes(fill(block.fontSizes, height, width, (s) => s ?? DEFAULT_FONT_SIZE));
    if (block.horizontalAlignments) {
      range.setHorizontalAlignments(fill(block.horizontalAlignments, height, width, (a) => a ?? null));
    }
    if (block.notes) range.setNotes(fill(block.notes, height, width, (n) => n ?? ''));
    if (block.wrap !== undefined) range.setWrap(block.wrap);
  }

  private timeZone(): SheetTimeZone {
    this.zone ??= new SheetTimeZone(this.spreadsheet.getSpreadsheetTimeZone(), (date, zone, pattern) =>
      this.services.utilities.formatDate(date, zone, pattern),
    );
    return this.zone;
  }

  private datesFromSheet(grid: Grid): Grid {
    for (const row of grid) {
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (isDateValue(cell)) row[c] = this.timeZone().fromSheet(cell);
        else if (cell && typeof cell === 'object' && 'formula' in cell && isDateValue(cell.value)) {
          row[c] = { ...cell, value: this.timeZone().fromSheet(cell.value) };
        }
      }
    }
    return grid;
  }

  private dateToSheet<T>(value: T): T | Date {
    return isDateValue(value) ? this.timeZone().toSheet(value) : value;
  }

  /** `undefined` entries keep the fill already there: one extra read, only when there are any. */
  private backgroundsKeepingUnset(
    range: RangeApi,
    backgrounds: readonly (readonly (string | null | undefined)[])[],
    height: number,
    width: number,
  ): (string | null)[][] {
    const keepsAny = fill(backgrounds, height, width, (b) => b === undefined).some((row) => row.includes(true));
    const current = keepsAny ? range.getBackgrounds() : [];
    return fill(backgrounds, height, width, (b, r, c) => (b === undefined ? normalColor(current[r]?.[c]) : b));
  }

  clearRows(sheetName: string, fromRow: number, toRow: number): void {
    const sheet = this.find(sheetName);
    if (!sheet) return;
    const last = Math.min(toRow, sheet.getMaxRows());
    if (last < fromRow) return;
    sheet.getRange(fromRow, 1, last - fromRow + 1, sheet.getMaxColumns()).clearContent();
  }

  formatSheet(sheetName: string, format: SheetFormat): void {
    const sheet = this.sheet(sheetName);
    const headerRow = format.headerRow ?? 1;
    const columns = format.columns ?? [];
    const widest = Math.max(sheet.getLastColumn(), ...columns.map((c) => c.col), 1);
    growTo(sheet, headerRow + 1, widest);
    if (format.frozenRows !== undefined) sheet.setFrozenRows(format.frozenRows);
    if (format.frozenColumns !== undefined) sheet.setFrozenColumns(format.frozenColumns);
    if (format.tabColor !== undefined) sheet.setTabColor(format.tabColor);
    if (format.hideGridlines !== undefined) sheet.setHiddenGridlines(format.hideGridlines);
    const header = sheet.getRange(headerRow, 1, 1, widest);
    if (format.headerBold !== undefined) header.setFontWeight(format.headerBold ? 'bold' : 'normal');
    if (format.headerBackground !== undefined) header.setBackground(format.headerBackground);
    if (format.headerWrap !== undefined) header.setWrap(format.headerWrap);
    this.writeHeaderNotes(header, columns, widest);
    const dataRows = sheet.getMaxRows() - headerRow;
    this.formatDataColumns(sheet, headerRow + 1, dataRows, columns, widest);
  }

  upsertChart(sheetName: string, spec: ChartSpec): boolean {
    const sheet = this.sheet(sheetName);
    const { chart } = spec;
    const storeKey = `chart:${sheet.getSheetId()}:${chart.id}`;
    const knownId = this.chartIds.get(storeKey);
    const existing = sheet
      .getCharts()
      .find((embedded) =>
        knownId !== null
          ? String(embedded.getChartId()) === knownId
          : embedded.getOptions().get('title') === chart.title,
      );
    const builder = (existing ? existing.modify() : sheet.newChart())
      .setChartType(chartType(this.services.charts.ChartType, chart.kind))
      .clearRanges()
      .addRange(sheet.getRange(spec.range.row, spec.range.col, spec.range.rows, spec.range.cols))
      .setNumHeaders(1)
      .setPosition(spec.anchor.row, spec.anchor.col, 0, 0)
      .setOption('title', chart.title)
      .setOption('legend', { position: 'top' })
      .setOption('width', CHART_WIDTH)
      .setOption('height', CHART_HEIGHT);
    if (existing) {
      sheet.updateChart(builder.build());
      return true;
    }
    sheet.insertChart(builder.build());
    const inserted = sheet.getCharts().pop();
    const insertedId = inserted?.getChartId();
    if (insertedId !== null && insertedId !== undefined) this.chartIds.set(storeKey, String(insertedId));
    return true;
  }

  /**
   * Removes our chart with this id, found by the id remembered when it was inserted: a chart the
   * user drew (no remembered id) is never touched. One getCharts and one removeChart at most.
   */
  removeChart(sheetName: string, chartId: string): void {
    const sheet = this.find(sheetName);
    if (!sheet) return;
    const storeKey = `chart:${sheet.getSheetId()}:${chartId}`;
    const knownId = this.chartIds.get(storeKey);
    if (knownId === null) return;
    const existing = sheet.getCharts().find((embedded) => String(embedded.getChartId()) === knownId);
    if (existing) sheet.removeChart(existing);
    this.chartIds.delete(storeKey);
  }

  /**
   * Writes only the formats the block asks for. Writing a cell's current format back is not a
   * no-op: Sheets reports an automatic cell as `0.###############`, and setting that turns the
   * cell into a fixed number format (a date typed there later shows as a number). A complete
   * block is one setNumberFormats; a partial one is one range list per distinct format.
   */
  private writeNumberFormats(sheet: SheetApi, range: RangeApi, block: Block, height: number, width: number): void {
    const requested = fill(block.numberFormats ?? [], height, width, (f) => f ?? null);
    if (requested.every((row) => row.every((f) => f !== null))) {
      range.setNumberFormats(requested as string[][]);
      return;
    }
    const byFormat = new Map<string, string[]>();
    for (let c = 0; c < width; c++) {
      const letter = columnLetter(block.col + c);
      let r = 0;
      while (r < height) {
        const format = requested[r][c];
        if (format === null) {
          r++;
          continue;
        }
        let end = r;
        while (end + 1 < height && requested[end + 1][c] === format) end++;
        const a1 = `${letter}${block.row + r}${end > r ? `:${letter}${block.row + end}` : ''}`;
        byFormat.set(format, [...(byFormat.get(format) ?? []), a1]);
        r = end + 1;
      }
    }
    for (const [format, ranges] of byFormat) sheet.getRangeList(ranges).setNumberFormat(format);
  }

  /** The number format each cell will have: the block's own, else the cell's current one (one read). */
  private effectiveFormats(
    range: RangeApi,
    requested: Block['numberFormats'],
    height: number,
    width: number,
  ): string[][] {
    const complete =
      requested?.length === height && requested.every((row) => row.length >= width && row.every((f) => f !== null));
    const current = complete ? [] : range.getNumberFormats();
    return fill(requested ?? [], height, width, (f, r, c) => f ?? current[r]?.[c] ?? '');
  }

  private find(name: string): SheetApi | null {
    const cached = this.known.get(name);
    if (cached) return cached;
    const sheet = this.spreadsheet.getSheetByName(name);
    if (sheet) this.known.set(name, sheet);
    return sheet;
  }

  private sheet(name: string): SheetApi {
    const sheet = this.find(name);
    if (sheet) return sheet;
    this.ensureSheet(name);
    return this.find(name) as SheetApi;
  }

  /** All header notes in one read and one write; notes on columns without a spec are kept. */
  private writeHeaderNotes(header: ReturnType<SheetApi['getRange']>, columns: ColumnFormat[], width: number): void {
    const withNotes = columns.filter((c) => c.note !== undefined);
    if (withNotes.length === 0) return;
    const notes = (header.getNotes()[0] ?? []).slice(0, width);
    while (notes.length < width) notes.push('');
    for (const column of withNotes) notes[column.col - 1] = column.note ?? '';
    header.setNotes([notes]);
  }

  private writeValueColours(sheet: SheetApi, firstRow: number, rows: number, columns: ColumnFormat[]): void {
    writeValueColoursOn(this.services.spreadsheetApp, sheet, firstRow, rows, columns);
  }

  /** Widths, number formats (one call per distinct format) and validation (one per column). */
  private formatDataColumns(
    sheet: SheetApi,
    firstRow: number,
    rows: number,
    columns: ColumnFormat[],
    width: number,
  ): void {
    for (const column of columns) {
      if (column.width !== undefined) sheet.setColumnWidth(column.col, column.width);
      // Sheets sizes the column to what it holds (developers.google.com/apps-script/reference/spreadsheet/sheet#autoresizecolumnsstartcolumn,-numcolumns).
      else if (column.fit) sheet.autoResizeColumns(column.col, 1);
      // the add-on's key («Ключ»): not for the curator's eyes (developers.google.com/apps-script/reference/spreadsheet/sheet#hidecolumnscolumnindex)
      if (column.hidden) sheet.hideColumns(column.col);
    }
    if (rows <= 0) return;
    const lastDataRow = firstRow + rows - 1;
    const wrapped = columns
      .filter((column) => column.wrap)
      .map((column) => `${columnLetter(column.col)}${firstRow}:${columnLetter(column.col)}${lastDataRow}`);
    // Sheets grows a row to its wrapped text by itself (rows whose height nobody set).
    if (wrapped.length > 0) {
      sheet.getRangeList(wrapped).setWrap(true);
      // a tall wrapped row reads from its top line across, not with short cells at the bottom
      sheet.getRange(firstRow, 1, rows, width).setVerticalAlignment('top');
    }
    const lastRow = lastDataRow;
    const byFormat = new Map<string, string[]>();
    for (const column of columns) {
      if (column.numberFormat === undefined) continue;
      const letter = columnLetter(column.col);
      const list = byFormat.get(column.numberFormat) ?? [];
      list.push(`${letter}${firstRow}:${letter}${lastRow}`);
      byFormat.set(column.numberFormat, list);
    }
    for (const [numberFormat, ranges] of byFormat) sheet.getRangeList(ranges).setNumberFormat(numberFormat);
    this.writeValueColours(sheet, firstRow, rows, columns);
    for (const column of columns) {
      if (!column.validation) continue;
      const rule = validationRule((name) => this.sheet(name), this.services.spreadsheetApp, column.validation);
      sheet.getRange(firstRow, column.col, rows, 1).setDataValidation(rule);
    }
  }
}

/**
 * Conditional fills by value (a status recolours the moment it is chosen). setConditionalFormatRules
 * replaces the sheet's whole list (developers.google.com/apps-script/reference/spreadsheet/sheet
 * #setconditionalformatrulesrules), so the list is read once, the rules that lie inside the columns
 * coloured here (ours from an earlier run) are dropped, the user's other rules are kept, ours are
 * appended: a re-run never duplicates. One read and one write, whatever the rows.
 */
function writeValueColoursOn(
  app: SpreadsheetAppApi,
  sheet: SheetApi,
  firstRow: number,
  rows: number,
  columns: readonly ColumnFormat[],
): void {
  const coloured = columns.filter((c) => c.valueColours && c.valueColours.length > 0);
  if (coloured.length === 0) return;
  const cols = new Set(coloured.map((c) => c.col));
  const ours = (range: RangeApi) =>
    range.getNumColumns() === 1 && cols.has(range.getColumn()) && range.getRow() >= firstRow;
  const kept = sheet.getConditionalFormatRules().filter((rule) => !rule.getRanges().every(ours));
  const added = coloured.flatMap((column) => {
    const range = sheet.getRange(firstRow, column.col, rows, 1);
    return (column.valueColours ?? []).map((colour) =>
      app
        .newConditionalFormatRule()
        .whenTextEqualTo(colour.value)
        .setBackground(colour.background)
        .setRanges([range])
        .build(),
    );
  });
  sheet.setConditionalFormatRules([...kept, ...added]);
}

/** Adds rows/columns so that the sheet reaches lastRow × lastCol (Sheets rejects ranges beyond it). */
function growTo(sheet: SheetApi, lastRow: number, lastCol: number): void {
  const maxRows = sheet.getMaxRows();
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (lastCol > maxCols) sheet.insertColumnsAfter(maxCols, lastCol - maxCols);
}

/** A rectangular copy of `rows` (height × width), every cell mapped; missing cells map `undefined`. */
function fill<T, U>(
  rows: readonly (readonly T[])[],
  height: number,
  width: number,
  map: (cell: T | undefined, r: number, c: number) => U,
): U[][] {
  const out: U[][] = [];
  for (let r = 0; r < height; r++) {
    const source = rows[r] ?? [];
    const row: U[] = [];
    for (let c = 0; c < width; c++) row.push(map(source[c], r, c));
    out.push(row);
  }
  return out;
}

function chartType(
  types: typeof GoogleAppsScript.Charts.ChartType,
  kind: ChartSpec['chart']['kind'],
): GoogleAppsScript.Charts.ChartType {
  return kind === 'bar' ? types.BAR : types.COLUMN;
}

/** Pixels: about 18 rows high, so that the charts stacked by placeCharts never overlap. */
const CHART_WIDTH = 600;
const CHART_HEIGHT = 360;

/** Sheets reports an unfilled cell as white; writing white back would be a fill of its own. */
function normalColor(color: string | undefined): string | null {
  return !color || color.toLowerCase() === '#ffffff' ? null : color;
}

const DEFAULT_FONT_SIZE = 10;

function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
