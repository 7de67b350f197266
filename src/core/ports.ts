/**
 * The ports every use case is written against. Apps Script (src/gas) and the offline
 * workbook (src/local) each implement them; the core never touches a service directly.
 * Cost rule for implementations: each method is a constant number of service calls,
 * whatever the number of rows.
 */
import type { Grid } from './cell';
import type { Chart } from './charts/chart';
import type { DocModel } from './documents/model';

/** A rectangle written in one batch: values and, optionally, per-cell formatting. */
export interface Block {
  /** 1-based row and column of the top-left cell. */
  row: number;
  col: number;
  values: Grid;
  /** `null` clears a cell's fill; `undefined` (or a short row) leaves the fill the user gave it. */
  backgrounds?: (string | null | undefined)[][];
  fontWeights?: ('bold' | 'normal' | null)[][];
  /** Font size in points; null → the default (10). */
  fontSizes?: (number | null)[][];
  horizontalAlignments?: ('left' | 'center' | 'right' | null)[][];
  numberFormats?: (string | null)[][];
  notes?: (string | null)[][];
  wrap?: boolean;
}

export type Validation =
  | { kind: 'list'; values: string[]; strict?: boolean }
  /** Values from a column of another sheet (e.g. a catalogue in «Справочники»). */
  | { kind: 'range'; sheet: string; col: number; firstRow: number; lastRow: number; strict?: boolean }
  | { kind: 'date' }
  | { kind: 'number'; min?: number; max?: number };

export interface ColumnFormat {
  /** 1-based column. */
  col: number;
  width?: number;
  /** A note on the header cell explaining what to enter. */
  note?: string;
  /** Number format of the data cells (rows below the header), e.g. 'dd.mm.yyyy', '0', '@'. */
  numberFormat?: string;
  validation?: Validation;
  /** Conditional fills of the data cells by their value, so an edit recolours at once. */
  valueColours?: { value: string; background: string }[];
  /** Wrap the data cells (long messages): rows grow to fit; pair with a bounded `width`. */
  wrap?: boolean;
  /** No `width`: fit the column to its content (bounded offline). */
  fit?: boolean;
  /** A key for the add-on, not for reading («Ключ», «Код»): left out of the printed page. */
  helper?: boolean;
  /**
   * Hidden on screen too: a key nobody types next to («Ключ» of «Настройки», of «Документы»). The
   * roadmap's «Код» stays visible: a methodist who copies a row must see the code to clear it.
   */
  hidden?: boolean;
}

export interface SheetFormat {
  /** 1-based header row (default 1). */
  headerRow?: number;
  frozenRows?: number;
  frozenColumns?: number;
  headerBold?: boolean;
  headerBackground?: string;
  headerWrap?: boolean;
  columns?: ColumnFormat[];
  tabColor?: string;
  /** Hide the sheet's grid lines (summary sheets meant to be read, not edited). */
  hideGridlines?: boolean;
  /** Printing: fit to page width with the header repeated; the adapter picks the orientation unless given. */
  print?: {
    orientation?: 'portrait' | 'landscape' /** Last printed column (helper columns after it are left out). */;
    lastCol?: number;
  };
}

/** A chart of the core (src/core/charts) drawn over the sheet range that holds its table. */
export interface ChartSpec {
  chart: Chart;
  /** 1-based range of `chartTable(chart)`: the header row, then one row per category. */
  range: { row: number; col: number; rows: number; cols: number };
  /** Where the chart is anchored (1-based). */
  anchor: { row: number; col: number };
}

export interface WorkbookPort {
  sheetNames(): string[];
  /** The whole used range of a sheet from A1, rectangular, `null` for empty cells; `null` if the sheet is missing. */
  readSheet(name: string): Grid | null;
  /** Creates the sheet if it is missing (at the end); returns true if it was created. */
  ensureSheet(name: string): boolean;
  /** One batched write of a rectangle. Strings are always written as text, never as formulas. */
  writeBlock(sheet: string, block: Block): void;
  /** Clears the contents (not formats) of rows fromRow..toRow (1-based, inclusive), all columns. */
  clearRows(sheet: string, fromRow: number, toRow: number): void;
  formatSheet(sheet: string, format: SheetFormat): void;
  /** Inserts or replaces (by id) a chart. Adapters that cannot draw charts return false. */
  upsertChart(sheet: string, chart: ChartSpec): boolean;
  /** Removes the add-on's chart with this id (its data is gone); the user's charts stay. */
  removeChart?(sheet: string, chartId: string): void;
}

export interface Clock {
  now(): Date;
}

export interface Progress {
  report(message: string, done?: number, total?: number): void;
}

/** How much of the current execution is left (Apps Script stops a run at 6 minutes). */
export interface TimeBudget {
  remainingMs(): number;
}

/** Small persistent strings (document properties in Apps Script, a JSON file offline). */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  delete(key: string): void;
}

/** Runs a handler again later (a one-off trigger in Apps Script; immediately offline). */
export interface Continuations {
  schedule(handlerName: string, afterMs: number): void;
}

export interface CreatedFile {
  id: string;
  url: string;
  name: string;
}

export interface DocumentPort {
  /** Renders the model as a new document (a Google Doc, or a .docx file offline). */
  create(model: DocModel): CreatedFile;
}

/** The environment a use case runs in. Optional ports exist only where the host has them. */
export interface Env {
  workbook: WorkbookPort;
  clock: Clock;
  progress: Progress;
  budget: TimeBudget;
  store: KeyValueStore;
  locale: Locale;
  documents?: DocumentPort;
  forms?: import('./survey/forms-port').FormsPort;
}

export type Locale = 'ru' | 'en';
