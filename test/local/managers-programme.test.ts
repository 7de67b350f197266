/**
 * A district programme for heads and deputies, offline end to end: newly appointed deputies (by
 * the appointment date) with long teaching experience — or short, which alone would make young
 * specialists — get the role model for newly appointed deputies, and «Показатели» counts them in
 * П-14, not in the young specialists' П-03.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Cell, cellText, type Grid } from '../../src/core/cell';
import { main } from '../../src/local/cli/main';
import { XlsxWorkbook } from '../../src/local/xlsx-workbook';

const quiet = { out: () => {}, err: () => {} };
const FORM = 'руководитель – заместитель';
const CONSENT = new Date(2026, 8, 1);

function rowsFor(header: readonly Cell[], records: Record<string, Cell>[]): Cell[][] {
  const titles = header.map((cell) => cellText(cell));
  for (const record of records)
    for (const key of Object.keys(record)) if (!titles.includes(key)) throw new Error(`no column «${key}»`);
  return records.map((record) => titles.map((title) => record[title] ?? null));
}

const column = (grid: Grid, title: string) => {
  const i = grid[0].findIndex((cell) => cellText(cell) === title);
  return grid.slice(1).map((row) => row[i] ?? null);
};

describe('a programme for heads and deputies', () => {
  it('newly appointed deputies are managers: role model, П-14, and not young specialists', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nastavnik-managers-'));
    const file = join(dir, 'district.xlsx');
    expect(await main(['init', file, '--quiet'], quiet)).toBe(0);
    let book = await XlsxWorkbook.open(file);
    const mentorHeader = (book.readSheet('Наставники') as Grid)[0];
    const menteeHeader = (book.readSheet('Наставляемые') as Grid)[0];
    const mentors = [1, 2, 3, 4].map((i) => ({
      ФИО: `Директоров Иван ${['Ильич', 'Петрович', 'Сергеевич', 'Олегович'][i - 1]}`,
      Категория: 'управленческий кадр',
      Организация: `СОШ № ${i}`,
      'Должность / класс': 'директор',
      'Стаж (лет)': 25,
      'Дата назначения на должность': new Date(2012, 8, 1),
      Компетенции: 'управленческие навыки; документация и ФГОС',
      'Формы наставничества': FORM,
      'Согласие на обработку ПДн (дата)': CONSENT,
    }));
    const mentees = [1, 2, 3, 4].map((i) => ({
      ФИО: `Замов Пётр ${['Ильич', 'Петрович', 'Сергеевич', 'Олегович'][i - 1]}`,
      Категория: 'педагог',
      Организация: `СОШ № ${i}`,
      'Должность / класс': 'заместитель директора по УВР',
      // the last one taught two years only, at 30: without «Дата назначения» a young specialist
      'Стаж (лет)': i === 4 ? 2 : 20,
      Возраст: i === 4 ? 30 : 45,
      'Дата назначения на должность': new Date(2026, 0, 10 + i),
      'Дефициты / запрос': 'управленческие навыки; документация и ФГОС',
      'Желаемая форма': FORM,
      'Согласие на обработку ПДн (дата)': CONSENT,
    }));
    book.writeBlock('Наставники', { row: 2, col: 1, values: rowsFor(mentorHeader, mentors) });
    book.writeBlock('Наставляемые', { row: 2, col: 1, values: rowsFor(menteeHeader, mentees) });
    await book.save(file);

    expect(await main(['pair', file, '--quiet'], quiet)).toBe(0);
    book = await XlsxWorkbook.open(file);
    const draft = book.readSheet('Пары (черновик)') as Grid;
    expect(draft.length - 1).toBe(4);
    expect(new Set(column(draft, 'Ролевая модель'))).toEqual(
      new Set(['опытный заместитель – вновь назначенный заместитель']),
    );
    for (const reason of column(draft, 'Почему эта модель')) expect(cellText(reason)).toContain('назначен');
    const decision = draft[0].findIndex((cell) => cellText(cell) === 'Решение');
    book.writeBlock('Пары (черновик)', { row: 2, col: decision + 1, values: draft.slice(1).map(() => ['принять']) });
    await book.save(file);
    expect(await main(['approve', file, '--quiet'], quiet)).toBe(0);

    expect(await main(['indicators', file, '--quiet'], quiet)).toBe(0);
    book = await XlsxWorkbook.open(file);
    const table = book.readSheet('Показатели') as Grid;
    const at = (code: string, title: string) => table.find((row) => row[0] === code)?.[table[0].indexOf(title)];
    expect(at('П-14', 'Факт')).toBe(100);
    expect(cellText(at('П-14', 'Источник') ?? null)).toContain('4 из 4 вновь назначенных');
    expect(at('П-03', 'Статус')).toBe('нет данных');
    expect(cellText(at('П-03', 'Источник') ?? null)).toContain('нет молодых специалистов');
  });
});
