/**
 * An in-memory Google spreadsheet that behaves like SpreadsheetApp where the adapter depends on
 * it: setValues parses strings as a user's typing would (`=…` → formula, `'…` → text without the
 * apostrophe, `007` → 7, `01.09.2024` → a date, `+…`/`-…`/`@…` → an error) unless the cell is
 * formatted '@'; ranges outside the grid throw; every call is counted in the shared CallLog.
 */
import type {
  ConditionalFormatRuleApi,
  ConditionalFormatRuleBuilderApi,
  DataValidationApi,
  DataValidationBuilderApi,
  EmbeddedChartApi,
  EmbeddedChartBuilderApi,
  RangeApi,
  RangeListApi,
  SheetApi,
  SpreadsheetApi,
} from '../../../src/gas/apps-script-api';
import type { CallLog } from './calls';
import { evaluateImports, type ImportRegistry } from './import-range';

export type FakeValue = string | number | boolean | Date;

export interface FakeCell {
  value: FakeValue;
  formula: string;
  note: string;
  numberFormat: string;
  background: string | null;
  fontWeight: string | null;
  fontSize: number;
  horizontalAlignment: string | null;
  verticalAlignment: string | null;
  wrap: boolean;
  /** A value an array formula (IMPORTRANGE) put here: not typed, cleared when the formula recomputes. */
  spilled?: boolean;
}

export interface FakeRule {
  kind: 'list' | 'range' | 'date' | 'between' | 'gte' | 'lte';
  values?: string[];
  /** For 'range': the source range as 'Sheet!A2:A200'. */
  source?: string;
  min?: number;
  max?: number;
  allowInvalid: boolean;
  helpText: string;
}

const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;

function blankCell(): FakeCell {
  return {
    value: '',
    formula: '',
    note: '',
    numberFormat: '',
    background: null,
    fontWeight: null,
    fontSize: 10,
    horizontalAlignment: null,
    verticalAlignment: null,
    wrap: false,
  };
}

