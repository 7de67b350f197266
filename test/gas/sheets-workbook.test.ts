import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/cell';
import { SheetsWorkbook } from '../../src/gas/sheets-workbook';
import { DocumentPropertiesStore } from '../../src/gas/host-services';
import { createFakeServices, type FakeServices } from './fakes';

let fakes: FakeServices;
let workbook: SheetsWorkbook;

beforeEach(() => {
  fakes = createFakeServices();
  workbook = new SheetsWorkbook(fakes.spreadsheet, fakes.services, new DocumentPropertiesStore(fakes.properties));
});

describe('SheetsWorkbook reading and writing', () => {
  it('leaves the fill of cells whose background is undefined, with one extra read only when needed', () => {
    workbook.ensureSheet('Ф');
    workbook.writeBlock('Ф', { row: 1, col: 1, values: [[1, 2, 3]], backgrounds: [['#ff0000', '#00ff00', '#0000ff']] });
    const reads = fakes.calls.byName()['Range.getBackgrounds'] ?? 0;
    expect(reads).toBe(0);
    workbook.writeBlock('Ф', { row: 1, col: 1, values: [[4, 5, 6]], backgrounds: [['#ffeeee', undefined, null]] });
    const sheet = fakes.spreadsheet.sheet('Ф');
    expect([1, 2, 3].map((c) => sheet?.cell(1, c).background)).toEqual(['#ffeeee', '#00ff00', null]);
    expect(fakes.calls.byName()['Range.getBackgrounds']).toBe(1);
  });

  it('writes font sizes and horizontal alignments with one call each', () => {
    workbook.ensureSheet('Сводка');
    workbook.writeBlock('Сводка', {
      row: 1,
      col: 1,
      values: [['Пары', 21]],
      fontSizes: [[null, 16]],
      horizontalAlignments: [[null, 'right']],
    });
    const cell = fakes.spreadsheet.sheet('Сводка')?.cell(1, 2);
    expect([cell?.fontSize, cell?.horizontalAlignment]).toEqual([16, 'right']);
    expect(fakes.spreadsheet.sheet('Сводка')?.cell(1, 1).fontSize).toBe(10);
    expect(fakes.calls.byName()['Range.setFontSizes']).toBe(1);
  });

  it('round-trips values: null for empty cells, dates, numbers, booleans, formulas', () => {
    workbook.ensureSheet('Лист');
    const date = new Date(2024, 8, 1);
    const grid: Grid = [
      ['ФИО', 'Дата', 'Стаж', 'Согласие', 'Итог'],
      ['Иванова Анна', date, 12.5, true, { formula: '=C2*2' }],
      ['Петров Пётр', null, 3, false, null],
    ];
    workbook.writeBlock('Лист', { row: 1, col: 1, values: grid });
    const read = workbook.readSheet('Лист');
    expect(read).toEqual([
      ['ФИО', 'Дата', 'Стаж', 'Согласие', 'Итог'],
      ['Иванова Анна', date, 12.5, true, { formula: '=C2*2', value: null }],
      ['Петров Пётр', null, 3, false, null],
    ]);
  });

  it('writes text that looks like a formula, number, date or boolean as text and reads it back unchanged', () => {
    workbook.ensureSheet('Ответы');
    const tricky = [
      '=HYPERLINK("http://evil","x")',
      '+7 916 123-45-67',
      '-5 баллов',
      '@ivanova',
      "'в кавычке",
      '007',
      '01.09.2024',
      'TRUE',
      '12,5',
      'обычный текст',
    ];
    workbook.writeBlock('Ответы', { row: 1, col: 1, values: tricky.map((text) => [text]) });
    const read = workbook.readSheet('Ответы');
    expect(read?.map((row) => row[0])).toEqual(tricky);
    expect(fakes.spreadsheet.sheet('Ответы')?.cells.every((row) => row[0].formula === '')).toBe(true);
  });

  it('property: any text written reads back unchanged, in general and in plain-text cells', () => {
    const tricky = fc.constantFrom(
      '=',
      '+',
      '-',
      '@',
      "'",
      '0',
      '007',
      '1.5',
      '01.09.2024',
      'TRUE',
      'false',
      ' ',
      '=A1',
      '(1)',
    );
    const text = fc
      .tuple(fc.array(tricky, { maxLength: 3 }), fc.string({ maxLength: 8 }))
      .map(([parts, rest]) => parts.join('') + rest)
      .filter((t) => t !== '');
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 12 }), fc.boolean(), (texts, plainText) => {
        const local = createFakeServices();
        const sheet = local.spreadsheet.addSheet('Ответы');
        if (plainText) sheet.getRange(1, 1, texts.length, 1).setNumberFormats(texts.map(() => ['@']));
        const port = new SheetsWorkbook(
          local.spreadsheet,
          local.services,
          new DocumentPropertiesStore(local.properties),
        );
        port.writeBlock('Ответы', { row: 1, col: 1, values: texts.map((t) => [t]) });
        expect(port.readSheet('Ответы')?.map((row) => row[0])).toEqual(texts);
      }),
      { numRuns: 300 },
    );
  });

  it('the fake really parses unguarded input (so the previous test can fail)', () => {
    const sheet = fakes.spreadsheet.addSheet('Сырой');
    sheet.getRange(1, 1, 4, 1).setValues([['=1+1'], ['007'], ['+7 916'], ["'=1+1"]]);
    expect(sheet.cell(1, 1).formula).toBe('=1+1');
    expect(sheet.cell(2, 1).value).toBe(7);
    expect(sheet.cell(3, 1).value).toBe('#ERROR!');
    expect(sheet.cell(4, 1)).toMatchObject({ value: '=1+1', formula: '' });
  });

  it('reads a formula cell with the value Sheets computed for it', () => {
    fakes.spreadsheet.addSheet('Наставляемые', [
      ['ФИО', 'Возраст'],
      ['Оля', '=2026-2012'],
    ]);
    const cell = fakes.spreadsheet.sheet('Наставляемые')?.cell(2, 2);
    if (cell) cell.value = 14;
    expect(workbook.readSheet('Наставляемые')?.[1][1]).toEqual({ formula: '=2026-2012', value: 14 });
  });

  it('keeps user formulas when a read grid is written back', () => {
    fakes.spreadsheet.addSheet('Наставники', [
      ['ФИО', 'Стаж', 'Стаж×2'],
      ['Иванова', 4, '=B2*2'],
    ]);
    const grid = workbook.readSheet('Наставники') as Grid;
    expect(grid[1][2]).toEqual({ formula: '=B2*2', value: null });
    workbook.writeBlock('Наставники', { row: 1, col: 1, values: grid });
    expect(fakes.spreadsheet.sheet('Наставники')?.cell(2, 3).formula).toBe('=B2*2');
  });

  it('reads a sheet with one getDataRange, one getValues and one getFormulas; a missing sheet is null', () => {
    fakes.spreadsheet.addSheet('Big', [['A'], ...Array.from({ length: 3000 }, (_, i) => [`v${i}`])]);
    fakes.calls.reset();
    expect(workbook.readSheet('Big')).toHaveLength(3001);
    expect(fakes.calls.byName()).toEqual({
      'Range.getFormulas': 1,
      'Range.getValues': 1,
      'Sheet.getDataRange': 1,
      'Spreadsheet.getSheetByName': 1,
    });
    expect(workbook.readSheet('Нет такого')).toBeNull();
  });

  it('writes values and every per-cell format with one call each, growing the sheet when needed', () => {
    workbook.ensureSheet('Лист');
    const rows = 1500;
    fakes.calls.reset();
    workbook.writeBlock('Лист', {
      row: 2,
      col: 1,
      values: Array.from({ length: rows }, (_, i) => [`Имя ${i}`, i]),
      backgrounds: Array.from({ length: rows }, () => ['#fff2cc', null]),
      fontWeights: Array.from({ length: rows }, () => ['bold', null]),
      numberFormats: Array.from({ length: rows }, () => ['@', '0']),
      notes: Array.from({ length: rows }, (_, i) => [i === 0 ? 'Первая' : null, null]),
      wrap: true,
    });
    const counts = fakes.calls.byName();
    for (const method of ['setValues', 'setBackgrounds', 'setFontWeights', 'setNumberFormats', 'setNotes', 'setWrap']) {
      expect(counts[`Range.${method}`]).toBe(1);
    }
    expect(counts['Sheet.insertRowsAfter']).toBe(1);
    const sheet = fakes.spreadsheet.sheet('Лист');
    expect(sheet?.maxRows).toBe(rows + 1);
    expect(sheet?.cell(2, 1)).toMatchObject({
      value: 'Имя 0',
      background: '#fff2cc',
      fontWeight: 'bold',
      numberFormat: '@',
      note: 'Первая',
    });
    expect(sheet?.cell(1501, 2)).toMatchObject({ value: 1499, numberFormat: '0' });
  });

  it('writes a block of 200 000 rows (no argument spreading over rows)', () => {
    workbook.ensureSheet('Ответы');
    const rows = Array.from({ length: 200_000 }, (_, i) => [i]);
    workbook.writeBlock('Ответы', { row: 1, col: 1, values: rows });
    expect(fakes.spreadsheet.sheet('Ответы')?.cell(200_000, 1).value).toBe(199_999);
  });

  it('does not put an apostrophe into plain-text cells, where Sheets would keep it', () => {
    const sheet = fakes.spreadsheet.addSheet('Коды');
    sheet.getRange(2, 1, 3, 1).setNumberFormats([['@'], ['@'], ['@']]);
    workbook.writeBlock('Коды', { row: 1, col: 1, values: [['ID'], ['007'], ['=1+1'], ['-5']] });
    workbook.writeBlock('Коды', { row: 1, col: 2, values: [['+7 916'], ['0012']], numberFormats: [[null], ['@']] });
    expect(workbook.readSheet('Коды')).toEqual([
      ['ID', '+7 916'],
      ['007', '0012'],
      ['=1+1', null],
      ['-5', null],
    ]);
  });

  it('never writes a format back to cells the block gives none (Sheets reports automatic as 0.###############)', () => {
    const sheet = fakes.spreadsheet.addSheet('Сводка', [
      ['Пары', 21],
      ['Доля', 0.5],
      ['Дата', ''],
    ]);
    sheet.cell(3, 2).numberFormat = 'dd.mm.yyyy';
    fakes.calls.reset();
    workbook.writeBlock('Сводка', {
      row: 1,
      col: 1,
      values: [
        ['Пары', 22],
        ['Доля', 0.6],
        ['Дата', null],
      ],
      numberFormats: [
        [null, '0'],
        [null, '0%'],
        [null, null],
      ],
    });
    expect(sheet.cell(1, 1).numberFormat).toBe('');
    expect(sheet.cell(2, 1).numberFormat).toBe('');
    expect([sheet.cell(1, 2).numberFormat, sheet.cell(2, 2).numberFormat]).toEqual(['0', '0%']);
    expect(sheet.cell(3, 2).numberFormat).toBe('dd.mm.yyyy');
    expect(fakes.calls.count('Range.setNumberFormats')).toBe(0);
    expect(fakes.calls.count('RangeList.setNumberFormat')).toBe(2);
  });

  it('pads ragged rows and writes nothing for an empty block', () => {
    workbook.ensureSheet('Лист');
    workbook.writeBlock('Лист', { row: 1, col: 1, values: [['a', 'b', 'c'], ['d']] });
    expect(workbook.readSheet('Лист')).toEqual([
      ['a', 'b', 'c'],
      ['d', null, null],
    ]);
    fakes.calls.reset();
    workbook.writeBlock('Лист', { row: 1, col: 1, values: [] });
    expect(fakes.calls.count()).toBe(0);
  });

  it('clears the contents of rows but keeps their formats', () => {
    const sheet = fakes.spreadsheet.addSheet('Проблемы', [['Лист'], ['a'], ['b'], ['c']]);
    sheet.cell(3, 1).background = '#f4cccc';
    workbook.clearRows('Проблемы', 3, 10);
    expect(workbook.readSheet('Проблемы')).toEqual([['Лист'], ['a']]);
    expect(sheet.cell(3, 1).background).toBe('#f4cccc');
  });

  it('reads an empty sheet as no rows', () => {
    workbook.ensureSheet('Пустой');
    expect(workbook.readSheet('Пустой')).toEqual([]);
  });

  it('lists sheet names and creates missing sheets once', () => {
    expect(workbook.ensureSheet('Наставники')).toBe(true);
    expect(workbook.ensureSheet('Наставники')).toBe(false);
    expect(workbook.sheetNames()).toEqual(['Наставники']);
  });
});

