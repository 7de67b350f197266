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
import { type Dashboard, readDashboard } from '../../src/core/usecases/dashboard';
import { demoLastDay } from '../../src/local/cli/demo-command';
import { localEnv } from '../../src/local/local-env';
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
  /** The side panel as the curator opens it on the demo's last day (read-only). */
  panel: Dashboard;
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
    const panel = readDashboard(localEnv(book, { clock: { now: () => demoLastDay(2026) } }));
    books.push({ name, sheets, report: documents.get(reportFile as string) ?? [], documents, panel });
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

  it('«Без пары» lists exactly the people П-05 counts, and as many as «Сводка» and the report say', () => {
    const unmatched = sheet('Без пары');
    const ids = unmatched
      .slice(1)
      .map((r) => cellText(r[unmatched[0].findIndex((h) => cellText(h) === 'ID наставляемого')]))
      .filter((id) => id !== '');
    expect(new Set(ids).size).toBe(ids.length);
    // П-05's «Источник» names the rows of «Наставляемые»: the same people, by id
    const grid = sheet('Показатели');
    const p05 = grid.find((r) => cellText(r[0]) === 'П-05') as Grid[number];
    const source = cellText(p05[grid[0].findIndex((h) => cellText(h) === 'Источник')]);
    const rows = rowsOf(source.match(/«Наставляемые», строк[аи] ([\d–, ]+)/)?.[1] ?? '');
    const mentees = sheet('Наставляемые');
    const idCol = mentees[0].findIndex((h) => cellText(h) === 'ID');
    expect(ids.sort()).toEqual(rows.map((row) => cellText(mentees[row - 1][idCol])).sort());
    const summary = summaryValue(sheet('Сводка'), 'Без пары, чел.');
    expect(summary).toBe(ids.length > 0 && ids.length < 3 ? 'менее 3 чел.' : String(ids.length));
    expect(line('Наставляемых без пары:')).toBe(`Наставляемых без пары: ${summary.replace(/\.$/, '')}.`);
  });

  it('SWOT prints the facts and plans of «Показатели» and the entry → exit of «Динамика»', () => {
    const entries = swotEntries(sheet('SWOT'));
    const grid = sheet('Показатели');
    const col = (header: string) => grid[0].findIndex((h) => cellText(h) === header);
    const judged = entries.filter((e) => e.text.startsWith('Показатель '));
    expect(judged.length).toBeGreaterThan(0);
    for (const entry of judged) {
      const [, verdict, name, fact, plan] = entry.text.match(
        /^Показатель (достигнут|не достигнут): (.+) — факт (.+) при плане (.+)$/,
      ) as RegExpMatchArray;
      const row = grid.find((r) => cellText(r[col('Показатель')]) === name) as Grid[number];
      expect(row, name).toBeDefined();
      const unit = cellText(row[col('Ед. изм.')]);
      const withUnit = (cell: Grid[number][number]) =>
        unit === '%'
          ? `${shown(cell, unit)}`
          : unit && unit !== 'балл'
            ? `${shown(cell, unit)} ${unit}`
            : shown(cell, unit);
      expect(fact, name).toBe(withUnit(row[col('Факт')]));
      expect(plan, name).toBe(withUnit(row[col('План 2026/27')]));
      expect(verdict, name).toBe(cellText(row[col('Статус')]));
    }
    const answers = sheet('Ответы');
    const at = (header: string) => answers[0].findIndex((h) => cellText(h) === header);
    const dynamics = sheet('Динамика');
    const d = (header: string) => dynamics[0].findIndex((h) => cellText(h) === header);
    const templates = sheet('Шаблоны анкет');
    const t = (header: string) => templates[0].findIndex((h) => cellText(h) === header);
    const templateWording = (template: string, item: string) =>
      cellText(
        templates.find((r) => cellText(r[t('Шаблон')]) === template && cellText(r[t('Код вопроса')]) === item)?.[
          t('Формулировка (вход / разовая)')
        ],
      );
    const moves = entries.filter((e) => /^(Рост|Снижение) от входа к выходу/.test(e.text));
    expect(moves.length).toBeGreaterThan(0);
    for (const entry of moves) {
      const [, entryMean, exitMean] = entry.text.match(/ (\d+(?:,\d)?) → (\d+(?:,\d)?) \(/) as RegExpMatchArray;
      const [, people, firstRow] = entry.source.match(
        /(\d+) участник\S* \(«Ответы», строк[аи] (\d+)/,
      ) as RegExpMatchArray;
      const answer = answers[Number(firstRow) - 1];
      const template = cellText(answer[at('Анкета')]);
      const item = cellText(answer[at('Код вопроса')]);
      // «Динамика» names the questionnaire and the question as «Шаблоны анкет» words them
      const row = dynamics.find(
        (r) =>
          cellText(r[d('Уровень')]) === 'вопрос' &&
          cellText(r[d('Анкета')]) === templateWording(template, '') &&
          cellText(r[d('Вопрос')]) === templateWording(template, item),
      ) as Grid[number];
      expect(row, entry.text).toBeDefined();
      expect(String(row[d('Участников с обеими волнами')]), entry.text).toBe(people);
      // «Динамика» prints two decimals, SWOT one: the same mean, each rounded once
      const near = (shownMean: string, cell: Grid[number][number]) =>
        Math.abs(Number(shownMean.replace(',', '.')) - (cell as number)) <= 0.05 + 1e-9;
      expect(near(entryMean, row[d('Среднее на входе')]), `${entry.text} / ${row[d('Среднее на входе')]}`).toBe(true);
      expect(near(exitMean, row[d('Среднее на выходе')]), `${entry.text} / ${row[d('Среднее на выходе')]}`).toBe(true);
    }
  });

  it('the report’s SWOT is the sheet’s', () => {
    const cells = new Set(
      book()
        .report.flatMap((l) => l.split('|'))
        .map(quotes),
    );
    const entries = swotEntries(sheet('SWOT'));
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) expect(cells.has(quotes(entry.text)), entry.text).toBe(true);
  });

  it('the side panel shows the figures of «Сводка»', () => {
    const summary = sheet('Сводка');
    const value = (id: string, label: string) => {
      const section = book().panel.sections.find((s) => s.id === id);
      return section?.figures.find((f) => f.label === label)?.value;
    };
    expect(String(value('participants', 'Наставники'))).toBe(summaryValue(summary, 'Наставники'));
    expect(String(value('participants', 'Наставляемые'))).toBe(summaryValue(summary, 'Наставляемые'));
    const unpaired = value('unpaired', 'Без активной пары') as number;
    expect(unpaired).toBe(sheet('Без пары').length - 1);
    expect(unpaired > 0 && unpaired < 3 ? 'менее 3 чел.' : String(unpaired)).toBe(
      summaryValue(summary, 'Без пары, чел.'),
    );
    const indicators = book().panel.sections.find((s) => s.id === 'indicators');
    expect(`${value('indicators', 'Достигнуты')} из ${indicators?.progress?.total}`).toBe(
      summaryValue(summary, 'Достигнуто'),
    );
    expect(String(value('indicators', 'Не достигнуты'))).toBe(summaryValue(summary, 'Не достигнуто'));
    expect(String(value('indicators', 'План не задан'))).toBe(summaryValue(summary, 'План не задан'));
    expect(String(value('indicators', 'Нет данных'))).toBe(summaryValue(summary, 'Нет данных'));
    expect(String(value('roadmap', 'Выполнено'))).toBe(summaryValue(summary, 'Выполнено'));
    expect(String(value('roadmap', 'Просрочено'))).toBe(summaryValue(summary, 'Просрочено'));
    expect(String(value('roadmap', 'В работе'))).toBe(summaryValue(summary, 'В работе'));
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

/** «2–4, 7» → [2, 3, 4, 7] (the row lists of «Источник»). */
function rowsOf(list: string): number[] {
  return list
    .split(', ')
    .filter((part) => part.trim() !== '')
    .flatMap((part) => {
      const [from, to] = part.split('–').map(Number);
      return Array.from({ length: (to || from) - from + 1 }, (_, i) => from + i);
    });
}

/** The SWOT sheet's entries: under «Запись» / «Источник» of each quadrant. */
function swotEntries(grid: Grid): Array<{ text: string; source: string }> {
  const entries: Array<{ text: string; source: string }> = [];
  const heads = grid.flatMap((row, r) =>
    row.flatMap((cell, c) => (cellText(cell) === 'Запись' && cellText(row[c + 1]) === 'Источник' ? [[r, c]] : [])),
  );
  for (const [r, c] of heads)
    for (let below = r + 1; below < grid.length && cellText(grid[below][c]) !== 'Запись'; below++) {
      const text = cellText(grid[below][c]);
      if (text === '' || /\((S|W|O|T)\)$/.test(text)) continue;
      entries.push({ text, source: cellText(grid[below][c + 1]) });
    }
  return entries;
}

/** Typography of the documents («ёлочки», dashes) does not make an entry different. */
const quotes = (text: string) =>
  text
    .replace(/["“”„«»]/g, '"')
    .replace(/[–—-]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

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

  it('every other sheet a curator reads', () => {
    for (const [title, grid] of book().sheets) {
      // «Ответы», «Анкеты» and «Шаблоны анкет» keep the template code as the key linking them (the
      // curator names own templates by code there); every other sheet must not show one
      if (DIRECTOR_SHEETS.includes(title) || ['Ответы', 'Анкеты', 'Шаблоны анкет'].includes(title)) continue;
      // «Ключ» of «Настройки» is the machine key column: hidden on screen and not printed (sheets-finished)
      const key = title === 'Настройки' ? (grid[0] ?? []).findIndex((cell) => cellText(cell) === 'Ключ') : -1;
      const texts = grid.flatMap((row) => row.filter((_, c) => c !== key)).map((cell) => cellText(cell));
      for (const pattern of INTERNAL)
        expect(
          texts.filter((t) => pattern.test(t)),
          `${title} ${pattern}`,
        ).toEqual([]);
    }
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
