import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { type Cell, cellText, formatRuDate } from '../../src/core/cell';
import { XlsxWorkbook } from '../../src/local/xlsx-workbook';

/**
 * What a reader sees in the files the CLI wrote: a sheet of the saved .xlsx as records, the
 * paragraphs of a DOCX (a table row is one line, its cells joined by « | »), the month bars of a
 * roadmap row. Reads the files themselves, not the program's memory.
 */

/** A sheet of the saved workbook as records by header title (cells as read: numbers, dates, text). */
export async function sheetOf(path: string, sheet: string): Promise<Record<string, Cell>[]> {
  const grid = (await XlsxWorkbook.open(path)).readSheet(sheet);
  if (!grid || grid.length < 2) return [];
  const header = grid[0].map((cell) => cellText(cell));
  return grid.slice(1).map((row) => Object.fromEntries(header.map((title, i) => [title, row[i] ?? null])));
}

/** The header row of a sheet of the saved workbook. */
export async function headerOf(path: string, sheet: string): Promise<string[]> {
  const grid = (await XlsxWorkbook.open(path)).readSheet(sheet);
  return (grid?.[0] ?? []).map((cell) => cellText(cell));
}

/** A cell as a reader sees it: a date as дд.мм.гггг, the rest as text. */
export const shown = (cell: Cell | undefined): string =>
  cell instanceof Date ? formatRuDate(cell) : cellText(cell ?? null);

/** Paragraph texts of a DOCX; dashes as «–», non-breaking spaces as spaces. */
export async function docxLines(path: string): Promise<string[]> {
  const plain = (xml: string) =>
    xml
      .replace(/<w:tab\/>/g, ' ')
      .replace(/<\/w:p>/g, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/\u00a0/g, ' ')
      .replace(/[–—]/g, '–')
      .replace(/\s+/g, ' ')
      .trim();
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const rows = xml.replace(
    /<w:tr(?=[ >])[\s\S]*?<\/w:tr>/g,
    (row) =>
      `<w:p>${row
        .split('</w:tc>')
        .slice(0, -1)
        .map((cell) => plain(cell))
        .join(' | ')}</w:p>`,
  );
  return rows
    .split('</w:p>')
    .map((part) => plain(part))
    .filter((line) => line !== '');
}

/** Which month columns of the roadmap row with this «Код» are filled, as «x» and «.». */
export async function roadmapBars(path: string, code: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet('Дорожная карта');
  if (!sheet) throw new Error('no «Дорожная карта»');
  const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const first = header.indexOf('Ссылка на документ') + 1;
  const last = header.indexOf('Код');
  let found = '';
  sheet.eachRow((row) => {
    if (row.getCell(last).value !== code) return;
    for (let c = first; c < last; c++) {
      const fill = row.getCell(c).fill as ExcelJS.FillPattern | undefined;
      found += fill?.fgColor?.argb ? 'x' : '.';
    }
  });
  return found;
}
