/**
 * The WorkbookPort over an .xlsx file through ExcelJS. The file is read once (`open`), every
 * port method works on the in-memory workbook (so use cases stay synchronous, as in Apps Script),
 * and `save` writes it back. What the user had — other sheets, extra columns, their formats,
 * notes and validations — stays, because ExcelJS round-trips them and we only touch the cells
 * and columns the use case names.
 */
import { open, readFile, stat, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { type Cell, columnLetter, type Formula, type Grid, isFormula } from '../core/cell';
import type { Block, ChartSpec, SheetFormat, Validation, WorkbookPort } from '../core/ports';
import { fromExcelDate, toExcelDate } from './excel-dates';
import { deflateZip } from './deflate-zip';
import { keepDrawings } from './keep-drawings';
import { addCharts, CHART_SIZE_PX } from './xlsx-charts';
import { PackageProblem, prepareXlsx } from './xlsx-prepass';
import { WORKBOOK_LIMITS, WorkbookTooBigError } from './workbook-limits';
import {
  absolutePrintArea,
  applyPrintSetup,
  pagesWideFor,
  chartExtent,
  fitColumnWidths,
  fitRowHeights,
  orientationFor,
  printArea,
  setValueColours,
  unclip,
} from './xlsx-formats';

/** Validations reach this many rows below the last used row (new rows typed by hand get the dropdown too). */
const VALIDATION_SPARE_ROWS = 1000;

/** The last row a sheet can have in Excel, LibreOffice and Google Sheets' .xlsx. */
export const MAX_ROWS = 1_048_576;

/**
 * A table ends at the first run of this many empty rows: a stray cell far below (LibreOffice saves
 * row 1 048 576, a slip of Ctrl+↓) is the user's and stays in the file, but is not part of the data,
 * so the work follows the data and not the sheet's extent.
 */
const DATA_GAP_ROWS = 10_000;

/** The last row of the data (see DATA_GAP_ROWS). */
function dataEnd(sheet: ExcelJS.Worksheet): number {
  let last = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (last > 0 && rowNumber - last > DATA_GAP_ROWS) return;
    if (row.hasValues) last = rowNumber;
  });
  return last;
}

/** Rows and columns of data past what a school reaches stop the command before any work (see WORKBOOK_LIMITS). */
function checkSheetSizes(excel: ExcelJS.Workbook): void {
  for (const sheet of excel.worksheets) {
    const rows = dataEnd(sheet);
    if (rows > WORKBOOK_LIMITS.rows) throw new WorkbookTooBigError('rows', rows, sheet.name);
    const columns = sheet.columnCount;
    if (columns > WORKBOOK_LIMITS.columns) throw new WorkbookTooBigError('columns', columns, sheet.name);
  }
}

type CellPatch = Partial<ExcelJS.Style>;

export class XlsxWorkbook implements WorkbookPort {
  /** Rows the add-on wrapped in this session, per sheet: their heights are fitted before saving. */
  private readonly wrappedRows = new Map<string, Set<number>>();
  /** Sheets the add-on formatted in this session: widths fitted and print setup written before saving. */
  private readonly formatted = new Map<string, { headerRow: number; format: SheetFormat }>();
  /** Sheets written in this session: a print area set by an earlier run follows their new last row. */
  private readonly written = new Set<string>();
  /** Charts of this session per sheet (by id), added to the package at save (xlsx-charts.ts). */
  private readonly charts = new Map<string, ChartSpec[]>();

  private constructor(
    readonly excel: ExcelJS.Workbook,
    /** The package as it was read: parts ExcelJS cannot write back are taken from it at save. */
    private readonly original: Uint8Array | null = null,
  ) {}

  /** Reads an .xlsx file; throws `WorkbookFileError` with a Russian message when it is not a readable workbook. */
  static async open(path: string): Promise<XlsxWorkbook> {
    const excel = new ExcelJS.Workbook();
    try {
      // Checked before reading: a file past the limit is never loaded into memory.
      const { size } = await stat(path);
      if (size > WORKBOOK_LIMITS.fileBytes) throw new WorkbookTooBigError('file', size);
      const prepared = await prepareXlsx(await readFile(path));
      await excel.xlsx.load(prepared as unknown as ExcelJS.Buffer);
      checkSheetSizes(excel);
      return new XlsxWorkbook(excel, prepared);
    } catch (error) {
      if (error instanceof PackageProblem || error instanceof WorkbookTooBigError) {
        throw new WorkbookFileError(path, error, undefined, error.message);
      }
      throw new WorkbookFileError(path, error, await readHead(path));
    }
  }

