import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { estimatedLines, READABLE_PAGE_WIDTH } from '../../src/local/xlsx-formats';

/**
 * Every sheet the demo generates, read back from the written .xlsx as Excel or LibreOffice
 * would: iterates over all visible sheets of the file, so a new sheet cannot be forgotten.
 */
const BIN = resolve(__dirname, '../../bin/nastavnik.mjs');
let book: ExcelJS.Workbook;
let bookPath: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nastavnik-finished-'));
  execFileSync(process.execPath, [BIN, 'demo', '--dir', dir, '--quiet'], { stdio: 'pipe' });
  book = new ExcelJS.Workbook();
  bookPath = join(dir, 'demo.xlsx');
  await book.xlsx.readFile(bookPath);
}, 240_000);

function visibleSheets(): ExcelJS.Worksheet[] {
  return book.worksheets.filter((sheet) => sheet.state === 'visible');
}

describe('every generated sheet of the demo workbook', () => {
  it('prints as few pages wide as keep it readable, with its header (and a base’s ID, ФИО) repeated', () => {
    expect(visibleSheets().length).toBeGreaterThan(15);
    let across = 0;
    for (const sheet of visibleSheets()) {
      const setup = sheet.pageSetup;
      expect(setup.fitToPage, sheet.name).toBe(true);
      // each landscape page holds at most READABLE_PAGE_WIDTH units of printed columns (≥ 55 %)
      const area = /^A1:([A-Z]+)\d+$/.exec(setup.printArea ?? '');
      let printed = 0;
      for (let col = 1; col <= columnNumber(area?.[1] ?? 'A'); col++)
        if (!sheet.getColumn(col).hidden) printed += sheet.getColumn(col).width ?? 9;
      const pages = setup.fitToWidth ?? 1;
      expect(printed / pages, sheet.name).toBeLessThanOrEqual(READABLE_PAGE_WIDTH);
      if (pages > 1) {
        across++;
        expect(setup.orientation, sheet.name).toBe('landscape');
        // a base's frozen ID and ФИО on every page across, so a row can be read on page 2
        const frozenColumns = (sheet.views?.[0] as { xSplit?: number } | undefined)?.xSplit ?? 0;
        if (sheet.name === 'Наставники' || sheet.name === 'Наставляемые')
          expect(frozenColumns, sheet.name).toBeGreaterThan(0);
        expect(setup.printTitlesColumn, sheet.name).toBe(
          frozenColumns > 0 ? `A:${String.fromCharCode(64 + frozenColumns)}` : undefined,
        );
      }
      expect(setup.fitToHeight, sheet.name).toBe(0);
      expect(['portrait', 'landscape'], sheet.name).toContain(setup.orientation);
      expect(setup.printArea, sheet.name).toMatch(/^A1:[A-Z]+\d+$/);
      // every sheet keeps its header in view and repeats it on each printed page
      const frozen = (sheet.views?.[0] as { ySplit?: number } | undefined)?.ySplit ?? 0;
      expect(frozen, sheet.name).toBeGreaterThanOrEqual(1);
      expect(setup.printTitlesRow, sheet.name).toBe(`1:${frozen}`);
    }
    // the bases are wider than one readable page
    expect(across).toBeGreaterThanOrEqual(2);
  });

  it('has a bounded width on every column that holds something', () => {
    for (const sheet of visibleSheets()) {
      for (let col = 1; col <= sheet.columnCount; col++) {
        const column = sheet.getColumn(col);
        let used = false;
        column.eachCell({ includeEmpty: false }, (cell) => {
          if (cell.value !== null && cell.value !== '') used = true;
        });
        if (!used) continue;
        expect(column.width, `${sheet.name} column ${col}`).toBeGreaterThan(3);
        expect(column.width, `${sheet.name} column ${col}`).toBeLessThanOrEqual(61);
      }
    }
  });

  it('shows every date as дд.мм.гггг (with the time where there is one)', () => {
    for (const sheet of visibleSheets()) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.value instanceof Date) expect(cell.numFmt, `${sheet.name}!${cell.address}`).toMatch(/^dd\.mm\.yyyy/);
        }),
      );
    }
  });

  it('gives a wrapped row a height its text fits in (LibreOffice does not grow stored rows)', () => {
    let wrapped = 0;
    for (const sheet of visibleSheets()) {
      sheet.eachRow((row) => {
        let lines = 1;
        row.eachCell((cell, col) => {
          if (!cell.alignment?.wrapText || cell.isMerged || typeof cell.value !== 'string') return;
          lines = Math.max(lines, Math.min(30, estimatedLines(cell.value, sheet.getColumn(col).width ?? 9)));
        });
        if (lines < 2) return;
        wrapped++;
        expect(row.height ?? 15, `${sheet.name} row ${row.number}`).toBeGreaterThanOrEqual(lines * 12);
      });
    }
    expect(wrapped).toBeGreaterThan(0);
  });

  it('gives the register «Пары» a frozen, bold header and a status dropdown', () => {
    const sheet = book.getWorksheet('Пары') as ExcelJS.Worksheet;
    expect((sheet.views[0] as { ySplit?: number }).ySplit).toBe(1);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const statusCol = header.indexOf('Статус');
    expect(sheet.getCell(2, statusCol).dataValidation?.type).toBe('list');
    const orderCol = header.indexOf('Приказ');
    const orders: string[] = [];
    sheet.getColumn(orderCol).eachCell((cell, row) => {
      if (row > 1 && cell.text) orders.push(cell.text);
    });
    expect(orders.length).toBeGreaterThan(0);
    // a file name, not a path into the curator's folders
    for (const order of orders) expect(order).not.toMatch(/[\\/]/);
  });

  it('recolours a roadmap status the moment it is set to «выполнено» (conditional fill, not paint)', () => {
    const sheet = book.getWorksheet('Дорожная карта') as ExcelJS.Worksheet;
    const formattings = (
      sheet as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }
    ).conditionalFormattings;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const letter = String.fromCharCode(64 + header.indexOf('Статус'));
    const onStatus = formattings.filter((f) => f.ref.startsWith(`${letter}2:`));
    expect(onStatus).toHaveLength(1);
    expect(onStatus[0].rules.map((rule) => rule.formulae?.[0])).toEqual(['"выполнено"']);
  });

  it('recolours a pair the moment its status changes in «Пары» (one conditional fill per status)', () => {
    const sheet = book.getWorksheet('Пары') as ExcelJS.Worksheet;
    const formattings = (
      sheet as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }
    ).conditionalFormattings;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const letter = String.fromCharCode(64 + header.indexOf('Статус'));
    const onStatus = formattings.filter((f) => f.ref.startsWith(`${letter}2:`));
    expect(onStatus.flatMap((f) => f.rules.map((rule) => rule.formulae?.[0])).sort()).toEqual(
      ['"активна"', '"завершена"', '"расторгнута"'].sort(),
    );
  });

  it('prints every column a reader needs and none of the add-on’s key columns', () => {
    let helpersSeen = 0;
    for (const sheet of visibleSheets()) {
      const area = /^A1:([A-Z]+)\d+$/.exec(sheet.pageSetup.printArea ?? '');
      expect(area, sheet.name).not.toBeNull();
      const lastPrinted = columnNumber(area?.[1] ?? 'A');
      const helpers = HELPER_COLUMNS[sheet.name] ?? [];
      for (let col = 1; col <= sheet.columnCount; col++) {
        const header = sheet.getRow(1).getCell(col).text;
        const where = `${sheet.name} «${header}»`;
        if (helpers.includes(header)) {
          helpersSeen++;
          expect(col, where).toBeGreaterThan(lastPrinted);
          // a key nobody types next to («organizationName») is hidden on screen too; the roadmap's
          // «Код» stays visible (a methodist who copies a row clears it)
          expect(sheet.getColumn(col).hidden, where).toBe(sheet.name !== 'Дорожная карта');
        } else if (holdsSomething(sheet, col) && !sheet.getColumn(col).hidden) {
          expect(col, where).toBeLessThanOrEqual(lastPrinted);
        }
      }
    }
    expect(helpersSeen).toBe(Object.values(HELPER_COLUMNS).flat().length);
  });

  it('clips no text: what does not fit wraps, widens its column, or runs into an empty cell', () => {
    for (const sheet of visibleSheets()) {
      sheet.eachRow((row, rowNumber) => {
        row.eachCell((cell, col) => {
          if (cell.isMerged || cell.alignment?.wrapText) return;
          const value = cell.value;
          if (value === null || value === undefined || value === '') return;
          const text = shownText(cell);
          const width = sheet.getColumn(col).width ?? 9;
          const longest = Math.max(...text.split('\n').map((line) => line.length));
          if (longest * 1.1 <= width) return;
          const next = row.getCell(col + 1).value;
          const runsOn = typeof value === 'string' && (next === null || next === undefined || next === '');
          // a number too wide shows «###»; a text before a filled cell is cut where that cell starts
          expect(runsOn, `${sheet.name}!${cell.address} (row ${rowNumber}) «${text}» in width ${width}`).toBe(true);
        });
      });
    }
  });

  it('colours every status column by conditional rules: an edit recolours, no value is painted once', () => {
    let columns = 0;
    for (const sheet of visibleSheets()) {
      if (PLAIN_STATUS_SHEETS.includes(sheet.name)) continue;
      const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
      for (const title of ['Статус', 'Решение']) {
        const col = header.indexOf(title);
        if (col < 1) continue;
        columns++;
        const letter = columnLetters(col);
        const formattings = (
          sheet as unknown as {
            conditionalFormattings: { ref: string; rules: { type: string; formulae?: string[]; style?: unknown }[] }[];
          }
        ).conditionalFormattings;
        const onColumn = formattings.filter((f) => f.ref.startsWith(`${letter}2:`));
        const lastTableRow = firstBlankRow(sheet) - 1;
        expect(onColumn.length, `${sheet.name} «${title}»`).toBeGreaterThan(0);
        for (const formatting of onColumn) {
          expect(Number(formatting.ref.split(':')[1].replace(/^[A-Z]+/, '')), sheet.name).toBeGreaterThanOrEqual(
            lastTableRow,
          );
          for (const rule of formatting.rules) {
            expect(rule.type, sheet.name).toBe('cellIs');
            expect(rule.style, sheet.name).toBeDefined();
          }
        }
        for (let r = 2; r <= lastTableRow; r++) {
          // a fill on the status alone would stay when the status changes; a row's own fill is allowed
          const fill = fillOf(sheet.getCell(r, col));
          if (fill) expect(fillOf(sheet.getCell(r, col - 1)), `${sheet.name}!${letter}${r}`).toBe(fill);
        }
      }
    }
    // «Пары», «Пары (черновик)», «Дорожная карта», «Показатели»
    expect(columns).toBeGreaterThanOrEqual(4);
  });

  it('gives «Проблемы» a wide wrapped message column and fitted short columns', () => {
    const sheet = book.getWorksheet('Проблемы') as ExcelJS.Worksheet;
    const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const message = header.indexOf('Что не так и как исправить');
    expect(sheet.getColumn(message).width).toBeGreaterThanOrEqual(50);
    expect(sheet.rowCount).toBeGreaterThan(3);
    for (let r = 2; r <= sheet.rowCount; r++) expect(sheet.getCell(r, message).alignment?.wrapText).toBe(true);
    for (const title of ['Источник', 'Уровень', 'Строка', 'Найдено']) {
      const col = header.indexOf(title);
      let longest = 0;
      sheet.getColumn(col).eachCell((cell) => {
        longest = Math.max(longest, shownText(cell).length);
      });
      // fitted: as wide as its longest value (up to the bound, past it the text wraps), not a fixed guess
      const width = sheet.getColumn(col).width ?? 0;
      expect(width, title).toBeLessThanOrEqual(Math.ceil(longest * 1.1) + 3);
      if (width < longest) {
        expect(width, title).toBeGreaterThanOrEqual(40);
        sheet.getColumn(col).eachCell((cell, r) => {
          if (r > 1 && shownText(cell).length > width) expect(cell.alignment?.wrapText, `${title} ${r}`).toBe(true);
        });
      }
    }
  });
});

