import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { XlsxWorkbook } from '../../src/local/xlsx-workbook';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin/nastavnik.mjs');
const STANDARD_SHEETS = ['Наставники', 'Наставляемые', 'Справочники', 'Настройки', 'Проблемы', 'Организации'];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd = ROOT, command = process.execPath, prefix = [BIN]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      command,
      [...prefix, ...args],
      { cwd, env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 99) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

function workDir(): string {
  return mkdtempSync(join(tmpdir(), 'nastavnik-cli-'));
}

async function problemRows(path: string): Promise<number> {
  const grid = (await XlsxWorkbook.open(path)).readSheet('Проблемы') ?? [];
  return grid.length - 1;
}

// Each test spawns the real CLI in its own folder, so they can run side by side.
describe.concurrent('nastavnik CLI', () => {
  it('prints help with every command', async () => {
    const result = await run(['help']);
    expect(result.code).toBe(0);
    for (const name of ['init', 'check', 'generate', 'demo']) expect(result.stdout).toContain(`  ${name}`);
    const commandHelp = await run(['help', 'generate']);
    expect(commandHelp.stdout).toContain('--participants');
  });

  it('init creates a new workbook with the standard sheets, and a second init changes nothing', async () => {
    const dir = workDir();
    const path = join(dir, 'школа.xlsx');
    const first = await run(['init', path]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Книга сохранена');
    expect((await XlsxWorkbook.open(path)).sheetNames()).toEqual(STANDARD_SHEETS);
    expect(readdirSync(dir).filter((f) => f.includes('.bak-'))).toEqual([]);
    const second = await run(['init', path]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/ничего не изменено/i);
    expect(readdirSync(dir).filter((f) => f.includes('.bak-'))).toHaveLength(1);
  });

  it('check on a generated workbook with mistakes fills «Проблемы», exits 0 and keeps a backup of the original', async () => {
    const dir = workDir();
    const path = join(dir, 'demo.xlsx');
    const generated = await run(['generate', path, '--participants', '60', '--seed', '1', '--mistakes']);
    expect(generated.code, generated.stderr).toBe(0);
    expect(await problemRows(path)).toBe(0);
    const before = readFileSync(path);
    const checked = await run(['check', path]);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout).toMatch(/Найдено ошибок: [1-9]\d*, предупреждений: \d+/);
    // The first problems are in the terminal too, addressed like on the sheet, errors first.
    expect(checked.stdout).toMatch(/ {4}• (Наставники|Наставляемые), строка \d+, «[^»]+»/);
    expect(checked.stdout).toContain('Нет согласия на обработку персональных данных');
    expect(await problemRows(path)).toBeGreaterThan(5);
    const backups = readdirSync(dir).filter((f) => /^demo\.bak-\d{8}-\d{6}\.xlsx$/.test(f));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(dir, backups[0])).equals(before)).toBe(true);
    expect(checked.stdout).toContain(`Резервная копия: ${join(dir, backups[0])}`);
  });

  it('with --out leaves the original untouched and makes no backup', async () => {
    const dir = workDir();
    const path = join(dir, 'in.xlsx');
    await run(['generate', path, '--participants', '40', '--mistakes']);
    const before = readFileSync(path);
    const result = await run(['check', path, '--out', join(dir, 'проверено', 'out.xlsx')]);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(await problemRows(join(dir, 'проверено', 'out.xlsx'))).toBeGreaterThan(0);
    expect(readdirSync(dir).filter((f) => f.includes('.bak-'))).toEqual([]);

    // An --out file that already exists is replaced only after a backup copy of it.
    writeFileSync(join(dir, 'занят.xlsx'), readFileSync(path));
    const again = await run(['check', path, '--out', join(dir, 'занят.xlsx')]);
    expect(again.code, again.stderr).toBe(0);
    expect(readdirSync(dir).filter((f) => /^занят\.bak-\d{8}-\d{6}\.xlsx$/.test(f))).toHaveLength(1);
  });

  it('keeps the user columns, their order, formats, notes and other sheets through init and check', async () => {
    const dir = workDir();
    const path = join(dir, 'моя-база.xlsx');
    const excel = new ExcelJS.Workbook();
    const plan = excel.addWorksheet('План работы');
    plan.getCell('A1').value = 'Сентябрь: анкетирование';
    const mentors = excel.addWorksheet('Наставники');
    mentors.getRow(1).values = [
      'Мой комментарий',
      'Ф.И.О.',
      'Эл. почта',
      'Категория',
      'Организация',
      'Формы наставничества',
    ];
    mentors.getRow(2).values = [
      'позвонить',
      'Петрова Анна Ивановна',
      'petrova@mail.ru',
      'педагог',
      'МАОУ СОШ № 5',
      'учитель – учитель',
    ];
    mentors.getRow(3).values = [
      '=не формула',
      'Сидоров Иван Петрович',
      'не почта',
      'учитель',
      'МАОУ СОШ № 5',
      'учитель – учитель',
    ];
    mentors.getCell('A2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    mentors.getCell('A1').note = 'Мои пометки';
    await excel.xlsx.writeFile(path);

    expect((await run(['init', path])).code).toBe(0);
    const checked = await run(['check', path]);
    expect(checked.code, checked.stderr).toBe(0);

    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(path);
    expect(after.worksheets.map((s) => s.name)).toEqual([
      'План работы',
      'Наставники',
      ...STANDARD_SHEETS.filter((s) => s !== 'Наставники'),
    ]);
    expect(after.getWorksheet('План работы')?.getCell('A1').value).toBe('Сентябрь: анкетирование');
    const sheet = after.getWorksheet('Наставники');
    const header = ((sheet?.getRow(1).values ?? []) as unknown[]).slice(1);
    expect(header.slice(0, 6)).toEqual([
      'Мой комментарий',
      'Ф.И.О.',
      'Эл. почта',
      'Категория',
      'Организация',
      'Формы наставничества',
    ]);
    expect(header.length).toBeGreaterThan(6);
    // «Ф.И.О.» and «Эл. почта» are the standard columns under other names: not added a second time.
    expect(header).not.toContain('ФИО');
    expect(header).not.toContain('E-mail');
    expect(new Set(header).size).toBe(header.length);
    expect(sheet?.getCell('A2').value).toBe('позвонить');
    expect(sheet?.getCell('A2').fill).toMatchObject({ fgColor: { argb: 'FFFFFF00' } });
    expect(sheet?.getCell('A1').note).toBe('Мои пометки');
    expect(sheet?.getCell('A3').value).toBe('=не формула');
    expect(sheet?.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(sheet?.getCell('B3').value).toBe('Сидоров Иван Петрович');
    expect(sheet?.getCell('C3').value).toBe('не почта');
    const problems = (await XlsxWorkbook.open(path)).readSheet('Проблемы') ?? [];
    const messages = problems.slice(1).map((r) => `${r[2]}:${r[3]}:${r[4]}`);
    expect(messages).toContain('Наставники:3:Эл. почта');
    expect(messages).toContain('Наставники:3:Категория');
  });

  it('refuses a missing file with a Russian message and status 1', async () => {
    const result = await run(['check', join(workDir(), 'нет-такого.xlsx')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/не найден/);
    expect(result.stderr).toMatch(/nastavnik init/);
  });

  it('refuses a corrupt file (random bytes) with status 1 and leaves it as it was', async () => {
    const dir = workDir();
    const path = join(dir, 'битый.xlsx');
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    writeFileSync(path, bytes);
    const result = await run(['check', path]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/повреждён или это не \.xlsx/);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(readdirSync(dir)).toEqual(['битый.xlsx']);
  });

  it('explains usage mistakes with status 2', async () => {
    const unknown = await run(['pairz', 'x.xlsx']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Неизвестная команда «pairz»/);
    const option = await run(['check', 'x.xlsx', '--ot', 'y.xlsx']);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/Неизвестный ключ --ot/);
    const number = await run(['generate', join(workDir(), 'a.xlsx'), '--participants', 'много']);
    expect(number.code).toBe(2);
    expect(number.stderr).toMatch(/--participants: ожидается целое число от 1 до 50000/);
    const xls = await run(['check', 'старая.xls']);
    expect(xls.code).toBe(2);
    expect(xls.stderr).toMatch(/только книги \.xlsx/);
    const noFile = await run(['check']);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toMatch(/Укажите файл книги/);
  });

  it('generate does not overwrite an existing file without --force', async () => {
    const dir = workDir();
    const path = join(dir, 'a.xlsx');
    expect((await run(['generate', path, '--participants', '10'])).code).toBe(0);
    const again = await run(['generate', path, '--participants', '10']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/уже существует/);
    expect((await run(['generate', path, '--participants', '12', '--force'])).code).toBe(0);
  });

  it('generate is deterministic: the same seed gives the same bases', async () => {
    const dir = workDir();
    await run([
      'generate',
      join(dir, 'a.xlsx'),
      '--participants',
      '200',
      '--organizations',
      '3',
      '--seed',
      '42',
      '--mistakes',
    ]);
    await run([
      'generate',
      join(dir, 'b.xlsx'),
      '--participants',
      '200',
      '--organizations',
      '3',
      '--seed',
      '42',
      '--mistakes',
    ]);
    const a = await XlsxWorkbook.open(join(dir, 'a.xlsx'));
    const b = await XlsxWorkbook.open(join(dir, 'b.xlsx'));
    for (const sheet of ['Наставники', 'Наставляемые', 'Справочники', 'Настройки'])
      expect(a.readSheet(sheet)).toEqual(b.readSheet(sheet));
    expect(a.readSheet('Наставники')?.length).toBeGreaterThan(50);
  });

  it('demo writes the school and the municipality workbooks with the standard sheets', async () => {
    const { dir, result } = await sharedDemo();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Демонстрация завершена');
    for (const name of ['demo.xlsx', 'municipality.xlsx']) {
      const path = join(dir, name);
      expect(result.stdout).toContain(path);
      const book = await XlsxWorkbook.open(path);
      for (const sheet of STANDARD_SHEETS) expect(book.sheetNames()).toContain(sheet);
      expect(await problemRows(path)).toBeGreaterThan(0);
    }
    const municipality = await XlsxWorkbook.open(join(dir, 'municipality.xlsx'));
    const rows =
      (municipality.readSheet('Наставники')?.length ?? 0) + (municipality.readSheet('Наставляемые')?.length ?? 0);
    expect(rows).toBeGreaterThan(1400);
  }, 240_000);

  it('demo is deterministic: a second run writes the same sheets, dated inside the academic year', async () => {
    const { dir: first } = await sharedDemo();
    const second = workDir();
    expect((await run(['demo', '--dir', second, '--quiet'])).code).toBe(0);
    for (const name of ['demo.xlsx', 'municipality.xlsx']) {
      const [a, b] = await Promise.all([first, second].map((dir) => XlsxWorkbook.open(join(dir, name))));
      expect(a.sheetNames()).toEqual(b.sheetNames());
      // Links to the documents a step wrote name the output folder, the one thing that differs.
      const grid = (book: XlsxWorkbook, sheet: string, dir: string) =>
        book
          .readSheet(sheet)
          ?.map((row) => row.map((cell) => (typeof cell === 'string' ? cell.replaceAll(dir, '<dir>') : cell)));
      for (const sheet of a.sheetNames())
        expect(grid(a, sheet, first), `${name} / ${sheet}`).toEqual(grid(b, sheet, second));
      // each step runs on its own day of 2026/27 (entry answers in November, exit in April…)
      const problems = a.readSheet('Проблемы') ?? [];
      const found = problems.slice(1).map((row) => row[problems[0].indexOf('Найдено')] as Date);
      expect(found.length).toBeGreaterThan(0);
      for (const date of found) {
        expect(date.getTime()).toBeGreaterThanOrEqual(new Date(2026, 8, 1).getTime());
        expect(date.getTime()).toBeLessThanOrEqual(new Date(2027, 4, 27, 23).getTime());
      }
      expect(new Set(found.map((d) => d.getTime())).size).toBeGreaterThan(1);
    }
  }, 240_000);

  it.skipIf(!soffice())(
    'the demo workbook opens in LibreOffice Calc with its sheets, dates and text intact',
    async () => {
      const { dir } = await sharedDemo();
      const csv = join(workDir(), 'csv');
      execFileSync(
        soffice() as string,
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=file://${join(csv, '..', 'lo-profile')}`,
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
          '--outdir',
          csv,
          join(dir, 'demo.xlsx'),
        ],
        { timeout: 120_000, stdio: 'pipe' },
      );
      const files = readdirSync(csv);
      for (const sheet of STANDARD_SHEETS) expect(files).toContain(`demo-${sheet}.csv`);
      const mentors = readFileSync(join(csv, 'demo-Наставники.csv'), 'utf8');
      expect(mentors.split('\n')[0]).toMatch(/^ID,ФИО,Категория/);
      expect(mentors).toMatch(/,\d{2}\.\d{2}\.2026,/);
      expect(mentors).toContain('=Призёр конкурса');
      expect(readFileSync(join(csv, 'demo-Проблемы.csv'), 'utf8')).toContain(
        'Нет согласия на обработку персональных данных',
      );
    },
    240_000,
  );

  it.skipIf(!soffice())(
    'reads a workbook that LibreOffice saved exactly as before, and checks it the same',
    async () => {
      const { dir } = await sharedDemo();
      const work = workDir();
      execFileSync(
        soffice() as string,
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=file://${join(work, 'lo-profile')}`,
          '--convert-to',
          'xlsx:Calc MS Excel 2007 XML',
          '--outdir',
          join(work, 'lo'),
          join(dir, 'demo.xlsx'),
        ],
        { timeout: 120_000, stdio: 'pipe' },
      );
      const resaved = join(work, 'lo', 'demo.xlsx');
      const [original, fromCalc] = await Promise.all([
        XlsxWorkbook.open(join(dir, 'demo.xlsx')),
        XlsxWorkbook.open(resaved),
      ]);
      expect(fromCalc.sheetNames()).toEqual(original.sheetNames());
      for (const sheet of original.sheetNames())
        expect(fromCalc.readSheet(sheet), sheet).toEqual(original.readSheet(sheet));
      const [before, after] = await Promise.all([
        run(['check', join(dir, 'demo.xlsx'), '--out', join(work, 'a.xlsx')]),
        run(['check', resaved, '--out', join(work, 'b.xlsx')]),
      ]);
      expect(after.code, after.stderr).toBe(0);
      const summary = (text: string) => text.split('\n').find((line) => line.includes('Найдено ошибок'));
      expect(summary(after.stdout)).toBe(summary(before.stdout));
    },
    240_000,
  );

  it('runs as `npx nastavnik` from the project root', async () => {
    const result = await run(['nastavnik', 'help'], ROOT, 'npx', ['--no-install']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Наставник — программа наставничества');
  });
});

let demoRun: Promise<{ dir: string; result: Run }> | undefined;

/** One `nastavnik demo` shared by the tests that only read its files (it is the slowest command). */
function sharedDemo(): Promise<{ dir: string; result: Run }> {
  demoRun ??= (async () => {
    const dir = workDir();
    return { dir, result: await run(['demo', '--dir', dir]) };
  })();
  return demoRun;
}

function soffice(): string | undefined {
  return ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice'].find((path) => existsSync(path));
}