  static create(): XlsxWorkbook {
    const excel = new ExcelJS.Workbook();
    excel.creator = 'Наставник';
    return new XlsxWorkbook(excel);
  }

  async save(path: string): Promise<void> {
    await writeFile(path, await this.toBuffer());
  }

  async toBuffer(): Promise<Buffer> {
    this.compactValidations();
    this.finishFormattedSheets();
    shareStyles(this.excel);
    const written = new Uint8Array(await this.excel.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
    const kept = this.original ? await keepDrawings(this.original, written) : written;
    return deflateZip(await addCharts(kept, this.charts));
  }

  /**
   * ExcelJS reads a validated range («C2:C21000») as one entry per cell and, on writing, merges
   * them back with a quadratic-ish search: seconds per sheet on a big base. Runs of cells that
   * share a validation become one range again before saving.
   */
  private compactValidations(): void {
    for (const sheet of this.excel.worksheets) {
      const model = validationsOf(sheet).model;
      const runs = new Map<unknown, Map<number, number[]>>();
      for (const [address, validation] of Object.entries(model)) {
        const cell = /^([A-Z]+)(\d+)$/.exec(address);
        if (!cell || validation === undefined) continue;
        const byColumn = runs.get(validation) ?? new Map<number, number[]>();
        runs.set(validation, byColumn);
        const col = columnNumber(cell[1]);
        const rows = byColumn.get(col) ?? [];
        rows.push(Number(cell[2]));
        byColumn.set(col, rows);
        delete model[address];
      }
      for (const [validation, byColumn] of runs) {
        for (const [col, rows] of byColumn) {
          rows.sort((a, b) => a - b);
          let start = rows[0];
          for (let i = 1; i <= rows.length; i++) {
            if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
            const letters = columnLetter(col);
            const end = rows[i - 1];
            model[start === end ? `${letters}${start}` : `${letters}${start}:${letters}${end}`] = validation;
            start = rows[i];
          }
        }
      }
    }
  }

  /**
   * What only the whole written sheet tells: widths of the columns without one, row heights
   * that fit wrapped text (LibreOffice keeps a stored row's height), the print setup.
   */
  private finishFormattedSheets(): void {
    for (const name of this.written) {
      const sheet = this.worksheet(name);
      const area = /^\$?A\$?1:\$?([A-Z]+)\$?\d+$/.exec(sheet?.pageSetup.printArea ?? '');
      if (!sheet || this.formatted.has(name) || !area) continue;
      sheet.pageSetup.printArea = printArea(area[1], Math.max(dataEnd(sheet), 1));
    }
    for (const sheet of this.excel.worksheets) {
      if (sheet.pageSetup?.printArea) sheet.pageSetup.printArea = absolutePrintArea(sheet.pageSetup.printArea);
    }
    for (const [name, { headerRow, format }] of this.formatted) {
      const sheet = this.worksheet(name);
      if (!sheet) continue;
      const lastCol = format.print?.lastCol ?? lastPrintedColumn(sheet, format);
      // A fitted column follows its content on every run (its width is ours, not the user's).
      for (const column of format.columns ?? []) if (column.fit) sheet.getColumn(column.col).width = undefined;
      const unsized = new Set<number>();
      for (let col = 1; col <= sheet.columnCount; col++) if (sheet.getColumn(col).width === undefined) unsized.add(col);
      fitColumnWidths(sheet, Math.max(sheet.columnCount, 1));
      // the add-on's columns (the format's and the ones it fitted), never the user's own
      const ours = new Set([...unsized, ...(format.columns ?? []).map((column) => column.col)]);
      const rows = unclip(sheet, ours, headerRow);
      for (const row of this.wrappedRows.get(name) ?? []) rows.add(row);
      if (format.headerWrap) rows.add(headerRow);
      // A wrapped column's rows grow to its text, also rows written by an earlier run.
      if ((format.columns ?? []).some((column) => column.wrap)) {
        // the end once, not per row: a scan of the sheet each time made a 5 500-row draft quadratic
        const end = dataEnd(sheet);
        for (let r = headerRow + 1; r <= end; r++) rows.add(r);
      }
      fitRowHeights(sheet, rows);
      // a chart drawn beside its table is printed with it
      let printedCol = lastCol;
      let printedRow = 0;
      for (const spec of this.charts.get(name) ?? []) {
        const extent = chartExtent(sheet, spec.anchor, CHART_SIZE_PX.width, CHART_SIZE_PX.height);
        printedCol = Math.max(printedCol, extent.lastCol);
        printedRow = Math.max(printedRow, extent.lastRow);
      }
      applyPrintSetup(sheet, {
        orientation: format.print?.orientation ?? orientationFor(sheet, printedCol),
        headerRows: format.frozenRows ?? 0,
        lastCol: printedCol,
        lastRow: printedRow,
        pagesWide: pagesWideFor(sheet, printedCol),
        repeatColumns: format.frozenColumns ?? 0,
      });
    }
  }

  /** The user's sheets: not the add-on's own service sheets (very hidden, or named `_nastavnik…`). */
  sheetNames(): string[] {
    return this.excel.worksheets.filter((sheet) => !isServiceSheet(sheet)).map((sheet) => sheet.name);
  }

  /** The worksheet by name (Excel compares sheet names case-insensitively), including very hidden ones. */
  worksheet(name: string): ExcelJS.Worksheet | undefined {
    const wanted = excelSheetName(name).toLowerCase();
    return this.excel.worksheets.find((sheet) => sheet.name.toLowerCase() === wanted);
  }

  readSheet(name: string): Grid | null {
    const sheet = this.worksheet(name);
    if (!sheet) return null;
    const rows: Grid = [];
    let width = 0;
    let lastRow = 0;
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (lastRow > 0 && rowNumber - lastRow > DATA_GAP_ROWS) return;
      const values: Cell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        values[colNumber - 1] = readCell(cell);
      });
      let last = values.length;
      while (last > 0 && (values[last - 1] === null || values[last - 1] === undefined)) last--;
      if (last === 0) return;
      if (lastRow > 0 && rowNumber - lastRow > DATA_GAP_ROWS) return;
      rows[rowNumber - 1] = values.slice(0, last);
      lastRow = rowNumber;
      width = Math.max(width, last);
    });
    const grid: Grid = [];
    for (let r = 0; r < rows.length; r++) {
      const source = rows[r] ?? [];
      const row: Cell[] = new Array(width);
      for (let c = 0; c < width; c++) row[c] = source[c] ?? null;
      grid.push(row);
    }
    return grid;
  }

  ensureSheet(name: string): boolean {
    if (this.worksheet(name)) return false;
    this.excel.addWorksheet(excelSheetName(name));
    return true;
  }

  writeBlock(sheetName: string, block: Block): void {
    const sheet = this.requireSheet(sheetName);
    this.written.add(sheet.name);
    if (block.wrap) {
      const rows = this.wrappedRows.get(sheet.name) ?? new Set<number>();
      for (let i = 0; i < block.values.length; i++) rows.add(block.row + i);
      this.wrappedRows.set(sheet.name, rows);
    }
    block.values.forEach((values, i) => {
      const row = sheet.getRow(block.row + i);
      growRowForFont(row, block.fontSizes?.[i]);
      const styled =
        block.backgrounds ||
        block.fontWeights ||
        block.fontSizes ||
        block.horizontalAlignments ||
        block.numberFormats ||
        block.notes ||
        block.wrap !== undefined;
      values.forEach((value, j) => {
        // An empty value over a cell that does not exist needs no cell (keeps big files small).
        if ((value === null || value === undefined) && !styled && !row.findCell(block.col + j)) return;
        const cell = row.getCell(block.col + j);
        writeCell(cell, value);
        const patch: CellPatch = {};
        const background = block.backgrounds?.[i]?.[j];
        if (block.backgrounds && background !== undefined) {
          patch.fill = background ? solidFill(background) : { type: 'pattern', pattern: 'none' };
        }
        const weight = block.fontWeights?.[i]?.[j];
        if (block.fontWeights) patch.font = { ...cell.font, bold: weight === 'bold' };
        const size = block.fontSizes?.[i]?.[j];
        if (block.fontSizes) patch.font = { ...(patch.font ?? cell.font), size: size ?? DEFAULT_FONT_SIZE };
        const horizontal = block.horizontalAlignments?.[i]?.[j];
        if (block.horizontalAlignments) patch.alignment = { ...cell.alignment, horizontal: horizontal ?? undefined };
        const numberFormat = block.numberFormats?.[i]?.[j];
        if (numberFormat) patch.numFmt = numberFormat;
        if (block.wrap !== undefined) {
          patch.alignment = { ...(patch.alignment ?? cell.alignment), wrapText: block.wrap, vertical: 'top' };
        }
        if (Object.keys(patch).length > 0) restyle(cell, patch);
        if (block.notes) setNote(cell, block.notes[i]?.[j] ?? null);
      });
    });
  }

  clearRows(sheetName: string, fromRow: number, toRow: number): void {
    const sheet = this.worksheet(sheetName);
    if (!sheet) return;
    const last = Math.min(toRow, sheet.rowCount, MAX_ROWS);
    for (let r = fromRow; r <= last; r++) {
      sheet.getRow(r).eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type !== ExcelJS.ValueType.Merge) cell.value = null;
      });
    }
  }

  formatSheet(sheetName: string, format: SheetFormat): void {
    const sheet = this.requireSheet(sheetName);
    const headerRow = format.headerRow ?? 1;
    this.formatted.set(sheet.name, { headerRow, format });
    if (format.frozenRows !== undefined || format.frozenColumns !== undefined) {
      const current = (sheet.views?.[0] ?? {}) as Partial<ExcelJS.WorksheetViewFrozen>;
      const xSplit = format.frozenColumns ?? current.xSplit ?? 0;
      const ySplit = format.frozenRows ?? current.ySplit ?? 0;
      const view = { state: 'frozen', xSplit, ySplit, showGridLines: !format.hideGridlines };
      sheet.views = [view as Partial<ExcelJS.WorksheetView>];
    } else if (format.hideGridlines !== undefined) {
      sheet.views = [
        { ...(sheet.views?.[0] ?? {}), showGridLines: !format.hideGridlines } as Partial<ExcelJS.WorksheetView>,
      ];
    }
    if (format.tabColor) sheet.properties.tabColor = { argb: argb(format.tabColor) };
    this.styleHeader(sheet, headerRow, format);
    const validated = (format.columns ?? []).filter((column) => column.validation);
    if (validated.length > 0) dropValidations(sheet, new Set(validated.map((column) => column.col)), headerRow);
    const lastDataRow = Math.min(MAX_ROWS, Math.max(dataEnd(sheet), headerRow) + VALIDATION_SPARE_ROWS);
    if ((format.columns ?? []).some((column) => column.wrap)) {
      // a tall wrapped row reads from its top line across, not with short cells at the bottom
      sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        if (rowNumber <= headerRow) return;
        row.eachCell({ includeEmpty: false }, (cell) => {
          if (cell.alignment?.vertical !== 'top') restyle(cell, { alignment: { ...cell.alignment, vertical: 'top' } });
        });
      });
    }
    for (const column of format.columns ?? []) {
      const excelColumn = sheet.getColumn(column.col);
      // A width already in the file was set by the user (or by an earlier run): it is kept.
      if (column.width !== undefined && !excelColumn.width) excelColumn.width = column.width / 7;
      // the add-on's key («Ключ»): hidden on screen as in Google, and left out of the print area
      if (column.hidden) excelColumn.hidden = true;
      if (column.note !== undefined) setNote(sheet.getCell(headerRow, column.col), column.note || null);
      if (column.numberFormat) {
        excelColumn.style = { ...excelColumn.style, numFmt: column.numberFormat };
        excelColumn.eachCell({ includeEmpty: false }, (cell, rowNumber) => {
          if (rowNumber > headerRow) restyle(cell, { numFmt: column.numberFormat });
        });
      }
      if (column.wrap) {
        const alignment = { ...excelColumn.style?.alignment, wrapText: true, vertical: 'top' as const };
        excelColumn.style = { ...excelColumn.style, alignment };
        excelColumn.eachCell({ includeEmpty: false }, (cell, rowNumber) => {
          if (rowNumber > headerRow) restyle(cell, { alignment: { ...cell.alignment, ...alignment } });
        });
      }
      if (column.valueColours) {
        const letters = columnLetter(column.col);
        setValueColours(sheet, `${letters}${headerRow + 1}:${letters}${lastDataRow}`, column.valueColours);
      }
      if (column.validation) {
        const range = `${columnLetter(column.col)}${headerRow + 1}:${columnLetter(column.col)}${lastDataRow}`;
        validationsOf(sheet).add(
          range,
          excelValidation(column.validation, (values) => this.listRange(values)),
        );
      }
    }
  }

  /**
   * A dropdown's values as a range of the very hidden «_nastavnik_lists» sheet, for lists Excel
   * cannot hold inline (over 255 characters, or values with commas). One column per distinct list.
   */
  private listRange(values: readonly string[]): string {
    let sheet = this.worksheet(LISTS_SHEET);
    if (!sheet) sheet = this.excel.addWorksheet(LISTS_SHEET, { state: 'veryHidden' });
    const key = values.join('\u0001');
    let col = 1;
    for (; col <= sheet.columnCount; col++) {
      const existing: string[] = [];
      sheet.getColumn(col).eachCell((cell) => existing.push(String(cell.value ?? '')));
      if (existing.join('\u0001') === key) break;
    }
    if (col > sheet.columnCount) values.forEach((value, i) => writeCell(sheet.getCell(i + 1, col), value));
    const letters = columnLetter(col);
    return `${sheetReference(LISTS_SHEET)}!$${letters}$1:$${letters}$${Math.max(1, values.length)}`;
  }

  upsertChart(sheet: string, chart: ChartSpec): boolean {
    const list = (this.charts.get(sheet) ?? []).filter((c) => c.chart.id !== chart.chart.id);
    this.charts.set(sheet, [...list, chart]);
    return true;
  }

  /** Ours are dropped at save on every sheet listed in `charts` (xlsx-charts.ts): listing the sheet is the removal. */
  removeChart(sheet: string, chartId: string): void {
    this.charts.set(
      sheet,
      (this.charts.get(sheet) ?? []).filter((c) => c.chart.id !== chartId),
    );
  }

  private styleHeader(sheet: ExcelJS.Worksheet, headerRow: number, format: SheetFormat): void {
    if (!format.headerBold && !format.headerBackground && !format.headerWrap) return;
    const row = sheet.getRow(headerRow);
    const width = Math.max(row.cellCount, ...(format.columns ?? []).map((column) => column.col));
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      if (cell.value === null || cell.value === undefined) continue;
      const patch: CellPatch = {};
      if (format.headerBold) patch.font = { ...cell.font, bold: true };
      if (format.headerBackground) patch.fill = solidFill(format.headerBackground);
      if (format.headerWrap) patch.alignment = { ...cell.alignment, wrapText: true, vertical: 'middle' };
      restyle(cell, patch);
    }
  }

  private requireSheet(name: string): ExcelJS.Worksheet {
    const sheet = this.worksheet(name);
    if (!sheet) throw new Error(`Лист «${name}» не найден в книге`);
    return sheet;
  }
}

