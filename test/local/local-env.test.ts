import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ImmediateContinuations, localEnv, openLocalEnv } from '../../src/local/local-env';
import { STORE_SHEET } from '../../src/local/local-store';
import { TerminalProgress } from '../../src/local/terminal-progress';
import { XlsxWorkbook } from '../../src/local/xlsx-workbook';

const quiet = { progress: new TerminalProgress(process.stderr, true) };

describe('the local Env', () => {
  it('keeps the store inside the workbook, very hidden and out of sheetNames, across save and reopen', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'nastavnik-env-')), 'store.xlsx');
    const env = await openLocalEnv(null, quiet);
    env.workbook.ensureSheet('Наставники');
    env.store.set('pairs.lastId', '17');
    env.store.set('long', 'ж'.repeat(70_000));
    env.store.set('gone', 'x');
    env.store.delete('gone');
    expect(env.store.get('gone')).toBeNull();
    await env.save(path);

    const again = await openLocalEnv(path, quiet);
    expect(again.store.get('pairs.lastId')).toBe('17');
    expect(again.store.get('long')).toBe('ж'.repeat(70_000));
    expect(again.store.get('gone')).toBeNull();
    expect(again.workbook.sheetNames()).toEqual(['Наставники']);
    again.store.delete('long');
    await again.save(path);
    expect((await openLocalEnv(path, quiet)).store.get('long')).toBeNull();

    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(path);
    expect(excel.getWorksheet(STORE_SHEET)?.state).toBe('veryHidden');
  });

  it('does not add the store sheet to a workbook that never used it', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'nastavnik-env-')), 'plain.xlsx');
    const env = localEnv(XlsxWorkbook.create(), quiet);
    env.workbook.ensureSheet('Лист1');
    await env.save(path);
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(path);
    expect(excel.worksheets.map((s) => s.name)).toEqual(['Лист1']);
  });

  it('has no time limit offline and runs continuations right away, in order, until none is left', async () => {
    const env = localEnv(XlsxWorkbook.create(), quiet);
    expect(env.budget.remainingMs()).toBeGreaterThan(1e12);
    const continuations = new ImmediateContinuations();
    const log: string[] = [];
    let rounds = 0;
    continuations.register('resumeImport', () => {
      log.push(`import ${++rounds}`);
      if (rounds < 3) continuations.schedule('resumeImport', 60_000);
      return rounds;
    });
    continuations.schedule('resumeImport', 1000);
    expect(continuations.pending).toBe(1);
    expect(await continuations.drain()).toEqual([1, 2, 3]);
    expect(log).toEqual(['import 1', 'import 2', 'import 3']);
    continuations.schedule('unknownHandler', 0);
    await expect(continuations.drain()).rejects.toThrow(/Нет обработчика продолжения «unknownHandler»/);
  });
});

describe('TerminalProgress', () => {
  it('writes plain lines when not a terminal, at most one per tenth of the work', () => {
    const lines: string[] = [];
    const progress = new TerminalProgress({ write: (text: string) => lines.push(text), isTTY: false });
    progress.report('Читаю базы…');
    progress.report('Читаю базы…');
    for (let done = 0; done <= 1000; done++) progress.report('Проверяю строки', done, 1000);
    expect(lines[0]).toBe('… Читаю базы…\n');
    expect(lines.length).toBe(1 + 11);
    expect(lines.at(-1)).toBe('… Проверяю строки — 100%\n');
  });

  it('redraws one bar line on a terminal and wipes it at the end', () => {
    const writes: string[] = [];
    const progress = new TerminalProgress({ write: (text: string) => writes.push(text), isTTY: true, columns: 60 });
    progress.report('Проверяю строки', 5, 10);
    progress.report('Проверяю строки', 10, 10);
    progress.finish();
    expect(writes[0]).toBe(`\r\u001b[2K[${'█'.repeat(12)}${'░'.repeat(12)}]  50% Проверяю строки`);
    expect(writes[1]).toContain('100%');
    expect(writes.at(-1)).toBe('\r\u001b[2K');
  });

  it('stays silent when quiet', () => {
    const writes: string[] = [];
    new TerminalProgress({ write: (text: string) => writes.push(text), isTTY: false }, true).report('x', 1, 2);
    expect(writes).toEqual([]);
  });
});
