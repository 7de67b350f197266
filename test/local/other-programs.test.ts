import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/local/cli/main';
import { isoDatesToSerials, isoSerial, relativeTargets } from '../../src/local/xlsx-prepass';
import { XlsxWorkbook } from '../../src/local/xlsx-workbook';
import { buildPackage, inlineRow, libreOfficeTable, zipWithoutWorkbook } from './fixtures/packages';

function workDir(): string {
  return mkdtempSync(join(tmpdir(), 'nastavnik-other-'));
}

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([...argv, '--quiet'], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const MENTEE_HEADER = ['ФИО', 'Категория', 'Возраст', 'Согласие на обработку ПДн (дата)'];

/** «Наставляемые» as openpyxl saves it: the consent date is an ISO `t="d"` cell. */
function openpyxlMentees() {
  return buildPackage([
    {
      name: 'Наставляемые',
      rows: [
        inlineRow(1, MENTEE_HEADER),
        inlineRow(2, ['Иванова Анна Петровна', 'молодой специалист', 24, { iso: '2026-09-04T00:00:00' }]),
        inlineRow(3, ['Петров Олег Ильич', 'молодой специалист', 25, { iso: '2026-09-05' }]),
      ].join(''),
    },
  ]);
}

describe('workbooks other programs wrote', () => {
  it('ISO dates: `t="d"` cells become serial numbers; anything not a date stays as its text', () => {
    expect(isoSerial('2026-09-04')).toBe(46269);
    expect(isoSerial('2026-09-04T12:00:00')).toBe(46269.5);
    expect(isoSerial('2026-02-30')).toBeNull();
    expect(isoDatesToSerials('<c r="A1" s="1" t="d"><v>2026-09-04</v></c><c r="B1" t="d"/>')).toBe(
      '<c r="A1" s="1"><v>46269</v></c><c r="B1"/>',
    );
    expect(isoDatesToSerials('<c r="A1" t="d"><v>скоро</v></c>')).toBe(
      '<c r="A1" t="inlineStr"><is><t>скоро</t></is></c>',
    );
  });

  it('absolute relationship targets become relative to the part', () => {
    const xml = '<Relationship Id="r" Type="t" Target="/xl/comments/comment1.xml"/>';
    expect(relativeTargets(xml, 'xl/worksheets/_rels/sheet1.xml.rels')).toContain('Target="../comments/comment1.xml"');
    expect(relativeTargets(xml, '_rels/.rels')).toContain('Target="xl/comments/comment1.xml"');
    const external = '<Relationship Id="r" Type="t" Target="/x" TargetMode="External"/>';
    expect(relativeTargets(external, 'xl/_rels/workbook.xml.rels')).toBe(external);
  });

  it('an openpyxl workbook opens; its ISO dates read as dates and survive `init` and `check`', async () => {
    const dir = workDir();
    const path = join(dir, 'школа.xlsx');
    writeFileSync(path, await openpyxlMentees());
    const opened = await XlsxWorkbook.open(path);
    const grid = opened.readSheet('Наставляемые');
    expect(grid?.[1][3]).toEqual(new Date(2026, 8, 4));
    expect((await cli('init', path)).code).toBe(0);
    const check = await cli('check', path);
    expect(check.code).toBe(0);
    const after = (await XlsxWorkbook.open(path)).readSheet('Наставляемые');
    const consent = after?.[0].indexOf('Согласие на обработку ПДн (дата)') ?? -1;
    expect(after?.[1][consent]).toEqual(new Date(2026, 8, 4));
    expect(after?.[2][consent]).toEqual(new Date(2026, 8, 5));
  });

  it('a table LibreOffice saved without <tableStyleInfo> does not break writing; no backup is left on failure', async () => {
    const dir = workDir();
    const path = join(dir, 'школа.xlsx');
    const header = ['ФИО', 'Категория'];
    writeFileSync(
      path,
      await buildPackage(
        [
          {
            name: 'Наставники',
            rows: inlineRow(1, header) + inlineRow(2, ['Сидорова Мария Ивановна', 'учитель']),
            table: libreOfficeTable('A1:B2', header),
          },
        ],
        { absolute: false },
      ),
    );
    const result = await cli('init', path);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(path));
    expect(Object.keys(zip.files).some((name) => name.startsWith('xl/tables/'))).toBe(true);
  });

  it('a zip with no workbook is refused in Russian, status 1, the file left as it was', async () => {
    const dir = workDir();
    const path = join(dir, 'пусто.xlsx');
    const bytes = await zipWithoutWorkbook();
    writeFileSync(path, bytes);
    const result = await cli('init', path);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/нет книги/);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(readdirSync(dir)).toEqual(['пусто.xlsx']);
  });
});

describe('a workbook open in another program, or read-only (issue 14)', () => {
  it.each([
    ['.~lock.школа.xlsx#', /открыта в LibreOffice или Р7-Офис: закройте её/],
    ['~$школа.xlsx', /открыта в Excel: закройте её/],
  ])('the lock file %s stops the command; nothing is written', async (lock, message) => {
    const dir = workDir();
    const path = join(dir, 'школа.xlsx');
    writeFileSync(path, await openpyxlMentees());
    const bytes = readFileSync(path);
    writeFileSync(join(dir, lock), 'user,host,01.12.2026');
    const result = await cli('init', path);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(message);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual([lock, 'школа.xlsx'].sort());
  });

  it('a read-only file is refused with a clear message and never replaced', async () => {
    const dir = workDir();
    const path = join(dir, 'школа.xlsx');
    writeFileSync(path, await openpyxlMentees());
    chmodSync(path, 0o444);
    const bytes = readFileSync(path);
    const result = await cli('init', path);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/только для чтения/);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o444);
    expect(readdirSync(dir)).toEqual(['школа.xlsx']);
    // --out to a new file is the way out, and leaves the original as it was.
    expect((await cli('init', path, '--out', join(dir, 'новая.xlsx'))).code).toBe(0);
  });
});

describe('import --out (issue 15, item 11)', () => {
  it('refuses an --out that is not .xlsx and backs up an existing --out before replacing it', async () => {
    const dir = workDir();
    const path = join(dir, 'школа.xlsx');
    expect((await cli('init', path)).code).toBe(0);
    const answers = join(dir, 'ответы.csv');
    writeFileSync(answers, 'Отметка времени,ФИО\n01.10.2026 10:00,Иванова Анна Петровна\n');
    const wrong = await cli('import', path, answers, '--form', 'mentee-monitoring:вход', '--out', join(dir, 'x.csv'));
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/\.xlsx/);
    const out = join(dir, 'итог.xlsx');
    writeFileSync(out, readFileSync(path));
    const result = await cli('import', path, answers, '--form', 'mentee-monitoring:вход', '--out', out);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Резервная копия: .*итог\.bak-/);
    expect(readdirSync(dir).some((name) => name.startsWith('итог.bak-'))).toBe(true);
  });
});