/**
 * The last column a printed page shows: the last one holding anything that is neither hidden
 * nor a helper column of the add-on («Ключ», «Код»: keys, not for reading).
 */
function lastPrintedColumn(sheet: ExcelJS.Worksheet, format: SheetFormat): number {
  const helpers = new Set((format.columns ?? []).filter((column) => column.helper).map((column) => column.col));
  for (let col = sheet.columnCount; col > 1; col--) {
    const column = sheet.getColumn(col);
    if (helpers.has(col) || column.hidden) continue;
    let used = false;
    column.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.value !== null && cell.value !== '') used = true;
    });
    if (used) return col;
  }
  return 1;
}

/**
 * Excel limits a sheet name to 31 characters without * ? : \\ / [ ] (Google Sheets allows 100).
 * Every lookup goes through the same mapping, so a use case may keep using its longer name.
 */
export function excelSheetName(name: string): string {
  return name
    .replace(/[*?:\\/[\]]/g, '-')
    .replace(/^'+|'+$/g, '')
    .slice(0, 31);
}

/** Prefix of the add-on's own sheets in an .xlsx (LibreOffice turns «very hidden» into plain «hidden»). */
export const SERVICE_SHEET_PREFIX = '_nastavnik';
const LISTS_SHEET = `${SERVICE_SHEET_PREFIX}_lists`;

