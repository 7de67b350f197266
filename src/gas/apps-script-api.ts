import { pagesFrom } from './pasted-pages';

/**
 * The narrow slice of the Apps Script services the adapter uses. Each interface picks the real
 * methods from @types/google-apps-script (so a misspelt or mistyped call fails `tsc`), and methods
 * that return other service objects are narrowed to the interfaces below. The checks at the end
 * of this file prove the real services satisfy them; the test fakes (test/gas/fakes) implement them.
 */
type S = GoogleAppsScript.Spreadsheet.Sheet;
type R = GoogleAppsScript.Spreadsheet.Range;

export interface RangeApi
  extends Pick<
    R,
    | 'getValues'
    | 'getFormulas'
    | 'getBackgrounds'
    | 'getNotes'
    | 'getNumberFormats'
    | 'getNumRows'
    | 'getNumColumns'
    | 'getRow'
    | 'getColumn'
    | 'getA1Notation'
  > {
  setValues(values: unknown[][]): RangeApi;
  setBackgrounds(color: (string | null)[][]): RangeApi;
  setFontWeights(fontWeights: (string | null)[][]): RangeApi;
  setFontSizes(sizes: number[][]): RangeApi;
  setHorizontalAlignments(alignments: (string | null)[][]): RangeApi;
  setNumberFormats(numberFormats: string[][]): RangeApi;
  setNotes(notes: (string | null)[][]): RangeApi;
  setWrap(isWrapEnabled: boolean): RangeApi;
  setVerticalAlignment(alignment: string | null): RangeApi;
  setFontWeight(fontWeight: string | null): RangeApi;
  setBackground(color: string | null): RangeApi;
  setDataValidation(rule: DataValidationApi | null): RangeApi;
  clearContent(): RangeApi;
}

export interface RangeListApi {
  setNumberFormat(format: string): RangeListApi;
  setWrap(isWrapEnabled: boolean): RangeListApi;
}

export interface SheetApi
  extends Pick<S, 'getName' | 'getMaxRows' | 'getMaxColumns' | 'getLastRow' | 'getLastColumn' | 'getSheetId'> {
  getDataRange(): RangeApi;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeApi;
  getRangeList(a1Notations: string[]): RangeListApi;
  insertRowsAfter(afterPosition: number, howMany: number): SheetApi;
  insertColumnsAfter(afterPosition: number, howMany: number): SheetApi;
  setFrozenRows(rows: number): void;
  setFrozenColumns(columns: number): void;
  setColumnWidth(columnPosition: number, width: number): SheetApi;
  hideColumns(columnIndex: number): void;
  autoResizeColumns(startColumn: number, numColumns: number): SheetApi;
  setTabColor(color: string | null): SheetApi;
  setHiddenGridlines(hideGridlines: boolean): SheetApi;
  getCharts(): EmbeddedChartApi[];
  newChart(): EmbeddedChartBuilderApi;
  insertChart(chart: EmbeddedChartApi): void;
  updateChart(chart: EmbeddedChartApi): void;
  removeChart(chart: EmbeddedChartApi): void;
  activate(): SheetApi;
  getConditionalFormatRules(): ConditionalFormatRuleApi[];
  setConditionalFormatRules(rules: ConditionalFormatRuleApi[]): void;
}

export interface ConditionalFormatRuleApi {
  getRanges(): RangeApi[];
}

export interface ConditionalFormatRuleBuilderApi {
  whenTextEqualTo(text: string): ConditionalFormatRuleBuilderApi;
  setBackground(color: string | null): ConditionalFormatRuleBuilderApi;
  setRanges(ranges: RangeApi[]): ConditionalFormatRuleBuilderApi;
  build(): ConditionalFormatRuleApi;
}

export interface EmbeddedChartApi {
  getChartId(): number | null;
  getOptions(): { get(option: string): unknown };
  modify(): EmbeddedChartBuilderApi;
}