describe('SheetsWorkbook.formatSheet', () => {
  beforeEach(() => {
    fakes.spreadsheet.addSheet('Справочники', [['Формы наставничества'], ['учитель — учитель'], ['студент — ученик']]);
    const base = fakes.spreadsheet.addSheet('Наставники', [['ФИО', 'Дата рождения', 'Стаж', 'Форма', 'Моя колонка']]);
    base.cell(1, 5).note = 'заметка пользователя';
  });

  const format = {
    frozenRows: 1,
    frozenColumns: 1,
    headerBold: true,
    headerBackground: '#d9ead3',
    headerWrap: true,
    tabColor: '#6aa84f',
    columns: [
      { col: 1, width: 220, note: 'Фамилия Имя Отчество', numberFormat: '@' },
      { col: 2, note: 'дд.мм.гггг', numberFormat: 'dd.mm.yyyy', validation: { kind: 'date' as const } },
      { col: 3, note: 'Полных лет', numberFormat: '0', validation: { kind: 'number' as const, min: 0, max: 60 } },
      {
        col: 4,
        note: 'Из справочника',
        numberFormat: '@',
        validation: { kind: 'range' as const, sheet: 'Справочники', col: 1, firstRow: 2, lastRow: 201 },
      },
    ],
  };

  it('freezes, styles the header, writes all notes at once and keeps the user’s note', () => {
    workbook.formatSheet('Наставники', format);
    const sheet = fakes.spreadsheet.sheet('Наставники');
    expect(sheet?.frozenRows).toBe(1);
    expect(sheet?.frozenColumns).toBe(1);
    expect(sheet?.tabColor).toBe('#6aa84f');
    expect(sheet?.cell(1, 3)).toMatchObject({
      fontWeight: 'bold',
      background: '#d9ead3',
      wrap: true,
      note: 'Полных лет',
    });
    expect(sheet?.cell(1, 5).note).toBe('заметка пользователя');
    expect(sheet?.columnWidths.get(1)).toBe(220);
    expect(fakes.calls.count('Range.setNotes')).toBe(1);
  });

  it('formats and validates the data rows, never the header', () => {
    workbook.formatSheet('Наставники', format);
    const sheet = fakes.spreadsheet.sheet('Наставники');
    expect(sheet?.cell(2, 2).numberFormat).toBe('dd.mm.yyyy');
    expect(sheet?.cell(1000, 1).numberFormat).toBe('@');
    expect(sheet?.cell(1, 2).numberFormat).toBe('');
    expect(sheet?.ruleAt(1, 4)).toBeNull();
    expect(sheet?.ruleAt(2, 2)).toMatchObject({ kind: 'date', allowInvalid: true });
    expect(sheet?.ruleAt(500, 3)).toMatchObject({ kind: 'between', min: 0, max: 60 });
    expect(sheet?.ruleAt(1000, 4)).toMatchObject({ kind: 'range', source: 'Справочники!A2:A201', allowInvalid: true });
    // One range list per distinct number format, not one call per row or column.
    expect(fakes.calls.count('RangeList.setNumberFormat')).toBe(3);
  });

  it('builds list and strict rules as asked', () => {
    workbook.formatSheet('Наставники', {
      columns: [{ col: 5, validation: { kind: 'list', values: ['да', 'нет'], strict: true } }],
    });
    expect(fakes.spreadsheet.sheet('Наставники')?.ruleAt(2, 5)).toMatchObject({
      kind: 'list',
      values: ['да', 'нет'],
      allowInvalid: false,
    });
  });

  it('costs the same number of calls for 10 and for 5 000 rows', () => {
    const callsFor = (rows: number) => {
      const local = createFakeServices();
      local.spreadsheet.addSheet('Справочники', [['Формы'], ['a']]);
      local.spreadsheet.addSheet('Наставники', [
        ['ФИО', 'Дата', 'Стаж', 'Форма'],
        ...Array.from({ length: rows }, (_, i) => [`Имя ${i}`, '01.09.2020', i % 40, 'a']),
      ]);
      const port = new SheetsWorkbook(local.spreadsheet, local.services, new DocumentPropertiesStore(local.properties));
      local.calls.reset();
      port.formatSheet('Наставники', format);
      return local.calls.byName();
    };
    expect(callsFor(5000)).toEqual(callsFor(10));
  });
});