function isServiceSheet(sheet: ExcelJS.Worksheet): boolean {
  return sheet.state === 'veryHidden' || sheet.name.startsWith(SERVICE_SHEET_PREFIX);
}

/** The file is missing, is not an .xlsx, or is damaged. */
export class WorkbookFileError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
    head: Uint8Array = new Uint8Array(),
    why: string = whyUnreadable(head),
  ) {
    super(`Не удалось прочитать «${path}» как книгу Excel (.xlsx): ${why}`);
    this.cause = cause;
  }
}

/** What the first bytes say about a file ExcelJS could not read. */
function whyUnreadable(head: Uint8Array): string {
  const starts = (...bytes: number[]) => bytes.every((byte, i) => head[i] === byte);
  if (head.length === 0) return 'файл пуст';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) {
    return 'это книга, защищённая паролем, или старый формат .xls с другим расширением. Откройте её в Excel или LibreOffice, снимите пароль и сохраните как «Книга Excel (.xlsx)»';
  }
  if (starts(0x50, 0x4b))
    return 'файл повреждён (архив .xlsx не читается). Возьмите резервную копию или пересохраните книгу в Excel или LibreOffice';
  return 'файл повреждён или это не .xlsx';
}

async function readHead(path: string): Promise<Uint8Array> {
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(8);
      const { bytesRead } = await handle.read(buffer, 0, 8, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return new Uint8Array();
  }
}

