/**
 * End to end offline: a curator opens the .xlsx in a spreadsheet program (here: ExcelJS directly,
 * not our adapter), types own rules on «Правила показателей» and a newly appointed deputy in the
 * mentee base; `nastavnik indicators` computes them; the file read back shows the facts on
 * «Показатели» and the unreadable rule on «Проблемы».
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/local/cli/main';

const quiet = { out: () => {}, err: () => {} };

async function open(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

function rows(sheet: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    out[n - 1] = (row.values as unknown[]).slice(1);
  });
  return out.map((row) => row ?? []);
}

function column(header: unknown[], title: string): number {
  const i = header.indexOf(title);
  if (i < 0) throw new Error(`no column ${title}`);
  return i;
}

describe('nastavnik indicators with the curator’s rules', () => {
  it('computes a rule row typed in the .xlsx and names the unreadable one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nastavnik-rules-'));
    const file = join(dir, 'district.xlsx');
    expect(
      await main(['generate', file, '--participants', '90', '--organizations', '3', '--seed', '7', '--quiet'], quiet),
    ).toBe(0);
    expect(await main(['indicators', file, '--quiet'], quiet)).toBe(0);

    const book = await open(file);
    const rules = book.getWorksheet('Правила показателей') as ExcelJS.Worksheet;
    expect(rules.getRow(1).getCell(4).value).toBe('Считать в числителе');
    rules.addRow([
      'Д-01',
      'Молодые специалисты с наставником',
      'Наставляемые',
      'молодой специалист; есть пара',
      'молодой специалист',
      100,
    ]);
    rules.addRow(['Д-02', 'ОО участвуют', 'Организации', 'есть участники', '', 20]);
    rules.addRow([
      'Д-03',
      'Вновь назначенные с наставником',
      'Наставляемые',
      'есть пара',
      'вновь назначенный руководитель',
      100,
    ]);
    rules.addRow(['Д-04', 'Опечатка', 'Наставляемые', 'категорея = педагог', '', null]);
    // a newly appointed deputy in the mentee base, whose teaching experience and age alone would make a young specialist
    const mentees = book.getWorksheet('Наставляемые') as ExcelJS.Worksheet;
    const header = rows(mentees)[0];
    const deputy = mentees.getRow(2);
    deputy.getCell(column(header, 'Должность / класс') + 1).value = 'заместитель директора по УВР';
    deputy.getCell(column(header, 'Категория') + 1).value = 'педагог';
    deputy.getCell(column(header, 'Стаж (лет)') + 1).value = 2;
    deputy.getCell(column(header, 'Возраст') + 1).value = 30;
    deputy.getCell(column(header, 'Дата назначения на должность') + 1).value = new Date(Date.UTC(2026, 0, 12));
    await book.xlsx.writeFile(file);

    expect(await main(['indicators', file, '--quiet'], quiet)).toBe(0);
    const after = await open(file);
    const table = rows(after.getWorksheet('Показатели') as ExcelJS.Worksheet);
    const head = table[0];
    const row = (code: string) => {
      const found = table.find((r) => r[0] === code);
      if (!found) throw new Error(`no row ${code} on «Показатели»`);
      return (title: string) => found[column(head, title)];
    };
    expect(row('Д-01')('Факт')).toBe(row('П-03')('Факт'));
    expect(typeof row('Д-01')('Факт')).toBe('number');
    expect(row('Д-01')('Ед. изм.')).toBe('%');
    expect(row('Д-02')('Факт')).toBe(3);
    expect(row('Д-02')('Статус')).toBe('не достигнут');
    expect(String(row('Д-03')('Источник'))).toContain('0 из 1 («Наставляемые»: нет строк)');
    expect(String(row('П-14')('Источник'))).toContain('все: «Наставляемые», строки 2)');
    // stage 2 and age 30 would make a young specialist: the deputy is a manager instead
    expect(String(row('П-03')('Источник'))).not.toMatch(/все: «Наставляемые», строки 2[,–)]/);
    expect(row('П-14')('Ед. изм.')).toBe('%');
    expect(row('Д-04')('Факт') ?? null).toBeNull();

    const problems = rows(after.getWorksheet('Проблемы') as ExcelJS.Worksheet).map((r) => r.join(' | '));
    const typo = problems.filter((p) => p.includes('Правила показателей'));
    expect(typo).toHaveLength(1);
    expect(typo[0]).toContain('| 5 |');
    expect(typo[0]).toContain('Считать в числителе');
    expect(typo[0]).toContain('похоже на «категория»');

    // the analytic report prints the same table: the curator's rule with its fact
    expect(await main(['docs', file, '--only', 'report', '--quiet'], quiet)).toBe(0);
    const folder = join(dir, 'district-документы');
    const report = readdirSync(folder).find((name) => name.startsWith('Аналитический отчёт'));
    const zip = await JSZip.loadAsync(readFileSync(join(folder, report as string)));
    const text = ((await zip.file('word/document.xml')?.async('string')) ?? '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\u00a0/g, ' ');
    expect(text).toContain('ОО участвуют');
    expect(text).toContain('Молодые специалисты с наставником');
  });
});
