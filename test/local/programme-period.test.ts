import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type Cell, cellText, formatRuDate } from '../../src/core/cell';
import { main } from '../../src/local/cli/main';
import { XlsxWorkbook } from '../../src/local/xlsx-workbook';

/**
 * The two programmes of issue 13, configured in the sheet alone (as a methodist would, in Excel):
 * a three-year district platform of heads and deputies (2023–2025) and a calendar-year network
 * project (January–December 2023). The roadmap is read back from the saved .xlsx.
 */

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([...argv, '--quiet'], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const TEMPLATE_HEADER = [
  'Шаблон',
  'Код',
  'Этап',
  'Мероприятие',
  'Содержание',
  'Начало (дд.мм)',
  'Окончание (дд.мм)',
  'Ответственный (роли)',
  'Результат / вид документа',
  'Формы наставничества',
  'Год программы',
  'Повтор',
];

interface TemplateLine {
  code: string;
  stage: string;
  event: string;
  start: string;
  end: string;
  years?: string;
  repeat?: string;
}

/** Types into the book what the methodist types: «Настройки» values by key, template rows at the end. */
async function configure(path: string, settings: Record<string, string>, template: string, lines: TemplateLine[]) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet('Настройки');
  if (!sheet) throw new Error('no «Настройки»');
  const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const keyCol = header.indexOf('Ключ');
  const valueCol = header.indexOf('Значение');
  sheet.eachRow((row) => {
    const key = String(row.getCell(keyCol).value ?? '');
    if (key in settings) row.getCell(valueCol).value = settings[key];
  });
  const templates = book.getWorksheet('Шаблоны дорожной карты');
  if (!templates) throw new Error('no templates sheet');
  expect((templates.getRow(1).values as unknown[]).slice(1)).toEqual(TEMPLATE_HEADER);
  for (const line of lines) {
    const cells: Record<string, string> = {
      Шаблон: template,
      Код: line.code,
      Этап: line.stage,
      Мероприятие: line.event,
      'Начало (дд.мм)': line.start,
      'Окончание (дд.мм)': line.end,
      'Ответственный (роли)': 'куратор',
      'Год программы': line.years ?? '',
      Повтор: line.repeat ?? '',
    };
    templates.addRow(TEMPLATE_HEADER.map((h) => cells[h] ?? ''));
  }
  await book.xlsx.writeFile(path);
}

async function roadmapRows(path: string): Promise<{ header: string[]; rows: Record<string, Cell>[] }> {
  const grid = (await XlsxWorkbook.open(path)).readSheet('Дорожная карта') ?? [];
  const header = grid[0].map(cellText);
  return { header, rows: grid.slice(1).map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]]))) };
}

/** Which month columns of a row are filled, as «x» and «.». */
async function bars(path: string, code: string, months: number): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet('Дорожная карта');
  if (!sheet) throw new Error('no roadmap');
  const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const first = header.indexOf('Ссылка на документ') + 1;
  let found = '';
  sheet.eachRow((row) => {
    if (row.getCell(header.indexOf('Код')).value !== code) return;
    for (let c = first; c < first + months; c++) {
      const fill = row.getCell(c).fill as ExcelJS.FillPattern | undefined;
      found += fill?.fgColor?.argb ? 'x' : '.';
    }
  });
  return found;
}

const day = (cell: Cell) => (cell instanceof Date ? formatRuDate(cell) : cellText(cell));