/** The value a formula computed when the file was last saved (Excel and LibreOffice store it). */
function formulaResult(cell: ExcelJS.Cell): Exclude<Cell, Formula> {
  const result = (cell.value as ExcelJS.CellFormulaValue).result;
  if (result === undefined || result === null || result === '') return null;
  if (result instanceof Date) return fromExcelDate(result);
  if (typeof result === 'object') return null;
  return result;
}

function readCell(cell: ExcelJS.Cell): Cell {
  const value = cell.value;
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return null;
    case ExcelJS.ValueType.Number:
    case ExcelJS.ValueType.Boolean:
      return value as number | boolean;
    case ExcelJS.ValueType.String:
    case ExcelJS.ValueType.SharedString:
      return value === '' ? null : String(value);
    case ExcelJS.ValueType.Date:
      return fromExcelDate(value as Date);
    case ExcelJS.ValueType.Formula:
      return booleanConstant(cell) ?? { formula: `=${cell.formula}`, value: formulaResult(cell) };
    case ExcelJS.ValueType.RichText:
    case ExcelJS.ValueType.Hyperlink:
      return cell.text === '' ? null : cell.text;
    case ExcelJS.ValueType.Error:
      return (value as ExcelJS.CellErrorValue).error;
    default:
      return cell.text === '' ? null : cell.text;
  }
}

