import { writeFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { SheetFormat } from '../../src/core/ports';
import { XlsxWorkbook } from '../../src/local/xlsx-workbook';

const dir = mkdtempSync(join(tmpdir(), 'nastavnik-xlsx-'));

async function roundTrip(workbook: XlsxWorkbook, name: string): Promise<XlsxWorkbook> {
  const path = join(dir, name);
  await workbook.save(path);
  return XlsxWorkbook.open(path);
}

async function rawExcel(workbook: XlsxWorkbook, name: string): Promise<ExcelJS.Workbook> {
  const path = join(dir, name);
  await workbook.save(path);
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.readFile(path);
  return excel;
}

describe('XlsxWorkbook', () => {
  it('round-trips values, dates and formulas, and keeps formula-looking text as text', async () => {
    const book = XlsxWorkbook.create();
    expect(book.ensureSheet('Лист')).toBe(true);
    expect(book.ensureSheet('Лист')).toBe(false);
    const date = new Date(2026, 8, 1);
    book.writeBlock('Лист', {
      row: 1,
      col: 1,
      values: [
        ['Текст', 'Число', 'Дата', 'Формула', 'Опасный текст'],
        ['Иванова', 12.5, date, { formula: '=B2*2' }, '=HYPERLINK("http://evil","x")'],
        ['+7 900', '-1', '@user', true, null],
      ],
    });
    const reopened = await roundTrip(book, 'values.xlsx');
    const grid = reopened.readSheet('Лист');
    expect(grid).not.toBeNull();
    expect(grid?.[1][0]).toBe('Иванова');
    expect(grid?.[1][1]).toBe(12.5);
    expect(grid?.[1][2]).toEqual(date);
    expect(grid?.[1][3]).toEqual({ formula: '=B2*2', value: null });
    expect(grid?.[1][4]).toBe('=HYPERLINK("http://evil","x")');
    expect(grid?.[2]).toEqual(['+7 900', '-1', '@user', true, null]);

    const excel = await rawExcel(reopened, 'values-raw.xlsx');
    const cell = excel.getWorksheet('Лист')?.getCell('E2');
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(excel.getWorksheet('Лист')?.getCell('D2').type).toBe(ExcelJS.ValueType.Formula);
  });

  it('reads a rectangular grid from A1 with nulls, rich text and hyperlinks as plain text', async () => {
    const excel = new ExcelJS.Workbook();
    const sheet = excel.addWorksheet('Данные');
    sheet.getCell('A1').value = 'ФИО';
    sheet.getCell('C1').value = { richText: [{ text: 'Жир', font: { bold: true } }, { text: 'ный' }] };
    sheet.getCell('B3').value = { text: 'сайт', hyperlink: 'https://school.ru' };
    sheet.getCell('A5').style = { font: { bold: true } };
    const path = join(dir, 'rich.xlsx');
    await excel.xlsx.writeFile(path);
    const grid = (await XlsxWorkbook.open(path)).readSheet('Данные');
    expect(grid).toEqual([
      ['ФИО', null, 'Жирный'],
      [null, null, null],
      [null, 'сайт', null],
    ]);
  });

  it('keeps dates as the same calendar day in any time zone of the machine', async () => {
    const book = XlsxWorkbook.create();
    book.ensureSheet('Д');
    book.writeBlock('Д', { row: 1, col: 1, values: [[new Date(2026, 0, 31)]] });
    const excel = await rawExcel(book, 'dates.xlsx');
    const stored = excel.getWorksheet('Д')?.getCell('A1').value as Date;
    expect(stored.toISOString().slice(0, 10)).toBe('2026-01-31');
  });

  it("leaves the fill of cells whose background is undefined (the user's colours), clears null ones", async () => {
    const book = XlsxWorkbook.create();
    book.ensureSheet('Ф');
    book.writeBlock('Ф', { row: 1, col: 1, values: [[1, 2, 3]], backgrounds: [['#ff0000', '#00ff00', '#0000ff']] });
    book.writeBlock('Ф', { row: 1, col: 1, values: [[4, 5, 6]], backgrounds: [['#ffeeee', undefined, null]] });
    const sheet = (await rawExcel(book, 'keep-fill.xlsx')).getWorksheet('Ф');
    expect(sheet?.getCell('A1').fill).toMatchObject({ fgColor: { argb: 'FFFFEEEE' } });
    expect(sheet?.getCell('B1').fill).toMatchObject({ fgColor: { argb: 'FF00FF00' } });
    expect(JSON.stringify(sheet?.getCell('C1').fill ?? {})).not.toContain('FF0000FF');
  });

  it('keeps cells that looked alike at one save independent at the next (styles shared on save)', async () => {
    const book = XlsxWorkbook.create();
    book.ensureSheet('Ф');
    book.writeBlock('Ф', { row: 1, col: 1, values: [[1, 2, 3]], backgrounds: [['#ffeeee', '#ffeeee', '#ffeeee']] });
    await book.toBuffer();
    book.writeBlock('Ф', { row: 1, col: 2, values: [[5]], backgrounds: [['#00ff00']], fontWeights: [['bold']] });
    const sheet = (await rawExcel(book, 'shared-styles.xlsx')).getWorksheet('Ф');
    expect(sheet?.getCell('B1').fill).toMatchObject({ fgColor: { argb: 'FF00FF00' } });
    expect(sheet?.getCell('B1').font?.bold).toBe(true);
    for (const address of ['A1', 'C1']) {
      expect(sheet?.getCell(address).fill).toMatchObject({ fgColor: { argb: 'FFFFEEEE' } });
      expect(sheet?.getCell(address).font?.bold).toBeFalsy();
    }
  });

  it('writes font sizes and horizontal alignment', async () => {
    const book = XlsxWorkbook.create();
    book.ensureSheet('Сводка');
    book.writeBlock('Сводка', {
      row: 1,
      col: 1,
      values: [['Пары', 21]],
      fontSizes: [[11, 16]],
      horizontalAlignments: [[null, 'right']],
    });
    const sheet = (await rawExcel(book, 'sizes.xlsx')).getWorksheet('Сводка');
    expect(sheet?.getCell('B1').font?.size).toBe(16);
    expect(sheet?.getCell('B1').alignment?.horizontal).toBe('right');
    expect(sheet?.getCell('A1').font?.size).toBe(11);
    expect(sheet?.getRow(1).height).toBeGreaterThanOrEqual(24);
  });

  it('writes formats: backgrounds, bold, number formats, notes, wrap; clears contents but not formats', async () => {
    const book = XlsxWorkbook.create();
    book.ensureSheet('Ф');
    book.writeBlock('Ф', {
      row: 2,
      col: 2,
      values: [[1, 'a']],
      backgrounds: [['#ffeeee', null]],
      fontWeights: [['bold', 'normal']],
      numberFormats: [['0.00', null]],
      notes: [['Пояснение', null]],
      wrap: true,
    });
    const excel = await rawExcel(book, 'formats.xlsx');
    const sheet = excel.getWorksheet('Ф');
    const b2 = sheet?.getCell('B2');
    expect(b2?.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEEEE' } });
    expect(b2?.font?.bold).toBe(true);
    expect(b2?.numFmt).toBe('0.00');
    expect(b2?.note).toBe('Пояснение');
    expect(b2?.alignment?.wrapText).toBe(true);
    expect(sheet?.getCell('C2').font?.bold).toBeFalsy();

    const reopened = await XlsxWorkbook.open(join(dir, 'formats.xlsx'));
    reopened.clearRows('Ф', 2, 2);
    expect(reopened.readSheet('Ф')).toEqual([]);
    const after = await rawExcel(reopened, 'formats-cleared.xlsx');
    expect(after.getWorksheet('Ф')?.getCell('B2').numFmt).toBe('0.00');
  });

  it('formats a sheet: frozen panes, header style and notes, widths, validations with quoted Cyrillic sheet names', async () => {
    const book = XlsxWorkbook.create();
    book.ensureSheet('Наставники');
    book.ensureSheet('Справочники');
    book.writeBlock('Наставники', { row: 1, col: 1, values: [['ФИО', 'Категория', 'Стаж', 'Дата', 'Статус']] });
    const format: SheetFormat = {
      frozenRows: 1,
      frozenColumns: 1,
      headerBold: true,
      headerBackground: '#d9ead3',
      columns: [
        { col: 1, width: 210, note: 'Фамилия Имя Отчество' },
        { col: 2, validation: { kind: 'range', sheet: 'Справочники', col: 1, firstRow: 2, lastRow: 200 } },
        { col: 3, numberFormat: '0', validation: { kind: 'number', min: 0, max: 60 } },
        { col: 4, numberFormat: 'dd.mm.yyyy', validation: { kind: 'date' } },
        { col: 5, validation: { kind: 'list', values: ['новый', 'в паре'], strict: false } },
      ],
    };
    book.formatSheet('Наставники', format);
    // Formatting again replaces the validations instead of stacking a second copy.
    book.formatSheet('Наставники', format);
    const path = join(dir, 'format-sheet.xlsx');
    await book.save(path);
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(path);
    const sheet = excel.getWorksheet('Наставники');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(sheet?.getCell('A1').font?.bold).toBe(true);
    expect(sheet?.getCell('A1').note).toBe('Фамилия Имя Отчество');
    expect(sheet?.getColumn(1).width).toBeCloseTo(30, 0);
    expect(sheet?.getCell('B2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ["'Справочники'!$A$2:$A$200"],
    });
    expect(sheet?.getCell('B500').dataValidation?.type).toBe('list');
    expect(sheet?.getCell('B1').dataValidation).toBeUndefined();
    expect(sheet?.getCell('C10').dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 60] });
    expect(sheet?.getCell('D10').dataValidation?.type).toBe('date');
    expect(sheet?.getCell('E10').dataValidation).toMatchObject({ type: 'list', formulae: ['"новый,в паре"'] });
    expect(sheet?.getCell('E10').dataValidation?.showErrorMessage).toBeFalsy();
    expect(sheet?.getColumn(4).numFmt).toBe('dd.mm.yyyy');

    const xml = await sheetXml(path, 1);
    expect(xml.match(/<dataValidation /g)?.length).toBe(4);

    // ExcelJS reads each range as one entry per cell; saving again writes ranges, not thousands of cells.
    const resaved = join(dir, 'format-sheet-resaved.xlsx');
    await (await XlsxWorkbook.open(path)).save(resaved);
    const again = await sheetXml(resaved, 1);
    expect(again.match(/<dataValidation /g)?.length).toBe(4);
    expect(again).toContain('sqref="B2:B1001"');
  });

  it('puts dropdown lists Excel cannot hold inline (long, or with commas) on a very hidden sheet', async () => {
    const book = XlsxWorkbook.create();
    book.ensureSheet('Анкеты');
    book.writeBlock('Анкеты', { row: 1, col: 1, values: [['Короткий', 'Длинный', 'С запятыми', 'Тот же длинный']] });
    const long = Array.from({ length: 40 }, (_, i) => `вариант ответа номер ${i + 1}`);
    const commas = ['да, конечно', 'нет, спасибо'];
    book.formatSheet('Анкеты', {
      columns: [
        { col: 1, validation: { kind: 'list', values: ['да', 'нет'] } },
        { col: 2, validation: { kind: 'list', values: long } },
        { col: 3, validation: { kind: 'list', values: commas } },
        { col: 4, validation: { kind: 'list', values: long } },
      ],
    });
    expect(book.sheetNames()).toEqual(['Анкеты']);
    const path = join(dir, 'lists.xlsx');
    await book.save(path);
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(path);
    const sheet = excel.getWorksheet('Анкеты');
    expect(sheet?.getCell('A2').dataValidation.formulae).toEqual(['"да,нет"']);
    expect(sheet?.getCell('B2').dataValidation.formulae).toEqual(["'_nastavnik_lists'!$A$1:$A$40"]);
    expect(sheet?.getCell('C2').dataValidation.formulae).toEqual(["'_nastavnik_lists'!$B$1:$B$2"]);
    expect(sheet?.getCell('D2').dataValidation.formulae).toEqual(["'_nastavnik_lists'!$A$1:$A$40"]);
    const lists = excel.getWorksheet('_nastavnik_lists');
    expect(lists?.state).toBe('veryHidden');
    expect(lists?.getCell('A40').value).toBe('вариант ответа номер 40');
    expect(lists?.getCell('B1').value).toBe('да, конечно');
  });

  it('saves a deflated package that starts with [Content_Types].xml and opens again', async () => {
    const book = XlsxWorkbook.create();
    book.ensureSheet('База');
    const rows = Array.from({ length: 2000 }, (_, i) => [`НЯ-${i}`, `Иванова Мария ${i % 50}`, 'учитель – учитель']);
    book.writeBlock('База', { row: 1, col: 1, values: rows });
    const saved = await book.toBuffer();
    // The first local file header (PK\3\4): compression method at byte 8, the name from byte 30.
    expect(saved.readUInt32LE(0)).toBe(0x04034b50);
    expect(saved.readUInt16LE(8)).toBe(8);
    expect(saved.subarray(30, 30 + saved.readUInt16LE(26)).toString()).toBe('[Content_Types].xml');
    const zip = await JSZip.loadAsync(saved);
    let unpacked = 0;
    for (const entry of Object.values(zip.files)) unpacked += (await entry.async('uint8array')).length;
    expect(saved.length).toBeLessThan(unpacked / 4);
    const path = join(dir, 'deflated.xlsx');
    await writeFile(path, saved);
    expect((await XlsxWorkbook.open(path)).readSheet('База')?.[1999]).toEqual(rows[1999]);
  });

  it('keeps other sheets, extra user columns and their formats through a re-save', async () => {
    const excel = new ExcelJS.Workbook();
    const mine = excel.addWorksheet('Мой лист');
    mine.getCell('A1').value = 'Заметки куратора';
    mine.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    const base = excel.addWorksheet('Наставники');
    base.getRow(1).values = ['ФИО', 'Моя колонка'];
    base.getRow(2).values = ['Петров Пётр Петрович', 'позвонить'];
    base.getCell('B2').font = { italic: true };
    const path = join(dir, 'user.xlsx');
    await excel.xlsx.writeFile(path);

    const book = await XlsxWorkbook.open(path);
    book.writeBlock('Наставники', { row: 1, col: 3, values: [['Стаж'], [12]] });
    book.formatSheet('Наставники', { headerBold: true, frozenRows: 1 });
    const after = await rawExcel(book, 'user-after.xlsx');
    expect(after.worksheets.map((s) => s.name)).toEqual(['Мой лист', 'Наставники']);
    expect(after.getWorksheet('Мой лист')?.getCell('A1').fill).toMatchObject({ fgColor: { argb: 'FFFFFF00' } });
    const sheet = after.getWorksheet('Наставники');
    expect(sheet?.getCell('B2').value).toBe('позвонить');
    expect(sheet?.getCell('B2').font?.italic).toBe(true);
    expect(sheet?.getCell('B2').font?.bold).toBeFalsy();
    expect(sheet?.getCell('C2').value).toBe(12);
  });

  it('reads the TRUE()/FALSE() formulas LibreOffice writes for booleans as booleans, other formulas as formulas', async () => {
    const excel = new ExcelJS.Workbook();
    const sheet = excel.addWorksheet('Настройки');
    sheet.getCell('A1').value = { formula: 'TRUE()', result: true } as ExcelJS.CellFormulaValue;
    sheet.getCell('B1').value = { formula: 'FALSE()', result: false } as ExcelJS.CellFormulaValue;
    sheet.getCell('C1').value = { formula: 'SUM(1,2)', result: 3 } as ExcelJS.CellFormulaValue;
    const path = join(dir, 'booleans.xlsx');
    await excel.xlsx.writeFile(path);
    expect((await XlsxWorkbook.open(path)).readSheet('Настройки')).toEqual([
      [true, false, { formula: '=SUM(1,2)', value: 3 }],
    ]);
  });

  it('maps sheet names Excel forbids (over 31 characters, «:» or «/») the same way on every call', async () => {
    const book = XlsxWorkbook.create();
    const long = 'Ответы: анкета наставляемого (вход/выход) 2026';
    expect(book.ensureSheet(long)).toBe(true);
    expect(book.ensureSheet(long)).toBe(false);
    book.writeBlock(long, { row: 1, col: 1, values: [['ФИО']] });
    expect(book.readSheet(long)).toEqual([['ФИО']]);
    expect(book.sheetNames()).toEqual(['Ответы- анкета наставляемого (в']);
    const reopened = await roundTrip(book, 'long-names.xlsx');
    expect(reopened.readSheet(long)).toEqual([['ФИО']]);
  });

  it('writes any text as text that Excel, LibreOffice and ExcelJS can open again', async () => {
    const book = XlsxWorkbook.create();
    book.ensureSheet('Т');
    const texts = [
      'a\u0001b',
      ' отступ',
      'пробел ',
      'строка\u000bWord',
      'две\nстроки',
      '😀',
      'a\ud800b',
      '_x0041_',
      '_x005F_',
    ];
    book.writeBlock('Т', { row: 1, col: 1, values: [texts] });
    const reopened = await roundTrip(book, 'texts.xlsx');
    expect(reopened.readSheet('Т')).toEqual([
      ['ab', ' отступ', 'пробел ', 'строка\nWord', 'две\nстроки', '😀', 'ab', '_x0041_', '_x005F_'],
    ]);
  });

  it('keeps any printable text exactly through save and reopen (property)', async () => {
    const printable = fc.string({
      unit: fc.constantFrom(...'абвгдеёжзАБВГ =+-@_x0123456789ABCDEF\n ;«»–—'.split('')),
      minLength: 1,
      maxLength: 30,
    });
    const cell = fc.oneof(printable, fc.integer({ min: -1e9, max: 1e9 }), fc.boolean(), fc.constant(null));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        async (grid) => {
          const book = XlsxWorkbook.create();
          book.ensureSheet('P');
          book.writeBlock('P', { row: 1, col: 1, values: grid });
          const read = (await XlsxWorkbook.open(await saved(book))).readSheet('P') ?? [];
          const expected = trimmed(grid.map((row) => row.map((value) => (value === '' ? null : value))));
          expect(read).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('rejects a file that is not an xlsx with a Russian message', async () => {
    const path = join(dir, 'garbage.xlsx');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9]));
    await expect(XlsxWorkbook.open(path)).rejects.toThrow(/повреждён или это не \.xlsx/);
    writeFileSync(path, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
    await expect(XlsxWorkbook.open(path)).rejects.toThrow(/защищённая паролем, или старый формат \.xls/);
    writeFileSync(path, Buffer.from('PK\u0003\u0004 broken zip'));
    await expect(XlsxWorkbook.open(path)).rejects.toThrow(/архив \.xlsx не читается/);
    writeFileSync(path, Buffer.alloc(0));
    await expect(XlsxWorkbook.open(path)).rejects.toThrow(/файл пуст/);
  });
});

let savedCount = 0;
async function saved(book: XlsxWorkbook): Promise<string> {
  const path = join(dir, `property-${savedCount++}.xlsx`);
  await book.save(path);
  return path;
}

/** A grid as readSheet returns it: trailing empty rows and columns cut, rows padded to one width. */
function trimmed(grid: (string | number | boolean | null)[][]): (string | number | boolean | null)[][] {
  const rows = grid.map((row) => [...row]);
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c === null)) rows.pop();
  const width = Math.max(0, ...rows.map((row) => row.reduce<number>((w, c, i) => (c === null ? w : i + 1), 0)));
  return rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? null));
}

async function sheetXml(path: string, index: number): Promise<string> {
  const { readFileSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  const JSZip = require('jszip');
  const zip = await JSZip.loadAsync(readFileSync(path));
  return zip.file(`xl/worksheets/sheet${index}.xml`).async('string');
}