describe('a three-year district programme (2023–2025), configured in the sheet', () => {
  it('builds one roadmap over three years: stages by year, an event of a year, quarterly seminars, no repeats', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nastavnik-period-'));
    const path = join(dir, 'район.xlsx');
    expect((await cli('init', path)).code).toBe(0);
    expect((await cli('roadmap', path)).code).toBe(0); // seeds «Шаблоны дорожной карты»
    await configure(
      path,
      { programStart: '2023', programEnd: '2025', roadmapTemplate: 'Площадка руководителей' },
      'Площадка руководителей',
      [
        {
          code: 'Р1',
          stage: '1. Подготовительный этап',
          event: 'Приказ о создании площадки',
          start: '15.01',
          end: '31.01',
          years: '1',
        },
        {
          code: 'Р2',
          stage: '2. Основной этап',
          event: 'Проектная сессия команд',
          start: '01.12.2023',
          end: '01.12.2024',
        },
        {
          code: 'Р3',
          stage: '2. Основной этап',
          event: 'Семинар заместителей',
          start: '10.03',
          end: '10.11',
          years: '1–2',
          repeat: 'ежеквартально',
        },
        { code: 'Р4', stage: '2. Основной этап', event: 'Отчёт площадки', start: '20.12', end: '25.12' },
        {
          code: 'Р5',
          stage: '3. Обобщающий этап',
          event: 'Итоговая конференция',
          start: '01.11',
          end: '30.11',
          years: '3',
        },
      ],
    );

    const run = await cli('roadmap', path);
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      'Шаблон «Площадка руководителей», программа на 2023–2025 годы (лет программы: 3): 12 мероприятий',
    );
    const { header, rows } = await roadmapRows(path);
    const months = header.filter((h) => /^[а-я]{3} \d{4}$/.test(h));
    expect(months).toHaveLength(36);
    expect([months[0], months[11], months[12], months[35]]).toEqual(['янв 2023', 'дек 2023', 'янв 2024', 'дек 2025']);
    expect(
      rows.map(
        (r) =>
          `${cellText(r['Этап']).slice(0, 2)} ${cellText(r['Мероприятие'])} ${day(r['Начало'])}–${day(r['Окончание'])}`,
      ),
    ).toEqual([
      '1. Приказ о создании площадки 15.01.2023–31.01.2023',
      '2. Семинар заместителей 10.03.2023–10.03.2023',
      '2. Семинар заместителей 10.06.2023–10.06.2023',
      '2. Семинар заместителей 10.09.2023–10.09.2023',
      '2. Проектная сессия команд 01.12.2023–01.12.2024',
      '2. Отчёт площадки 20.12.2023–25.12.2023',
      '2. Семинар заместителей 10.03.2024–10.03.2024',
      '2. Семинар заместителей 10.06.2024–10.06.2024',
      '2. Семинар заместителей 10.09.2024–10.09.2024',
      '2. Отчёт площадки 20.12.2024–25.12.2024',
      '2. Отчёт площадки 20.12.2025–25.12.2025',
      '3. Итоговая конференция 01.11.2025–30.11.2025',
    ]);
    const codes = rows.map((r) => cellText(r['Код']));
    expect(new Set(codes).size).toBe(codes.length);
    expect(rows.map((r) => r['№'])).toEqual(rows.map((_, i) => i + 1));
    // the year-long session is drawn from December 2023 to December 2024 in the saved file
    expect(await bars(path, '2023-Р2', 36)).toBe(`${'.'.repeat(11)}${'x'.repeat(13)}${'.'.repeat(12)}`);
    expect(await bars(path, '2025-Р5', 36)).toBe(`${'.'.repeat(34)}x.`);

    // `--year` contradicts the period of «Настройки»: refused, non-zero, the book untouched
    const before = readFileSync(path);
    const refused = await cli('roadmap', path, '--year', '2024');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('Сроки программы заданы в «Настройках» (2023–2025 годы)');
    expect(readFileSync(path).equals(before)).toBe(true);

    // the indicators plan for the programme's years
    expect((await cli('indicators', path)).code).toBe(0);
    const indicators = (await XlsxWorkbook.open(path)).readSheet('Показатели') ?? [];
    expect(indicators[0].map(cellText).filter((h) => h.startsWith('План'))).toEqual([
      'План 2023',
      'План 2024',
      'План 2025',
    ]);
  });
});

