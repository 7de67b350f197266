/**
 * The demo as its readers see it: every figure shown in two places (the workbook's «Сводка» and
 * «Показатели», the analytic report's DOCX) is the same, and no internal code reaches a user.
 * Reads the generated files back (ExcelJS, word/document.xml); never asks the model.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { cellText, type Grid } from '../../src/core/cell';
import { XlsxWorkbook } from '../../src/local/xlsx-workbook';

const ROOT = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'nastavnik-consistency-'));

const plain = (xml: string) =>
  xml
    .replace(/<w:tab\/>/g, ' ')
    .replace(/<\/w:p>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Paragraph texts of a DOCX; a table row is one line, its cells joined by « | ». */
async function docxLines(path: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const rows = xml.replace(
    /<w:tr(?=[ >])[\s\S]*?<\/w:tr>/g,
    (row) =>
      `<w:p>${row
        .split('</w:tc>')
        .slice(0, -1)
        .map((cell) => plain(cell).replaceAll('|', '¦'))
        .join(' | ')}</w:p>`,
  );
  return rows
    .split('</w:p>')
    .map((part) => plain(part))
    .filter((line) => line !== '');
}

/** A number as the report prints it (decimal comma, one digit at most). */
const ru = (value: number) => String(Math.round(value * 10) / 10).replace('.', ',');

function summaryValue(summary: Grid, label: string): string {
  const row = summary.find((r) => cellText(r[0]) === label);
  if (!row) throw new Error(`«Сводка» has no line «${label}»`);
  const cell = row[1];
  return typeof cell === 'number' ? ru(cell) : cellText(cell);
}

interface Book {
  name: string;
  sheets: Map<string, Grid>;
  report: string[];
  documents: Map<string, string[]>;
}

const books: Book[] = [];

beforeAll(async () => {
  execFileSync(process.execPath, [join(ROOT, 'bin/nastavnik.mjs'), 'demo', '--dir', dir, '--quiet'], {
    cwd: ROOT,
    stdio: 'ignore',
    timeout: 200_000,
  });
  for (const name of ['demo', 'municipality']) {
    const book = await XlsxWorkbook.open(join(dir, `${name}.xlsx`));
    const sheets = new Map(book.sheetNames().map((sheet) => [sheet, book.readSheet(sheet) ?? []]));
    const folder = join(dir, `${name}-документы`);
    const documents = new Map<string, string[]>();
    for (const file of readdirSync(folder)) documents.set(file, await docxLines(join(folder, file)));
    const reportFile = [...documents.keys()].find((file) => file.startsWith('Аналитический отчёт'));
    books.push({ name, sheets, report: documents.get(reportFile as string) ?? [], documents });
  }
}, 240_000);

