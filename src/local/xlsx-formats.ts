/**
 * The finished look of the sheets the add-on writes, for Excel and LibreOffice: bounded widths
 * fitted to the content, row heights that fit wrapped text, and a print setup. LibreOffice does
 * not grow a row stored by a library to fit its wrapped text, so the height is estimated from
 * the text's length and the column's width.
 */
import type ExcelJS from 'exceljs';

/** Column width bounds in characters (ExcelJS' unit: the width of «0» in the default font). */
const MIN_WIDTH = 8;
const MAX_WIDTH = 48;
/** Cyrillic letters are a little wider than the digit «0» the width unit is measured in. */
const GLYPH_FACTOR = 1.1;
const LINE_HEIGHT_PT = 13;
const DEFAULT_HEIGHT_PT = 15;
const MAX_LINES = 30;

/** Widths for the columns that have none yet (the user's or the spec's widths stay), fitted to the longest line. */
export function fitColumnWidths(sheet: ExcelJS.Worksheet, lastCol: number): void {
  for (let col = 1; col <= lastCol; col++) {
    const column = sheet.getColumn(col);
    if (column.width !== undefined) continue;
    let longest = 0;
    column.eachCell({ includeEmpty: false }, (cell) => {
      for (const line of displayText(cell).split('\n')) longest = Math.max(longest, line.length);
    });
    if (longest === 0) continue;
    setWidth(column, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(longest * GLYPH_FACTOR) + 2)));
  }
}

/**
 * ExcelJS takes a column of width exactly 9 for a default one and leaves it out of the file
 * (column.js `isCustomWidth`): it would read back without a width. 9 is written as 9.1.
 */
function setWidth(column: ExcelJS.Column, width: number): void {
  column.width = width === 9 ? 9.1 : width;
}

/** Lines a text takes in a column `width` characters wide (word wrap estimated by length). */
export function estimatedLines(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text
    .split('\n')
    .reduce((lines, paragraph) => lines + Math.max(1, Math.ceil((paragraph.length * GLYPH_FACTOR) / usable)), 0);
}

/** Gives each listed row a height that fits the wrapped text of its cells; a taller height already there stays. */
export function fitRowHeights(sheet: ExcelJS.Worksheet, rows: Iterable<number>): void {
  for (const rowNumber of rows) {
    const row = sheet.getRow(rowNumber);
    let lines = 1;
    let fontScale = 1;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const size = cell.font?.size ?? 10;
      fontScale = Math.max(fontScale, size / 10);
      if (!cell.alignment?.wrapText || cell.isMerged) return;
      const width = sheet.getColumn(col).width ?? 9;
      lines = Math.max(lines, estimatedLines(displayText(cell), width / Math.max(1, size / 10)));
    });
    const needed = Math.ceil(Math.min(lines, MAX_LINES) * LINE_HEIGHT_PT * fontScale + 2);
    if (needed > DEFAULT_HEIGHT_PT && (!row.height || row.height < needed)) row.height = needed;
  }
}

/**
 * Nothing clipped: a cell whose text is wider than its column and would run into a filled
 * neighbour (where Excel and LibreOffice cut it) is made to fit. Text of words wraps (the row
 * grows, the page stays narrow); a single long token (an ID, an e-mail, a bar) or a number
 * (shown as «###» when too wide) widens its column up to the bound, and wraps past it.
 * Only the `columns` given (the add-on's own) change. Returns the rows whose height must be fitted.
 */
export function unclip(sheet: ExcelJS.Worksheet, columns: ReadonlySet<number>, headerRow: number): Set<number> {
  const rows = new Set<number>();
  const widen = new Map<number, number>();
  const wrapped: ExcelJS.Cell[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber <= headerRow) return;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (!columns.has(col) || cell.isMerged || cell.alignment?.wrapText) return;
      const value = cell.value;
      if (value === null || value === undefined || value === '') return;
      const text = displayText(cell);
      const needed = Math.ceil(Math.max(...text.split('\n').map((line) => line.length)) * GLYPH_FACTOR) + 1;
      const width = widen.get(col) ?? sheet.getColumn(col).width ?? 9;
      if (needed <= width) return;
      const isText = typeof value === 'string' || (typeof value === 'object' && !(value instanceof Date));
      const next = row.getCell(col + 1).value;
      if (isText && (next === null || next === undefined || next === '')) return; // it runs on, not cut
      const longestWord = Math.ceil(Math.max(...text.split(/\s+/).map((word) => word.length)) * GLYPH_FACTOR) + 1;
      if (isText && /\s/.test(text.trim())) {
        // words wrap; a column narrower than its longest word grows to it (bounded)
        if (longestWord > width) widen.set(col, Math.min(MAX_WIDTH, longestWord));
        wrapped.push(cell);
        rows.add(rowNumber);
      } else if (needed <= MAX_WIDTH) widen.set(col, needed);
      else {
        widen.set(col, Math.max(width, MAX_WIDTH));
        wrapped.push(cell);
        rows.add(rowNumber);
      }
    });
  });
  for (const [col, width] of widen) setWidth(sheet.getColumn(col), width);
  for (const cell of wrapped) cell.style = { ...cell.style, alignment: { ...cell.alignment, wrapText: true } };
  // a grown row reads from its top line across
  for (const rowNumber of rows) {
    sheet.getRow(rowNumber).eachCell({ includeEmpty: false }, (cell) => {
      if (cell.alignment?.vertical !== 'top')
        cell.style = { ...cell.style, alignment: { ...cell.alignment, vertical: 'top' } };
    });
  }
  return rows;
}