describe('SheetsWorkbook.upsertChart', () => {
  it('inserts a chart once and replaces it when regenerated', () => {
    fakes.spreadsheet.addSheet('Сводка', [
      ['Показатель', 'План', 'Факт'],
      ['Пары', 10, 7],
    ]);
    const chart = {
      id: 'plan-fact',
      title: 'План и факт',
      kind: 'column' as const,
      categoryTitle: 'Показатель',
      categories: ['Пары'],
      series: [
        { name: 'План', values: [10] },
        { name: 'Факт', values: [7] },
      ],
      unit: 'count' as const,
    };
    const spec = { chart, range: { row: 1, col: 1, rows: 2, cols: 3 }, anchor: { row: 5, col: 1 } };
    expect(workbook.upsertChart('Сводка', spec)).toBe(true);
    workbook.upsertChart('Сводка', { ...spec, chart: { ...chart, kind: 'bar' }, anchor: { row: 8, col: 2 } });
    const charts = fakes.spreadsheet.sheet('Сводка')?.charts ?? [];
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({ type: 'BAR', ranges: ['A1:C2'], position: [8, 2] });
    expect(charts[0].options.get('title')).toBe('План и факт');
  });
});

describe('SheetsWorkbook.removeChart', () => {
  it('removes our chart whose data is gone and leaves the user’s chart on the same sheet', () => {
    fakes.spreadsheet.addSheet('Показатели', [
      ['Показатель', 'План', 'Факт'],
      ['П-03', 100, 90],
    ]);
    const sheet = fakes.spreadsheet.sheet('Показатели');
    if (!sheet) throw new Error('no sheet');
    const chart = {
      id: 'nastavnik-plan-fact',
      title: 'План и факт',
      kind: 'bar' as const,
      categoryTitle: 'Показатель',
      categories: ['П-03'],
      series: [
        { name: 'План', values: [100] },
        { name: 'Факт', values: [90] },
      ],
      unit: '%' as const,
    };
    // the user's own chart, drawn by hand before ours
    sheet.insertChart(
      sheet
        .newChart()
        .addRange(sheet.getRange(1, 1, 2, 3))
        .setOption('title', 'Мой график')
        .build(),
    );
    const users = sheet.charts[0];
    workbook.upsertChart('Показатели', {
      chart,
      range: { row: 1, col: 1, rows: 2, cols: 3 },
      anchor: { row: 5, col: 1 },
    });
    expect(sheet.charts).toHaveLength(2);

    workbook.removeChart('Показатели', chart.id);
    expect(sheet.charts).toEqual([users]);
    // removing again (next run, still no data) touches nothing
    workbook.removeChart('Показатели', chart.id);
    expect(sheet.charts).toEqual([users]);
    // the data is back: ours is drawn anew, once
    workbook.upsertChart('Показатели', {
      chart,
      range: { row: 1, col: 1, rows: 2, cols: 3 },
      anchor: { row: 5, col: 1 },
    });
    expect(sheet.charts).toHaveLength(2);
    expect(sheet.charts[0]).toBe(users);
  });
});