/**
 * LibreOffice saves a TRUE/FALSE cell of an .xlsx as the formula `TRUE()` / `FALSE()`: after a
 * curator opens and saves the workbook in LibreOffice, every yes/no setting would read as a
 * formula. Those two constant formulas are read back as the booleans they always were.
 */
function booleanConstant(cell: ExcelJS.Cell): boolean | undefined {
  const formula = String(cell.formula ?? '')
    .replace(/\s/g, '')
    .toUpperCase();
  if (formula === 'TRUE()' || formula === 'TRUE') return true;
  if (formula === 'FALSE()' || formula === 'FALSE') return false;
  return undefined;
}

function writeCell(cell: ExcelJS.Cell, value: Cell): void {
  if (cell.type === ExcelJS.ValueType.Merge) return;
  if (value === null || value === undefined) cell.value = null;
  else if (value instanceof Date) {
    cell.value = toExcelDate(value);
    // The built-in short date reads 5/20/2027 in an English-locale LibreOffice: say dd.mm.yyyy.
    if (!cell.numFmt || cell.numFmt === 'General') restyle(cell, { numFmt: dateFormatOf(value) });
  } else if (isFormula(value)) {
    const result = value.value instanceof Date ? toExcelDate(value.value) : (value.value ?? undefined);
    cell.value = { formula: value.formula.replace(/^=/, ''), result } as ExcelJS.CellFormulaValue;
  }
  // An overflow is what Excel shows for one: `<v>Infinity</v>` would make a file no program opens.
  else if (typeof value === 'number' && !Number.isFinite(value)) cell.value = { error: '#NUM!' };
  // ExcelJS stores a JS string as a string cell whatever it starts with ('=', '+', '-', '@'): never a formula.
  else cell.value = typeof value === 'string' ? withinCellLimit(xmlSafe(value)) : value;
}

