import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { estimatedLines } from '../../src/local/xlsx-formats';

/**
 * Every sheet the demo generates, read back from the written .xlsx as Excel or LibreOffice
 * would: iterates over all visible sheets of the file, so a new sheet cannot be forgotten.
 */
const BIN = resolve(__dirname, '../../bin/nastavnik.mjs');
let book: ExcelJS.Workbook;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nastavnik-finished-'));
  execFileSync(process.execPath, [BIN, 'demo', '--dir', dir, '--quiet'], { stdio: 'pipe' });
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'demo.xlsx'));
}, 240_000);

function visibleSheets(): ExcelJS.Worksheet[] {
  return book.worksheets.filter((sheet) => sheet.state === 'visible');
}

describe('every generated sheet of the demo workbook', () => {
  it('prints one page wide with its header repeated and a print area', () => {
    expect(visibleSheets().length).toBeGreaterThan(15);
    for (const sheet of visibleSheets()) {
      const setup = sheet.pageSetup;
      expect(setup.fitToPage, sheet.name).toBe(true);
      expect(setup.fitToWidth, sheet.name).toBe(1);
      expect(setup.fitToHeight, sheet.name).toBe(0);
      expect(['portrait', 'landscape'], sheet.name).toContain(setup.orientation);
      expect(setup.printArea, sheet.name).toMatch(/^A1:[A-Z]+\d+$/);
      const frozen = (sheet.views?.[0] as { ySplit?: number } | undefined)?.ySplit ?? 0;
      if (frozen > 0) expect(setup.printTitlesRow, sheet.name).toBe(`1:${frozen}`);
    }
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
});