describe('SheetsWorkbook status colours (conditional formatting)', () => {
  const format = {
    columns: [{ col: 2, valueColours: [{ value: 'выполнено', background: '#d9ead3' }] }],
  };

  it('colours a status by its value, keeps the user’s own rules, and a re-run does not duplicate', () => {
    fakes.spreadsheet.addSheet('Дорожная карта', [
      ['Мероприятие', 'Статус'],
      ['Приказ', 'выполнено'],
    ]);
    const sheet = fakes.spreadsheet.sheet('Дорожная карта');
    if (!sheet) throw new Error('no sheet');
    const users = fakes.services.spreadsheetApp
      .newConditionalFormatRule()
      .whenTextEqualTo('срочно')
      .setBackground('#ff0000')
      .setRanges([sheet.getRange(2, 1, 10, 1)])
      .build();
    sheet.setConditionalFormatRules([users]);

    workbook.formatSheet('Дорожная карта', format);
    workbook.formatSheet('Дорожная карта', format);

    const rules = sheet.conditionalRules;
    expect(rules).toHaveLength(2);
    expect(rules[0]).toBe(users);
    expect(rules[1]).toMatchObject({ text: 'выполнено', background: '#d9ead3' });
    expect(rules[1].a1()).toEqual([`B2:B${sheet.getMaxRows()}`]);
  });

  it('reads and writes the rules once, whatever the number of rows', () => {
    const callsFor = (rows: number) => {
      fakes = createFakeServices();
      workbook = new SheetsWorkbook(fakes.spreadsheet, fakes.services, new DocumentPropertiesStore(fakes.properties));
      fakes.spreadsheet.addSheet('Дорожная карта', [
        ['Мероприятие', 'Статус'],
        ...Array.from({ length: rows }, () => ['x', 'выполнено']),
      ]);
      fakes.calls.reset();
      workbook.formatSheet('Дорожная карта', format);
      return (
        fakes.calls.count('Sheet.setConditionalFormatRules') + fakes.calls.count('Sheet.getConditionalFormatRules')
      );
    };
    expect(callsFor(5)).toBe(2);
    expect(callsFor(5000)).toBe(2);
  });
});