export interface EmbeddedChartBuilderApi {
  setChartType(type: GoogleAppsScript.Charts.ChartType): EmbeddedChartBuilderApi;
  clearRanges(): EmbeddedChartBuilderApi;
  addRange(range: RangeApi): EmbeddedChartBuilderApi;
  setNumHeaders(headers: number): EmbeddedChartBuilderApi;
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): EmbeddedChartBuilderApi;
  setOption(option: string, value: unknown): EmbeddedChartBuilderApi;
  build(): EmbeddedChartApi;
}

export interface SpreadsheetApi
  extends Pick<GoogleAppsScript.Spreadsheet.Spreadsheet, 'getId' | 'toast' | 'getSpreadsheetTimeZone'> {
  getSheetByName(name: string): SheetApi | null;
  getSheets(): SheetApi[];
  /** Sheets always has an active sheet; `insertSheet` makes the new one active. */
  getActiveSheet(): SheetApi | null;
  insertSheet(sheetName: string): SheetApi;
}

// biome-ignore lint/suspicious/noEmptyInterface: an opaque rule object produced by the builder
export interface DataValidationApi {}

export interface DataValidationBuilderApi {
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilderApi;
  requireValueInRange(range: RangeApi, showDropdown: boolean): DataValidationBuilderApi;
  requireDate(): DataValidationBuilderApi;
  requireNumberBetween(start: number, end: number): DataValidationBuilderApi;
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilderApi;
  requireNumberLessThanOrEqualTo(number: number): DataValidationBuilderApi;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderApi;
  setHelpText(helpText: string): DataValidationBuilderApi;
  build(): DataValidationApi;
}

export interface MenuApi {
  addItem(caption: string, functionName: string): MenuApi;
  addSeparator(): MenuApi;
  addSubMenu(menu: MenuApi): MenuApi;
  addToUi(): void;
}

export interface UiApi extends Pick<GoogleAppsScript.Base.Ui, 'ButtonSet'> {
  createAddonMenu(): MenuApi;
  createMenu(caption: string): MenuApi;
  alert(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
  showModalDialog(userInterface: HtmlOutputApi, title: string): void;
  showSidebar(userInterface: HtmlOutputApi): void;
}

export interface HtmlOutputApi {
  setWidth(width: number): HtmlOutputApi;
  setHeight(height: number): HtmlOutputApi;
  setTitle(title: string): HtmlOutputApi;
}

export interface SpreadsheetAppApi {
  getActiveSpreadsheet(): SpreadsheetApi | null;
  getUi(): UiApi;
  newDataValidation(): DataValidationBuilderApi;
  newConditionalFormatRule(): ConditionalFormatRuleBuilderApi;
}

export type PropertiesApi = Pick<
  GoogleAppsScript.Properties.Properties,
  'getProperty' | 'setProperty' | 'deleteProperty'
>;

export type LockApi = Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock'>;

/** Everything the adapter touches, injected so that tests can pass fakes. */
export interface AppsScriptServices {
  spreadsheetApp: SpreadsheetAppApi;
  properties: { getDocumentProperties(): PropertiesApi | null };
  lock: { getDocumentLock(): LockApi | null };
  /** The execution clock (ms): the budget starts when a handler starts, dialogs count. */
  clock: { now(): number };
  session: Pick<GoogleAppsScript.Base.Session, 'getActiveUserLocale'>;
  htmlService: { createHtmlOutputFromFile(filename: string): HtmlOutputApi };
  charts: { ChartType: typeof GoogleAppsScript.Charts.ChartType };
  utilities: Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate'>;
}

/** The real services, read from the Apps Script globals (only call this inside Apps Script). */
export function appsScriptGlobals(): AppsScriptServices {
  return {
    spreadsheetApp: SpreadsheetApp,
    properties: PropertiesService,
    lock: LockService,
    clock: Date,
    session: Session,
    htmlService: pagesFrom(HtmlService),
    charts: Charts,
    utilities: Utilities,
  };
}