/** Excel keeps at most 32 767 characters in a cell and refuses a file with more. */
export const CELL_TEXT_LIMIT = 32_767;
const CUT_MARK = '… (текст не поместился в ячейку)';

function withinCellLimit(text: string): string {
  if (text.length <= CELL_TEXT_LIMIT) return text;
  let end = CELL_TEXT_LIMIT - CUT_MARK.length;
  if (/[\ud800-\udbff]/.test(text[end - 1])) end--;
  return text.slice(0, end) + CUT_MARK;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const PAGE_BREAKS = /[\u000b\u000c]/g;
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0008\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Characters XML 1.0 forbids make a file that neither Excel nor ExcelJS can open again. Text
 * pasted from Word or a form may carry them: Word's manual line break (U+000B) becomes a line
 * break, other control characters and unpaired surrogates are dropped. And text that looks like
 * an .xlsx escape («_x0041_») is escaped itself, or it would read back as «A».
 */
export function xmlSafe(text: string): string {
  return withoutNonXml(text.replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_'));
}

function withoutNonXml(text: string): string {
  return text.replace(PAGE_BREAKS, '\n').replace(NOT_XML, '');
}

/**
 * Sets a style property on one cell only. ExcelJS cells loaded from a file may share one style
 * object; mutating `cell.font.bold` would restyle every cell that shares it.
 */
function restyle(cell: ExcelJS.Cell, patch: CellPatch): void {
  cell.style = { ...cell.style, ...patch };
}

function setNote(cell: ExcelJS.Cell, note: string | null): void {
  if (note) cell.note = withoutNonXml(note);
  // ExcelJS has no API to remove a comment; an absent `_comment` is how a cell without one looks.
  else (cell as unknown as { _comment?: unknown })._comment = undefined;
}

function solidFill(color: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(color) } };
}

/** '#ffeeee' / 'ffeeee' / 'red' → ARGB hex as Excel wants it. */
export function argb(color: string): string {
  const named: Record<string, string> = {
    white: 'FFFFFF',
    black: '000000',
    red: 'FF0000',
    green: '00FF00',
    yellow: 'FFFF00',
  };
  const hex = color.startsWith('#') ? color.slice(1) : (named[color.toLowerCase()] ?? color);
  const full = hex.length === 3 ? [...hex].map((ch) => ch + ch).join('') : hex;
  return `FF${full.toUpperCase()}`;
}