describe('the charts of the demo workbook', () => {
  it('are printed: each chart our drawing anchors lies inside its sheet’s print area', async () => {
    const zip = await JSZip.loadAsync(readFileSync(bookPath));
    const read = async (part: string) => (await zip.file(part)?.async('string')) ?? '';
    const workbook = await read('xl/workbook.xml');
    const rels = await read('xl/_rels/workbook.xml.rels');
    let charts = 0;
    for (const [, name, id] of workbook.matchAll(/<sheet\b[^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)) {
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]*)"`).exec(rels)?.[1] ?? '';
      const part = `xl/${target.replace(/^\/?xl\//, '')}`;
      const drawingId = /<drawing r:id="([^"]*)"/.exec(await read(part))?.[1];
      if (!drawingId) continue;
      const sheetRels = await read(part.replace(/([^/]+)$/, '_rels/$1.rels'));
      const drawing = new RegExp(`Id="${drawingId}"[^>]*Target="\\.\\./drawings/([^"]*)"`).exec(sheetRels)?.[1];
      const area = /^A1:([A-Z]+)(\d+)$/.exec(book.getWorksheet(name)?.pageSetup.printArea ?? '');
      for (const anchor of (await read(`xl/drawings/${drawing}`)).matchAll(
        /<xdr:from><xdr:col>(\d+)<\/xdr:col>[\s\S]*?<xdr:row>(\d+)<\/xdr:row>[\s\S]*?descr="nastavnik"/g,
      )) {
        charts++;
        // the chart's left edge and a chart's width (~8 columns) right of it are printed
        expect(Number(anchor[1]) + 1 + 4, name).toBeLessThanOrEqual(columnNumber(area?.[1] ?? 'A'));
        expect(Number(anchor[2]) + 1 + 10, name).toBeLessThanOrEqual(Number(area?.[2] ?? 0));
      }
    }
    expect(charts).toBeGreaterThanOrEqual(3);
  });
});