describe('a calendar-year network project (January–December 2023), configured in the sheet', () => {
  it('puts every month in 2023 and lists the monthly meetings in one row when «Настройки» say so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nastavnik-period-'));
    const path = join(dir, 'сеть.xlsx');
    expect((await cli('init', path)).code).toBe(0);
    expect((await cli('roadmap', path)).code).toBe(0);
    await configure(
      path,
      {
        programStart: '01.01.2023',
        programEnd: '31.12.2023',
        roadmapTemplate: 'Сетевой проект',
        roadmapRepeat: 'одна строка со списком дат',
      },
      'Сетевой проект',
      [
        { code: 'С1', stage: '1. Старт проекта', event: 'Установочный семинар', start: '20.01', end: '31.01' },
        {
          code: 'С2',
          stage: '2. Работа пар',
          event: 'Встречи пар',
          start: '15.02',
          end: '15.11',
          repeat: 'ежемесячно',
        },
        {
          code: 'С3',
          stage: '2. Работа пар',
          event: 'Методический день',
          start: '01.03',
          end: '31.12',
          repeat: 'ежеквартально; по строкам',
        },
        { code: 'С4', stage: '3. Итоги', event: 'Итоговая конференция', start: '10.12', end: '20.12' },
      ],
    );
    const run = await cli('roadmap', path);
    expect(run.code).toBe(0);
    expect(run.out).toContain('программа на 2023 год (один год)');
    const { header, rows } = await roadmapRows(path);
    expect(header.slice(header.indexOf('Ссылка на документ') + 1, header.indexOf('Код'))).toEqual([
      'янв',
      'фев',
      'мар',
      'апр',
      'май',
      'июн',
      'июл',
      'авг',
      'сен',
      'окт',
      'ноя',
      'дек',
    ]);
    expect(rows.map((r) => `${cellText(r['Мероприятие'])} ${day(r['Начало'])}–${day(r['Окончание'])}`)).toEqual([
      'Установочный семинар 20.01.2023–31.01.2023',
      'Встречи пар 15.02.2023–15.11.2023',
      'Методический день 01.03.2023–01.03.2023',
      'Методический день 01.06.2023–01.06.2023',
      'Методический день 01.09.2023–01.09.2023',
      'Методический день 01.12.2023–01.12.2023',
      'Итоговая конференция 10.12.2023–20.12.2023',
    ]);
    const meetings = rows.find((r) => r['Мероприятие'] === 'Встречи пар');
    expect(cellText(meetings?.['Содержание'] ?? null)).toBe(
      'Даты: 15.02.2023, 15.03.2023, 15.04.2023, 15.05.2023, 15.06.2023, 15.07.2023, 15.08.2023, 15.09.2023, 15.10.2023, 15.11.2023',
    );
    expect(await bars(path, '2023-С2', 12)).toBe('.xxxxxxxxxx.');
    expect(await bars(path, '2023-С3/2023-06', 12)).toBe('.....x......');

    // a period that makes no sense: the problem names «Настройки», its row and column; one academic year is built
    await configure(path, { programStart: '01.09.2023', programEnd: '31.05.2022' }, 'Сетевой проект', []);
    expect((await cli('roadmap', path)).code).toBe(0);
    const book = await XlsxWorkbook.open(path);
    const problems = book.readSheet('Проблемы') ?? [];
    const ph = problems[0].map(cellText);
    const line = problems.find((row) => cellText(row[ph.indexOf('Лист')]) === 'Настройки');
    const settings = book.readSheet('Настройки') ?? [];
    const endRow = settings.findIndex((row) => row.includes('programEnd')) + 1;
    expect(line && [line[ph.indexOf('Строка')], cellText(line[ph.indexOf('Столбец')])]).toEqual([endRow, 'Значение']);
    expect(cellText(line?.[ph.indexOf('Что не так и как исправить')] ?? null)).toContain('раньше её начала');
    const after = await roadmapRows(path);
    expect(
      after.header.slice(
        after.header.indexOf('Ссылка на документ') + 1,
        after.header.indexOf('Ссылка на документ') + 3,
      ),
    ).toEqual(['авг', 'сен']);
  });
});