export interface PrintSetup {
  orientation: 'portrait' | 'landscape';
  /** The header rows repeated on every printed page. */
  headerRows: number;
  /** Printed columns 1..lastCol (helper columns to the right are left out). */
  lastCol: number;
  /** Printed rows at least to this one (a chart reaches below its table). */
  lastRow?: number;
  /** Pages wide (default 1): a wide base is printed across pages at a readable scale. */
  pagesWide?: number;
  /** Columns 1..n repeated on every page across (ID and ФИО of a base printed on several pages). */
  repeatColumns?: number;
}

/** Fit to its pages wide (as many pages tall as needed), header repeated, print area without helper columns. */
export function applyPrintSetup(sheet: ExcelJS.Worksheet, setup: PrintSetup): void {
  const pagesWide = setup.pagesWide ?? 1;
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: setup.orientation,
    fitToPage: true,
    fitToWidth: pagesWide,
    fitToHeight: 0,
    horizontalCentered: false,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
  if (setup.headerRows > 0) sheet.pageSetup.printTitlesRow = `1:${setup.headerRows}`;
  if (pagesWide > 1 && (setup.repeatColumns ?? 0) > 0)
    sheet.pageSetup.printTitlesColumn = `A:${letters(setup.repeatColumns as number)}`;
  else delete sheet.pageSetup.printTitlesColumn;
  const lastRow = Math.max(sheet.rowCount, setup.headerRows, setup.lastRow ?? 0, 1);
  sheet.pageSetup.printArea = printArea(letters(setup.lastCol), lastRow);
}

/**
 * A print area ExcelJS writes as `$A$1:$D$49`. Given «A1:D49» it writes `$A1:$D49` (rows
 * relative), which LibreOffice does not take for a print range: it printed every column.
 */
export function printArea(lastColumn: string, lastRow: number): string {
  return `A$1:${lastColumn}$${lastRow}`;
}

/** The same area made absolute (a file written before, read back by ExcelJS as «A1:D49»). */
export function absolutePrintArea(area: string | undefined): string | undefined {
  const match = /^\$?A\$?1:\$?([A-Z]+)\$?(\d+)$/.exec(area ?? '');
  return match ? printArea(match[1], Number(match[2])) : area;
}

/** The last column and row a chart of `widthPx` × `heightPx` anchored at (row, col) covers. */
export function chartExtent(
  sheet: ExcelJS.Worksheet,
  anchor: { row: number; col: number },
  widthPx: number,
  heightPx: number,
): { lastCol: number; lastRow: number } {
  let col = anchor.col;
  for (let covered = 0; ; col++) {
    covered += (sheet.getColumn(col).width ?? 9) * 7 + 5;
    if (covered >= widthPx) break;
  }
  let row = anchor.row;
  for (let covered = 0; ; row++) {
    covered += ((sheet.getRow(row).height ?? DEFAULT_HEIGHT_PT) * 4) / 3;
    if (covered >= heightPx) break;
  }
  return { lastCol: col, lastRow: row };
}

/** Landscape when the printed columns are wider than a portrait A4 page (about 95 characters). */
/**
 * Width a landscape A4 page holds at the smallest readable scale, in column-width units (a
 * character ≈ 7 px): 27,7 cm of paper ≈ 150 units at 100 %, ≈ 270 at 55 %.
 */
export const READABLE_PAGE_WIDTH = 270;
/** More pages across than this, and a printed base is no longer read: the scale gives way instead. */
const MAX_PAGES_WIDE = 4;

/** Pages wide for the printed columns: one, unless fitting them on one page makes the text unreadable. */
export function pagesWideFor(sheet: ExcelJS.Worksheet, lastCol: number): number {
  let total = 0;
  for (let col = 1; col <= lastCol; col++) if (!sheet.getColumn(col).hidden) total += sheet.getColumn(col).width ?? 9;
  return Math.min(MAX_PAGES_WIDE, Math.max(1, Math.ceil(total / READABLE_PAGE_WIDTH)));
}

export function orientationFor(sheet: ExcelJS.Worksheet, lastCol: number): 'portrait' | 'landscape' {
  let total = 0;
  for (let col = 1; col <= lastCol; col++) total += sheet.getColumn(col).width ?? 9;
  return total > 95 ? 'landscape' : 'portrait';
}

function displayText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return /h/i.test(cell.numFmt ?? '') ? '00.00.0000 00:00' : '00.00.0000';
  if (typeof value === 'number') return `${Math.round(value * 100) / 100}${/%/.test(cell.numFmt ?? '') ? ' %' : ''}`;
  return cell.text ?? '';
}

function letters(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** Replaces the add-on's conditional fills of a range: one «equals» rule per coloured value. */
export function setValueColours(
  sheet: ExcelJS.Worksheet,
  ref: string,
  colours: readonly { value: string; background: string }[],
): void {
  const column = ref.replace(/\d+.*$/, '');
  // ExcelJS keeps the rules in `conditionalFormattings` at run time; its declarations omit the array.
  const holder = sheet as unknown as { conditionalFormattings?: { ref: string }[] };
  holder.conditionalFormattings = (holder.conditionalFormattings ?? []).filter(
    (formatting) => formatting.ref.replace(/\d+.*$/, '') !== column,
  );
  sheet.addConditionalFormatting({
    ref,
    rules: colours.map((colour, i) => ({
      type: 'cellIs',
      operator: 'equal',
      priority: i + 1,
      formulae: [`"${colour.value.replace(/"/g, '""')}"`],
      style: {
        fill: {
          type: 'pattern',
          pattern: 'solid',
          bgColor: { argb: `FF${colour.background.replace('#', '').toUpperCase()}` },
        },
      },
    })),
  });
}