/** A sheet name in a reference, always quoted: Excel needs it for Cyrillic, spaces, «_», names like «A1». */
export function sheetReference(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Excel refuses a file whose inline list validation is longer than this. */
const INLINE_LIST_LIMIT = 255;

function excelValidation(
  validation: Validation,
  listRange: (values: readonly string[]) => string,
): ExcelJS.DataValidation {
  const strict = 'strict' in validation ? validation.strict !== false : true;
  const errorPart = {
    showErrorMessage: strict,
    errorStyle: strict ? 'stop' : 'warning',
    errorTitle: 'Наставник',
  } as const;
  switch (validation.kind) {
    case 'list': {
      const inline = `"${validation.values.join(',')}"`;
      const fitsInline = inline.length <= INLINE_LIST_LIMIT && !validation.values.some((value) => /[,"]/.test(value));
      return {
        type: 'list',
        allowBlank: true,
        formulae: [fitsInline ? inline : listRange(validation.values)],
        ...errorPart,
        error: 'Выберите значение из списка',
      };
    }
    case 'range': {
      const col = columnLetter(validation.col);
      const ref = `${sheetReference(validation.sheet)}!$${col}$${validation.firstRow}:$${col}$${validation.lastRow}`;
      return {
        type: 'list',
        allowBlank: true,
        formulae: [ref],
        ...errorPart,
        error: `Выберите значение из листа «${validation.sheet}»`,
      };
    }
    case 'date':
      return {
        type: 'date',
        operator: 'greaterThan',
        allowBlank: true,
        formulae: [toExcelDate(new Date(1900, 0, 2))],
        ...errorPart,
        error: 'Введите дату в виде дд.мм.гггг',
      };
    case 'number': {
      const min = validation.min ?? -1e12;
      const max = validation.max ?? 1e12;
      return {
        type: 'decimal',
        operator: 'between',
        allowBlank: true,
        formulae: [min, max],
        ...errorPart,
        error: `Введите число${validation.min !== undefined ? ` от ${validation.min}` : ''}${validation.max !== undefined ? ` до ${validation.max}` : ''}`,
      };
    }
  }
}

/** Removes validations of the given columns below the header, so re-formatting replaces rather than stacks them. */
function dropValidations(sheet: ExcelJS.Worksheet, columns: Set<number>, headerRow: number): void {
  const model = validationsOf(sheet).model;
  for (const address of Object.keys(model)) {
    const first = /^\$?([A-Z]+)\$?(\d+)/.exec(address.split(':')[0]);
    if (!first) continue;
    if (columns.has(columnNumber(first[1])) && Number(first[2]) > headerRow) delete model[address];
  }
}

/** ExcelJS has `worksheet.dataValidations` at run time but not in its type declarations. */
interface DataValidations {
  model: Record<string, unknown>;
  add(address: string, validation: ExcelJS.DataValidation): void;
}

function validationsOf(sheet: ExcelJS.Worksheet): DataValidations {
  return (sheet as unknown as { dataValidations: DataValidations }).dataValidations;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `dd.mm.yyyy`, or with the time when the moment has one (a form's timestamp). */
function dateFormatOf(value: Date): string {
  const hasTime = value.getHours() !== 0 || value.getMinutes() !== 0 || value.getSeconds() !== 0;
  return hasTime ? 'dd.mm.yyyy hh:mm' : 'dd.mm.yyyy';
}

/** Excel's and Sheets' default font size, written where a block asks for the default. */
const DEFAULT_FONT_SIZE = 10;

/** Sheets grows a row to fit a larger font by itself; Excel and LibreOffice keep the stored height. */
function growRowForFont(row: ExcelJS.Row, sizes: readonly (number | null)[] | undefined): void {
  const largest = Math.max(0, ...(sizes ?? []).map((size) => size ?? 0));
  if (largest <= DEFAULT_FONT_SIZE) return;
  const needed = Math.ceil(largest * 1.5);
  if (!row.height || row.height < needed) row.height = needed;
}

/**
 * ExcelJS finds a cell's style id by rendering the style to XML, unless it has met that very
 * style object before (a WeakMap). A cell written here has an object of its own (ExcelJS makes one
 * per new cell, `restyle` one per change), so a 5 500-row draft rendered 100 000 styles on every
 * save. Cells whose styles are equal are given one shared object first: one JSON key per distinct
 * object instead of an XML rendering per cell. Styles are never changed in place here (`restyle`
 * replaces the object), so sharing is safe.
 */
function shareStyles(excel: ExcelJS.Workbook): void {
  const byKey = new Map<string, Partial<ExcelJS.Style>>();
  const shared = new WeakSet<object>();
  for (const sheet of excel.worksheets)
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const style = cell.style;
        if (shared.has(style)) return;
        const key = JSON.stringify(style);
        const first = byKey.get(key);
        if (first === undefined) {
          byKey.set(key, style);
          shared.add(style);
        } else cell.style = first;
      }),
    );
}