/** A Date from any realm (dist/Code.js runs in a node:vm context with its own Date). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** What Sheets stores when setValues receives `input` for a cell with `numberFormat`. */
/** The process's zone: the default spreadsheet zone of the fakes (so plain tests see no shift). */
export const PROCESS_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Utilities.formatDate for the patterns the adapter uses, through Intl. */
export function formatDateIn(date: Date, timeZone: string, pattern: string): string {
  if (pattern !== "yyyy-MM-dd'T'HH:mm:ss") throw new Error(`The fake formatDate does not know the pattern ${pattern}`);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}`;
}

/** Midnight of a calendar day in `timeZone` (what Sheets stores when a user types a date there). */
export function midnightIn(timeZone: string, year: number, month: number, day: number): Date {
  const wanted = Date.UTC(year, month - 1, day);
  let instant = wanted;
  for (let pass = 0; pass < 2; pass++) {
    const shown = formatDateIn(new Date(instant), timeZone, "yyyy-MM-dd'T'HH:mm:ss");
    const [d, t] = shown.split('T');
    const [y, m, dd] = d.split('-').map(Number);
    const [h, mi, s] = t.split(':').map(Number);
    instant = wanted - (Date.UTC(y, m - 1, dd, h, mi, s) - instant);
  }
  return new Date(instant);
}

export function parseTyped(
  input: unknown,
  numberFormat: string,
  timeZone: string = PROCESS_TIME_ZONE,
): { value: FakeValue; formula: string } {
  if (input === null || input === undefined) return { value: '', formula: '' };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: '' };
  if (isDate(input)) return { value: new Date(input.getTime()), formula: '' };
  if (typeof input !== 'string') return { value: String(input), formula: '' };
  // Plain-text cells store what they receive (the pessimistic reading: even an apostrophe).
  if (numberFormat === '@') return { value: input, formula: '' };
  if (input.startsWith("'")) return { value: input.slice(1), formula: '' };
  if (input.startsWith('=')) return { value: '', formula: input };
  const trimmed = input.trim();
  if (/^[+-]?\d+(\.\d+)?$/.test(trimmed)) return { value: Number(trimmed), formula: '' };
  const date = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  if (date) return { value: midnightIn(timeZone, Number(date[3]), Number(date[2]), Number(date[1])), formula: '' };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true', formula: '' };
  if (/^[+\-@]/.test(trimmed)) return { value: '#ERROR!', formula: '' };
  return { value: input, formula: '' };
}

export class FakeSpreadsheet implements SpreadsheetApi {
  readonly sheets: FakeSheet[] = [];
  readonly toasts: Array<{ message: string; title: string }> = [];
  /** File → Settings → Time zone: getValues returns typed dates as midnight here. */
  timeZone = PROCESS_TIME_ZONE;
  /** The sheet last activated (Sheet.activate). */
  active: FakeSheet | null = null;
  /** Other spreadsheets IMPORTRANGE can reach (see import-range.ts); null: formulas are not evaluated. */
  imports: ImportRegistry | null = null;
  private nextSheetId = 1;

  constructor(
    readonly calls: CallLog,
    readonly id = 'fake-spreadsheet-id',
  ) {}

  getId(): string {
    this.calls.record('Spreadsheet.getId');
    return this.id;
  }

  toast(msg: string, title?: string, _timeoutSeconds?: number | null): void {
    this.calls.record('Spreadsheet.toast');
    this.toasts.push({ message: msg, title: title ?? '' });
  }

  getSpreadsheetTimeZone(): string {
    this.calls.record('Spreadsheet.getSpreadsheetTimeZone');
    return this.timeZone;
  }

  getSheetByName(name: string): FakeSheet | null {
    this.calls.record('Spreadsheet.getSheetByName');
    return this.sheet(name);
  }

  getSheets(): FakeSheet[] {
    this.calls.record('Spreadsheet.getSheets');
    return [...this.sheets];
  }

  /** A real spreadsheet always has a sheet; a fake one may start empty (then null). */
  getActiveSheet(): FakeSheet | null {
    this.calls.record('Spreadsheet.getActiveSheet');
    return this.active ?? this.sheets[0] ?? null;
  }

  insertSheet(sheetName: string): FakeSheet {
    this.calls.record('Spreadsheet.insertSheet');
    if (this.sheet(sheetName)) throw new Error(`A sheet with the name "${sheetName}" already exists.`);
    const sheet = new FakeSheet(this, sheetName, this.nextSheetId++);
    this.sheets.push(sheet);
    // Like Sheets: the inserted sheet becomes the active one.
    this.active = sheet;
    return sheet;
  }

  /** Evaluates IMPORTRANGE formulas, as Sheets does before a read (not counted). */
  recalculate(depth = 0): void {
    if (this.imports) evaluateImports(this, this.imports, depth);
  }

  /** Test helper (not counted): the sheet or null. */
  sheet(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }

  /** Test helper (not counted): creates a sheet holding `rows` as if a user typed/pasted them. */
  addSheet(name: string, rows: FakeValue[][] = []): FakeSheet {
    const sheet = new FakeSheet(this, name, this.nextSheetId++);
    this.sheets.push(sheet);
    sheet.load(rows);
    return sheet;
  }
}

export class FakeSheet implements SheetApi {
  cells: FakeCell[][] = [];
  maxRows = DEFAULT_ROWS;
  maxColumns = DEFAULT_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  hiddenGridlines = false;
  readonly columnWidths = new Map<number, number>();
  /** Validation rules in the order they were set; the last one covering a cell wins. */
  readonly rules: Array<{ row: number; col: number; rows: number; cols: number; rule: FakeRule | null }> = [];
  readonly charts: FakeChart[] = [];
  private nextChartId = 1;

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    readonly name: string,
    readonly sheetId: number,
  ) {}

  private get calls(): CallLog {
    return this.spreadsheet.calls;
  }

  getName(): string {
    this.calls.record('Sheet.getName');
    return this.name;
  }

  getSheetId(): number {
    this.calls.record('Sheet.getSheetId');
    return this.sheetId;
  }

  getMaxRows(): number {
    this.calls.record('Sheet.getMaxRows');
    return this.maxRows;
  }

  getMaxColumns(): number {
    this.calls.record('Sheet.getMaxColumns');
    return this.maxColumns;
  }

  getLastRow(): number {
    this.calls.record('Sheet.getLastRow');
    return this.lastRow();
  }

  getLastColumn(): number {
    this.calls.record('Sheet.getLastColumn');
    return this.lastColumn();
  }

  getDataRange(): FakeRange {
    this.calls.record('Sheet.getDataRange');
    this.spreadsheet.recalculate();
    return new FakeRange(this, 1, 1, Math.max(1, this.lastRow()), Math.max(1, this.lastColumn()));
  }

  getRange(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    this.calls.record('Sheet.getRange');
    return this.range(row, column, numRows, numColumns);
  }

  getRangeList(a1Notations: string[]): FakeRangeList {
    this.calls.record('Sheet.getRangeList');
    return new FakeRangeList(
      this,
      a1Notations.map((a1) => {
        const r = parseA1(a1);
        return this.range(r.row, r.col, r.rows, r.cols);
      }),
    );
  }

  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.calls.record('Sheet.insertRowsAfter');
    if (afterPosition < this.cells.length)
      this.cells.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => []));
    this.maxRows += howMany;
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.calls.record('Sheet.insertColumnsAfter');
    for (const row of this.cells) {
      if (afterPosition < row.length) row.splice(afterPosition, 0, ...Array.from({ length: howMany }, blankCell));
    }
    this.maxColumns += howMany;
    return this;
  }

  setFrozenRows(rows: number): void {
    this.calls.record('Sheet.setFrozenRows');
    this.frozenRows = rows;
  }

  setFrozenColumns(columns: number): void {
    this.calls.record('Sheet.setFrozenColumns');
    this.frozenColumns = columns;
  }

  readonly hiddenColumns = new Set<number>();

  hideColumns(columnIndex: number, numColumns = 1): void {
    this.calls.record('Sheet.hideColumns');
    if (!Number.isInteger(columnIndex) || columnIndex < 1 || columnIndex + numColumns - 1 > this.getMaxColumns())
      throw new Error('Those columns are out of bounds.');
    for (let col = columnIndex; col < columnIndex + numColumns; col++) this.hiddenColumns.add(col);
  }

  setColumnWidth(columnPosition: number, width: number): FakeSheet {
    this.calls.record('Sheet.setColumnWidth');
    this.columnWidths.set(columnPosition, width);
    return this;
  }

  /**
   * Sizes the columns to their content, as Sheets does: the widest displayed value (header
   * included), about 7 px a character plus padding.
   */
  autoResizeColumns(startColumn: number, numColumns: number): FakeSheet {
    this.calls.record('Sheet.autoResizeColumns');
    if (startColumn < 1 || numColumns < 1 || startColumn + numColumns - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    for (let col = startColumn; col < startColumn + numColumns; col++) {
      let widest = 0;
      for (const row of this.cells) {
        const cell = row[col - 1];
        if (!cell) continue;
        const text = cell.value instanceof Date ? '00.00.0000' : String(cell.value ?? '');
        for (const line of text.split('\n')) widest = Math.max(widest, line.length);
      }
      this.columnWidths.set(col, Math.max(21, widest * 7 + 10));
    }
    return this;
  }

  setTabColor(color: string | null): FakeSheet {
    this.calls.record('Sheet.setTabColor');
    this.tabColor = color;
    return this;
  }

  setHiddenGridlines(hideGridlines: boolean): FakeSheet {
    this.calls.record('Sheet.setHiddenGridlines');
    this.hiddenGridlines = hideGridlines;
    return this;
  }

  /** The sheet's conditional format rules; setConditionalFormatRules replaces the whole list, as in Sheets. */
  conditionalRules: FakeConditionalRule[] = [];

  getConditionalFormatRules(): FakeConditionalRule[] {
    this.calls.record('Sheet.getConditionalFormatRules');
    return [...this.conditionalRules];
  }

  setConditionalFormatRules(rules: ConditionalFormatRuleApi[]): void {
    this.calls.record('Sheet.setConditionalFormatRules');
    this.conditionalRules = rules.map((rule) => rule as FakeConditionalRule);
  }

  getCharts(): FakeChart[] {
    this.calls.record('Sheet.getCharts');
    return [...this.charts];
  }

  newChart(): FakeChartBuilder {
    this.calls.record('Sheet.newChart');
    return new FakeChartBuilder(this.calls, null);
  }

  insertChart(chart: EmbeddedChartApi): void {
    this.calls.record('Sheet.insertChart');
    const fake = chart as FakeChart;
    fake.id = this.nextChartId++;
    this.charts.push(fake);
  }

  updateChart(chart: EmbeddedChartApi): void {
    this.calls.record('Sheet.updateChart');
    const fake = chart as FakeChart;
    const index = this.charts.findIndex((c) => c.id === fake.id);
    if (index < 0) throw new Error('The chart to update is not on this sheet.');
    this.charts[index] = fake;
  }

  /** Sheets removes the chart from its sheet; a chart not on this sheet is an error. */
  removeChart(chart: EmbeddedChartApi): void {
    this.calls.record('Sheet.removeChart');
    const fake = chart as FakeChart;
    const index = this.charts.findIndex((c) => c.id === fake.id);
    if (index < 0) throw new Error('The chart to remove is not on this sheet.');
    this.charts.splice(index, 1);
  }

  activate(): FakeSheet {
    this.calls.record('Sheet.activate');
    this.spreadsheet.active = this;
    return this;
  }

  // ---- test helpers (not counted) ----

  /** Fills the sheet from row 1 as a user's paste would (strings parsed like typing). */
  load(rows: FakeValue[][]): void {
    rows.forEach((row, r) => {
      row.forEach((input, c) => {
        const cell = this.cell(r + 1, c + 1);
        Object.assign(cell, parseTyped(input, cell.numberFormat, this.spreadsheet.timeZone));
      });
    });
    this.maxRows = Math.max(this.maxRows, rows.length);
    this.maxColumns = Math.max(this.maxColumns, ...rows.map((row) => row.length));
  }

  /** Stored values from row 1 (formulas as their text), trimmed to the used area. */
  values(): FakeValue[][] {
    const rows = this.lastRow();
    const cols = this.lastColumn();
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => {
        const cell = this.cells[r]?.[c];
        return cell ? cell.formula || cell.value : '';
      }),
    );
  }

  cell(row: number, col: number): FakeCell {
    while (this.cells.length < row) this.cells.push([]);
    const cells = this.cells[row - 1];
    while (cells.length < col) cells.push(blankCell());
    return cells[col - 1];
  }

  /** The validation rule that applies to a cell (the last one set over it). */
  ruleAt(row: number, col: number): FakeRule | null {
    for (let i = this.rules.length - 1; i >= 0; i--) {
      const r = this.rules[i];
      if (row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols) return r.rule;
    }
    return null;
  }

  lastRow(): number {
    for (let r = this.cells.length; r > 0; r--) {
      if (this.cells[r - 1].some((cell) => cell.value !== '' || cell.formula !== '')) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.cells) {
      for (let c = row.length; c > last; c--) {
        if (row[c - 1].value !== '' || row[c - 1].formula !== '') {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  range(row: number, col: number, rows: number, cols: number): FakeRange {
    if (row < 1 || col < 1 || rows < 1 || cols < 1 || !Number.isInteger(row + col + rows + cols)) {
      throw new Error(`Invalid range (${row}, ${col}, ${rows}, ${cols}).`);
    }
    if (row + rows - 1 > this.maxRows || col + cols - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this, row, col, rows, cols);
  }
}

export class FakeRange implements RangeApi {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {}

  private record(method: string): void {
    this.sheet.spreadsheet.calls.record(`Range.${method}`);
  }

  getRow(): number {
    this.record('getRow');
    return this.row;
  }

  getColumn(): number {
    this.record('getColumn');
    return this.col;
  }

  getNumRows(): number {
    this.record('getNumRows');
    return this.rows;
  }

  getNumColumns(): number {
    this.record('getNumColumns');
    return this.cols;
  }

  getA1Notation(): string {
    this.record('getA1Notation');
    return this.a1();
  }

  getValues(): FakeValue[][] {
    this.record('getValues');
    this.sheet.spreadsheet.recalculate();
    return this.map((cell) => (isDate(cell.value) ? new Date(cell.value.getTime()) : cell.value));
  }

  getFormulas(): string[][] {
    this.record('getFormulas');
    return this.map((cell) => cell.formula);
  }

  getNumberFormats(): string[][] {
    this.record('getNumberFormats');
    return this.map((cell) => cell.numberFormat || '0.###############');
  }

  getNotes(): string[][] {
    this.record('getNotes');
    return this.map((cell) => cell.note);
  }

  setValues(values: unknown[][]): FakeRange {
    this.record('setValues');
    this.checkShape(values, 'data');
    this.each((cell, r, c) => {
      Object.assign(cell, parseTyped(values[r][c], cell.numberFormat, this.sheet.spreadsheet.timeZone), {
        spilled: false,
      });
    });
    return this;
  }

  getBackgrounds(): string[][] {
    this.record('getBackgrounds');
    return this.map((cell) => cell.background ?? '#ffffff');
  }

  setBackgrounds(colors: (string | null)[][]): FakeRange {
    this.record('setBackgrounds');
    this.checkShape(colors, 'colors');
    this.each((cell, r, c) => {
      cell.background = colors[r][c] || null;
    });
    return this;
  }

  setFontSizes(sizes: number[][]): FakeRange {
    this.record('setFontSizes');
    this.checkShape(sizes, 'font sizes');
    this.each((cell, r, c) => {
      cell.fontSize = sizes[r][c];
    });
    return this;
  }

  setHorizontalAlignments(alignments: (string | null)[][]): FakeRange {
    this.record('setHorizontalAlignments');
    this.checkShape(alignments, 'alignments');
    this.each((cell, r, c) => {
      cell.horizontalAlignment = alignments[r][c];
    });
    return this;
  }

  setFontWeights(fontWeights: (string | null)[][]): FakeRange {
    this.record('setFontWeights');
    this.checkShape(fontWeights, 'font weights');
    this.each((cell, r, c) => {
      cell.fontWeight = fontWeights[r][c];
    });
    return this;
  }

  setNumberFormats(numberFormats: string[][]): FakeRange {
    this.record('setNumberFormats');
    this.checkShape(numberFormats, 'number formats');
    this.each((cell, r, c) => {
      cell.numberFormat = numberFormats[r][c];
    });
    return this;
  }

  setNotes(notes: (string | null)[][]): FakeRange {
    this.record('setNotes');
    this.checkShape(notes, 'notes');
    this.each((cell, r, c) => {
      cell.note = notes[r][c] ?? '';
    });
    return this;
  }

  setWrap(isWrapEnabled: boolean): FakeRange {
    this.record('setWrap');
    this.each((cell) => {
      cell.wrap = isWrapEnabled;
    });
    return this;
  }

  setVerticalAlignment(alignment: string | null): FakeRange {
    this.record('setVerticalAlignment');
    if (alignment !== null && !['top', 'middle', 'bottom'].includes(alignment)) {
      throw new Error(`Invalid vertical alignment: ${alignment}`);
    }
    this.each((cell) => {
      cell.verticalAlignment = alignment;
    });
    return this;
  }

  setFontWeight(fontWeight: string | null): FakeRange {
    this.record('setFontWeight');
    this.each((cell) => {
      cell.fontWeight = fontWeight;
    });
    return this;
  }

  setBackground(color: string | null): FakeRange {
    this.record('setBackground');
    this.each((cell) => {
      cell.background = color;
    });
    return this;
  }

  /** Not counted: used by RangeList.setWrap, which counts itself. */
  applyWrap(isWrapEnabled: boolean): void {
    this.each((cell) => {
      cell.wrap = isWrapEnabled;
    });
  }

  /** Not counted: used by RangeList.setNumberFormat, which counts itself. */
  applyNumberFormat(format: string): void {
    this.each((cell) => {
      cell.numberFormat = format;
    });
  }

  setDataValidation(rule: DataValidationApi | null): FakeRange {
    this.record('setDataValidation');
    this.sheet.rules.push({
      row: this.row,
      col: this.col,
      rows: this.rows,
      cols: this.cols,
      rule: rule as FakeRule | null,
    });
    return this;
  }

  clearContent(): FakeRange {
    this.record('clearContent');
    this.each((cell) => {
      cell.value = '';
      cell.formula = '';
      cell.spilled = false;
    });
    return this;
  }

  a1(): string {
    const first = `${letters(this.col)}${this.row}`;
    const last = `${letters(this.col + this.cols - 1)}${this.row + this.rows - 1}`;
    return this.rows === 1 && this.cols === 1 ? first : `${first}:${last}`;
  }

  private checkShape(values: unknown[][], what: string): void {
    if (values.length !== this.rows) {
      throw new Error(
        `The number of rows in the ${what} does not match the number of rows in the range. The ${what} has ${values.length} but the range has ${this.rows}.`,
      );
    }
    for (const row of values) {
      if (row.length !== this.cols) {
        throw new Error(
          `The number of columns in the ${what} does not match the number of columns in the range. The ${what} has ${row.length} but the range has ${this.cols}.`,
        );
      }
    }
  }

  private each(visit: (cell: FakeCell, r: number, c: number) => void): void {
    for (let r = 0; r < this.rows; r++) {
      for (let c = 0; c < this.cols; c++) visit(this.sheet.cell(this.row + r, this.col + c), r, c);
    }
  }

  /** Reads without creating cells (a 5 000-row read must not grow the sheet). */
  private map<T>(read: (cell: FakeCell) => T): T[][] {
    const blank = blankCell();
    return Array.from({ length: this.rows }, (_, r) =>
      Array.from({ length: this.cols }, (_, c) =>
        read(this.sheet.cells[this.row + r - 1]?.[this.col + c - 1] ?? blank),
      ),
    );
  }
}

export class FakeRangeList implements RangeListApi {
  constructor(
    readonly sheet: FakeSheet,
    readonly ranges: FakeRange[],
  ) {}

  setNumberFormat(format: string): FakeRangeList {
    this.sheet.spreadsheet.calls.record('RangeList.setNumberFormat');
    for (const range of this.ranges) range.applyNumberFormat(format);
    return this;
  }

  setWrap(isWrapEnabled: boolean): FakeRangeList {
    this.sheet.spreadsheet.calls.record('RangeList.setWrap');
    for (const range of this.ranges) range.applyWrap(isWrapEnabled);
    return this;
  }
}

export class FakeDataValidationBuilder implements DataValidationBuilderApi {
  private rule: FakeRule = { kind: 'list', allowInvalid: true, helpText: '' };

  constructor(private readonly calls: CallLog) {}

  requireValueInList(values: string[], _showDropdown: boolean): FakeDataValidationBuilder {
    this.calls.record('DataValidationBuilder.requireValueInList');
    this.rule = { ...this.rule, kind: 'list', values: [...values] };
    return this;
  }

  requireValueInRange(range: RangeApi, _showDropdown: boolean): FakeDataValidationBuilder {
    this.calls.record('DataValidationBuilder.requireValueInRange');
    const fake = range as FakeRange;
    this.rule = { ...this.rule, kind: 'range', source: `${fake.sheet.name}!${fake.a1()}` };
    return this;
  }

  requireDate(): FakeDataValidationBuilder {
    this.calls.record('DataValidationBuilder.requireDate');
    this.rule = { ...this.rule, kind: 'date' };
    return this;
  }

  requireNumberBetween(start: number, end: number): FakeDataValidationBuilder {
    this.calls.record('DataValidationBuilder.requireNumberBetween');
    this.rule = { ...this.rule, kind: 'between', min: start, max: end };
    return this;
  }

  requireNumberGreaterThanOrEqualTo(number: number): FakeDataValidationBuilder {
    this.calls.record('DataValidationBuilder.requireNumberGreaterThanOrEqualTo');
    this.rule = { ...this.rule, kind: 'gte', min: number };
    return this;
  }

  requireNumberLessThanOrEqualTo(number: number): FakeDataValidationBuilder {
    this.calls.record('DataValidationBuilder.requireNumberLessThanOrEqualTo');
    this.rule = { ...this.rule, kind: 'lte', max: number };
    return this;
  }

  setAllowInvalid(allowInvalidData: boolean): FakeDataValidationBuilder {
    this.calls.record('DataValidationBuilder.setAllowInvalid');
    this.rule = { ...this.rule, allowInvalid: allowInvalidData };
    return this;
  }

  setHelpText(helpText: string): FakeDataValidationBuilder {
    this.calls.record('DataValidationBuilder.setHelpText');
    this.rule = { ...this.rule, helpText };
    return this;
  }

  build(): FakeRule {
    this.calls.record('DataValidationBuilder.build');
    return { ...this.rule };
  }
}

export class FakeChart implements EmbeddedChartApi {
  constructor(
    private readonly calls: CallLog,
    public id: number | null,
    readonly type: string,
    readonly ranges: string[],
    readonly position: [number, number],
    readonly options: Map<string, unknown>,
  ) {}

  getChartId(): number | null {
    this.calls.record('EmbeddedChart.getChartId');
    return this.id;
  }

  getOptions(): { get(option: string): unknown } {
    this.calls.record('EmbeddedChart.getOptions');
    return { get: (option: string) => this.options.get(option) };
  }

  modify(): FakeChartBuilder {
    this.calls.record('EmbeddedChart.modify');
    const builder = new FakeChartBuilder(this.calls, this.id);
    builder.state = {
      type: this.type,
      ranges: [...this.ranges],
      position: this.position,
      options: new Map(this.options),
    };
    return builder;
  }
}

export class FakeChartBuilder implements EmbeddedChartBuilderApi {
  state = {
    type: '',
    ranges: [] as string[],
    position: [1, 1] as [number, number],
    options: new Map<string, unknown>(),
  };

  constructor(
    private readonly calls: CallLog,
    private readonly chartId: number | null,
  ) {}

  setChartType(type: GoogleAppsScript.Charts.ChartType): FakeChartBuilder {
    this.calls.record('EmbeddedChartBuilder.setChartType');
    this.state.type = String(type);
    return this;
  }

  clearRanges(): FakeChartBuilder {
    this.calls.record('EmbeddedChartBuilder.clearRanges');
    this.state.ranges = [];
    return this;
  }

  addRange(range: RangeApi): FakeChartBuilder {
    this.calls.record('EmbeddedChartBuilder.addRange');
    this.state.ranges.push((range as FakeRange).a1());
    return this;
  }

  setNumHeaders(_headers: number): FakeChartBuilder {
    this.calls.record('EmbeddedChartBuilder.setNumHeaders');
    return this;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, _offsetX: number, _offsetY: number): FakeChartBuilder {
    this.calls.record('EmbeddedChartBuilder.setPosition');
    this.state.position = [anchorRowPos, anchorColPos];
    return this;
  }

  setOption(option: string, value: unknown): FakeChartBuilder {
    this.calls.record('EmbeddedChartBuilder.setOption');
    this.state.options.set(option, value);
    return this;
  }

  build(): FakeChart {
    this.calls.record('EmbeddedChartBuilder.build');
    const { type, ranges, position, options } = this.state;
    return new FakeChart(this.calls, this.chartId, type, [...ranges], position, new Map(options));
  }
}

export function letters(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function parseA1(a1: string): { row: number; col: number; rows: number; cols: number } {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1);
  if (!match) throw new Error(`Range not found: ${a1}`);
  const toCol = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const col = toCol(match[1]);
  const row = Number(match[2]);
  const lastCol = match[3] ? toCol(match[3]) : col;
  const lastRow = match[4] ? Number(match[4]) : row;
  return { row, col, rows: lastRow - row + 1, cols: lastCol - col + 1 };
}

export class FakeConditionalRule implements ConditionalFormatRuleApi {
  constructor(
    readonly text: string | null,
    readonly background: string | null,
    private readonly ranges: RangeApi[],
  ) {}

  getRanges(): RangeApi[] {
    return [...this.ranges];
  }

  /** The rule's ranges in A1 notation (for assertions). */
  a1(): string[] {
    return this.ranges.map((r) => r.getA1Notation());
  }
}

export class FakeConditionalRuleBuilder implements ConditionalFormatRuleBuilderApi {
  private text: string | null = null;
  private background: string | null = null;
  private ranges: RangeApi[] = [];

  constructor(private readonly calls: CallLog) {}

  whenTextEqualTo(text: string): FakeConditionalRuleBuilder {
    this.calls.record('ConditionalFormatRuleBuilder.whenTextEqualTo');
    this.text = text;
    return this;
  }

  setBackground(color: string | null): FakeConditionalRuleBuilder {
    this.calls.record('ConditionalFormatRuleBuilder.setBackground');
    this.background = color;
    return this;
  }

  setRanges(ranges: RangeApi[]): FakeConditionalRuleBuilder {
    this.calls.record('ConditionalFormatRuleBuilder.setRanges');
    this.ranges = [...ranges];
    return this;
  }

  build(): FakeConditionalRule {
    this.calls.record('ConditionalFormatRuleBuilder.build');
    return new FakeConditionalRule(this.text, this.background, this.ranges);
  }
}