/** The add-on's key columns: kept on the sheet, never printed. */
const HELPER_COLUMNS: Record<string, string[]> = {
  Настройки: ['Ключ'],
  'Дорожная карта': ['Код'],
  Документы: ['Код'],
};

/** The bases' participant status carries no colour (a list value, not a state to watch). */
const PLAIN_STATUS_SHEETS = ['Наставники', 'Наставляемые'];

function holdsSomething(sheet: ExcelJS.Worksheet, col: number): boolean {
  let used = false;
  sheet.getColumn(col).eachCell({ includeEmpty: false }, (cell) => {
    if (cell.value !== null && cell.value !== '') used = true;
  });
  return used;
}

/** What the cell shows, as long as a reader sees it (dates and numbers as formatted). */
function shownText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value instanceof Date) return cell.numFmt?.includes('hh') ? '00.00.0000 00:00' : '00.00.0000';
  if (typeof value === 'number') return `${Math.round(value * 100) / 100}${cell.numFmt?.includes('%') ? ' %' : ''}`;
  return cell.text ?? '';
}

function fillOf(cell: ExcelJS.Cell): string | null {
  const fill = cell.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
  return fill?.type === 'pattern' && fill.pattern === 'solid' ? (fill.fgColor?.argb ?? null) : null;
}

/** The first empty row after the header: where the sheet's table ends (blocks below are not status rows). */
function firstBlankRow(sheet: ExcelJS.Worksheet): number {
  for (let r = 2; r <= sheet.rowCount + 1; r++) if (!sheet.getRow(r).hasValues) return r;
  return sheet.rowCount + 1;
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function columnLetters(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}