describe.each(['demo', 'municipality'])('the demo «%s»: one truth in every figure', (name) => {
  const book = () => books.find((b) => b.name === name) as Book;
  const sheet = (title: string) => book().sheets.get(title) ?? [];
  const line = (start: string) => {
    const found = book().report.find((l) => l.startsWith(start));
    if (!found) throw new Error(`the report has no line starting «${start}»`);
    return found;
  };
  const indicator = (code: string) => {
    const grid = sheet('Показатели');
    const row = grid.find((r) => cellText(r[0]) === code) as Grid[number];
    const at = (header: string) => row[grid[0].findIndex((h) => cellText(h) === header)];
    return {
      name: cellText(at('Показатель')),
      fact: at('Факт'),
      status: cellText(at('Статус')),
      unit: cellText(at('Ед. изм.')),
    };
  };
  const shown = (cell: Grid[number][number], unit: string) =>
    typeof cell === 'number' ? (unit === '%' ? `${ru(cell)} %` : ru(cell)) : cellText(cell);

  it('participants: «Сводка» and the report agree', () => {
    const summary = sheet('Сводка');
    expect(line('Наставников:')).toBe(
      `Наставников: ${summaryValue(summary, 'Наставники')}, наставляемых: ${summaryValue(summary, 'Наставляемые')}.`,
    );
  });

  it('mentees without a pair: the report text, its table, П-05 and «Сводка» agree', () => {
    const p05 = indicator('П-05');
    const summary = summaryValue(sheet('Сводка'), 'Без пары, чел.');
    expect(shown(p05.fact, p05.unit)).toBe(summary);
    expect(line('Наставляемых без пары:')).toBe(`Наставляемых без пары: ${summary.replace(/\.$/, '')}.`);
    expect(book().report).toContain(`${p05.name} | чел. | 0 | ${summary} | ${p05.status}`);
  });

  it('every indicator: «Показатели» and the report table agree', () => {
    const grid = sheet('Показатели');
    const end = grid.findIndex((r) => cellText(r[0]) === 'Разрез по организациям');
    const codes = grid
      .slice(1, end)
      .map((r) => cellText(r[0]))
      .filter((code) => code !== '');
    expect(codes.length).toBeGreaterThanOrEqual(13);
    for (const code of codes) {
      const row = indicator(code);
      const reportRow = book().report.find((l) => l.startsWith(`${row.name} | ${row.unit} |`));
      expect(reportRow, code).toBeDefined();
      const cells = (reportRow as string).split(' | ');
      expect(cells[3] === '—' ? '' : cells[3], code).toBe(shown(row.fact, row.unit));
      expect(cells[4], code).toBe(row.status);
    }
  });

  it('pairs, satisfaction and the roadmap: «Сводка», «Показатели» and the report agree', () => {
    const summary = sheet('Сводка');
    expect(summaryValue(summary, 'Пары')).toBe(shown(indicator('П-06').fact, 'ед.'));
    expect(summaryValue(summary, 'Удовлетворённость (из 10)')).toBe(shown(indicator('П-09').fact, 'балл'));
    const roadmap = line('Дорожная карта:');
    expect(roadmap).toContain(`выполнено — ${summaryValue(summary, 'Выполнено')} (`);
    expect(roadmap).toContain(`просрочено — ${summaryValue(summary, 'Просрочено')},`);
    expect(Number(summaryValue(summary, 'Выполнено'))).toBeGreaterThan(0);
  });

  it('«без пары» is never a form of mentoring', () => {
    const dynamics = sheet('Динамика');
    expect(dynamics.some((r) => cellText(r[0]) === 'форма' && cellText(r[1]) === 'без пары')).toBe(false);
    const satisfaction = book().report.indexOf('Удовлетворённость участников (шкала 1–10)');
    expect(
      book()
        .report.slice(satisfaction, satisfaction + 12)
        .some((l) => l.startsWith('без пары')),
    ).toBe(false);
  });
});

/** Internal codes a user must never read. */
const INTERNAL = [
  /mentee-monitoring|mentor-monitoring|registration-ment|satisfaction разовая/,
  /effectiveness:/,
  /(teachers|pupils)Total(:|\b)/,
  /\(по умолчанию: (true|false)\)/,
  /^(true|false)$/i,
];
const DIRECTOR_SHEETS = ['Сводка', 'Показатели', 'SWOT', 'Дорожная карта'];

describe.each(['demo', 'municipality'])('the demo «%s»: no internal code reaches a user', (name) => {
  const book = () => books.find((b) => b.name === name) as Book;

  it.each(DIRECTOR_SHEETS)('sheet «%s»', (title) => {
    const texts = (book().sheets.get(title) ?? []).flat().map((cell) => cellText(cell));
    for (const pattern of INTERNAL)
      expect(
        texts.filter((t) => pattern.test(t)),
        String(pattern),
      ).toEqual([]);
  });

  it('every generated document', () => {
    for (const [file, lines] of book().documents)
      for (const pattern of INTERNAL)
        expect(
          lines.filter((l) => pattern.test(l)),
          `${file} ${pattern}`,
        ).toEqual([]);
  });
});
