import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { clampRanges } from '../../src/local/xlsx-prepass';
import { MAX_ROWS, XlsxWorkbook } from '../../src/local/xlsx-workbook';

/** The last row of every range a sheet part of the file names. */
async function rangeEnds(path: string): Promise<number[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const ends: number[] = [];
  for (const [name, file] of Object.entries(zip.files)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    const xml = await file.async('string');
    for (const m of xml.matchAll(/sqref="([^"]*)"/g)) for (const r of m[1].matchAll(/\d+/g)) ends.push(Number(r[0]));
  }
  return ends;
}

describe('a stray cell in the last row (issue 15, item 5)', () => {
  it('validations follow the data, never pass row 1 048 576; the stray cell stays but is not data', async () => {
    const workbook = XlsxWorkbook.create();
    workbook.ensureSheet('Пары (черновик)');
    workbook.writeBlock('Пары (черновик)', { row: 1, col: 1, values: [['ID'], ['П-1'], ['П-2']] });
    workbook.writeBlock('Пары (черновик)', { row: MAX_ROWS, col: 1, values: [['x']] });
    workbook.formatSheet('Пары (черновик)', {
      columns: [{ col: 3, validation: { kind: 'list', values: ['принять', 'отклонить'] } }],
    });
    expect(workbook.readSheet('Пары (черновик)')).toHaveLength(3);
    const path = join(mkdtempSync(join(tmpdir(), 'nastavnik-extent-')), 'книга.xlsx');
    await workbook.save(path);
    const ends = await rangeEnds(path);
    expect(Math.max(...ends)).toBeLessThanOrEqual(MAX_ROWS);
    expect(Math.max(...ends)).toBeLessThan(2000);
    const again = await XlsxWorkbook.open(path);
    expect(again.worksheet('Пары (черновик)')?.getCell(MAX_ROWS, 1).value).toBe('x');
  });

  it('ranges an older version wrote past the last row are clamped when the file is read', () => {
    expect(clampRanges('<dataValidation sqref="C2:C1049576 D5">')).toBe('<dataValidation sqref="C2:C1048576 D5">');
    expect(clampRanges('<dimension ref="A1:B3"/>')).toBe('<dimension ref="A1:B3"/>');
  });
});

describe('what no program can open (issue 15, item 7)', () => {
  it('a non-finite number is written as #NUM!, never <v>Infinity</v>; text is cut at 32 767 characters', async () => {
    const workbook = XlsxWorkbook.create();
    workbook.ensureSheet('Лист');
    workbook.writeBlock('Лист', {
      row: 1,
      col: 1,
      values: [[Number.POSITIVE_INFINITY, Number.NaN, 'я'.repeat(40_000), `${'😀'.repeat(20_000)}`]],
    });
    const path = join(mkdtempSync(join(tmpdir(), 'nastavnik-limits-')), 'книга.xlsx');
    await workbook.save(path);
    const zip = await JSZip.loadAsync(readFileSync(path));
    const xml = await Promise.all(Object.values(zip.files).map((f) => (f.dir ? '' : f.async('string'))));
    expect(xml.join('')).not.toMatch(/Infinity|NaN/);
    const grid = (await XlsxWorkbook.open(path)).readSheet('Лист') ?? [];
    expect(grid[0][0]).toBe('#NUM!');
    expect(String(grid[0][2]).length).toBe(32_767);
    expect(String(grid[0][2])).toMatch(/не поместился/);
    expect(String(grid[0][3]).length).toBeLessThanOrEqual(32_767);
    expect(String(grid[0][3])).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe('init keeps what the user set (issue 15, item 11)', () => {
  it('a width the user gave a standard column survives formatting', async () => {
    const workbook = XlsxWorkbook.create();
    workbook.ensureSheet('Наставники');
    workbook.writeBlock('Наставники', { row: 1, col: 1, values: [['ФИО', 'Категория']] });
    const sheet = workbook.worksheet('Наставники');
    if (!sheet) throw new Error('no sheet');
    sheet.getColumn(1).width = 55;
    workbook.formatSheet('Наставники', {
      columns: [
        { col: 1, width: 220 },
        { col: 2, width: 140 },
      ],
    });
    expect(sheet.getColumn(1).width).toBe(55);
    expect(sheet.getColumn(2).width).toBe(20);
  });
});
