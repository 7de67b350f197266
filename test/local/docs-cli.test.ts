import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellText } from '../../src/core/cell';
import { main } from '../../src/local/cli/main';
import { localEnv, openLocalEnv } from '../../src/local/local-env';
import { XlsxWorkbook } from '../../src/local/xlsx-workbook';
import { schoolWorkbook } from '../core/documents/fixture';

function captureIO() {
  const lines: string[] = [];
  return { lines, io: { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) } };
}

async function schoolBook(dir: string): Promise<string> {
  const school = schoolWorkbook();
  const env = localEnv(XlsxWorkbook.create());
  for (const name of school.sheetNames()) {
    env.workbook.ensureSheet(name);
    env.workbook.writeBlock(name, { row: 1, col: 1, values: school.readSheet(name) ?? [] });
  }
  const path = join(dir, 'школа.xlsx');
  await env.save(path);
  return path;
}

describe('nastavnik roadmap / docs', () => {
  it('writes the roadmap into the .xlsx, keeps a status on a rerun, and makes the .docx documents with links', {
    timeout: 60_000,
  }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nastavnik-docs-'));
    const book = await schoolBook(dir);
    const { io, lines } = captureIO();
    const code = await main(['roadmap', book, '--year', '2026', '--quiet'], io);
    expect(code).toBe(0);
    expect(lines.join('\n')).toContain('Шаблон «Школа: обучающиеся», 2026/2027 учебный год');

    let env = await openLocalEnv(book);
    const roadmap = env.workbook.readSheet('Дорожная карта') ?? [];
    const [statusCol, codeCol] = [roadmap[0].indexOf('Статус'), roadmap[0].indexOf('Код')];
    const row = roadmap.findIndex((r) => r[codeCol] === '2026-О1.2');
    env.workbook.writeBlock('Дорожная карта', { row: row + 1, col: statusCol + 1, values: [['выполнено']] });
    await env.save(book);
    expect(await main(['roadmap', book, '--quiet'], io)).toBe(0);
    env = await openLocalEnv(book);
    const again = env.workbook.readSheet('Дорожная карта') ?? [];
    expect(again.find((r) => r[codeCol] === '2026-О1.2')?.[statusCol]).toBe('выполнено');

    expect(await main(['docs', book, '--quiet'], io)).toBe(0);
    const folder = join(dir, 'школа-документы');
    const files = readdirSync(folder).sort();
    expect(files).toEqual([
      'Аналитический отчёт о реализации программы наставничества 2026-2027.docx',
      'Дорожная карта программы наставничества 2026-2027.docx',
      'Индивидуальные планы развития 2026-2027.docx',
      'Приказ об утверждении наставнических пар 2026-2027.docx',
    ]);
    env = await openLocalEnv(book);
    const register = env.workbook.readSheet('Документы') ?? [];
    expect(register).toHaveLength(5);
    for (const r of register.slice(1)) {
      const link = cellText(r[4]);
      expect(link.startsWith('школа-документы/'), link).toBe(true);
      expect(existsSync(join(dir, link))).toBe(true);
    }
    const pairs = env.workbook.readSheet('Пары') ?? [];
    expect(cellText(pairs[2][pairs[0].indexOf('Приказ')])).toMatch(
      /^№ 45-о от 05\.10\.2026 — .*Приказ об утверждении.*\.docx$/,
    );

    expect(await main(['docs', book, '--only', 'отчёт', '--dir', join(dir, 'отчёт'), '--quiet'], io)).toBe(0);
    expect(readdirSync(join(dir, 'отчёт'))).toHaveLength(1);
    expect(await main(['docs', book, '--only', 'справка', '--quiet'], io)).toBe(2);
  });
});

describe('docs keeps a document the user edited (issue 15, item 9)', () => {
  it('an edited .docx is kept byte for byte; the new one is written beside it and the user is told', {
    timeout: 60_000,
  }, async () => {
    const { writeFileSync, readFileSync } = await import('node:fs');
    const dir = await mkdtemp(join(tmpdir(), 'nastavnik-docs-edit-'));
    const book = await schoolBook(dir);
    const folder = join(dir, 'документы');
    const first = captureIO();
    expect(await main(['docs', book, '--only', 'order', '--dir', folder, '--quiet'], first.io)).toBe(0);
    const [order] = readdirSync(folder);
    const edited = Buffer.concat([readFileSync(join(folder, order)), Buffer.from('правка')]);
    writeFileSync(join(folder, order), edited);
    const second = captureIO();
    expect(await main(['docs', book, '--only', 'order', '--dir', folder, '--quiet'], second.io)).toBe(0);
    expect(readFileSync(join(folder, order)).equals(edited)).toBe(true);
    expect(second.lines.join('\n')).toMatch(/изменён после создания — он сохранён как есть, новый записан рядом/);
    expect(readdirSync(folder).sort()).toEqual([order, order.replace('.docx', ' (новый).docx')].sort());
    // Untouched documents are simply brought up to date: a third run makes no more files.
    const third = captureIO();
    expect(await main(['docs', book, '--only', 'order', '--dir', folder, '--quiet'], third.io)).toBe(0);
    expect(readdirSync(folder)).toHaveLength(2);
  });
});
