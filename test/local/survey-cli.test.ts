import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/local/cli/main';
import { decode } from '../../src/local/survey-files';
import { XlsxWorkbook } from '../../src/local/xlsx-workbook';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }, out, err };
}

async function school(dir: string): Promise<string> {
  const workbook = XlsxWorkbook.create();
  workbook.ensureSheet('Наставляемые');
  workbook.writeBlock('Наставляемые', {
    row: 1,
    col: 1,
    values: [
      // «Динамика» counts only people who consented to the processing of their data
      // …and whose base row holds every required column (a base without them is not checked at all)
      [
        'ID',
        'ФИО',
        'Организация',
        'E-mail',
        'Согласие на обработку ПДн (дата)',
        'Категория',
        'Дефициты / запрос',
        'Желаемая форма',
      ],
      [
        'НЯ-0001',
        'Семёнова Алёна Петровна',
        'МБОУ СОШ № 1',
        'alena@school1.ru',
        new Date(2026, 8, 2),
        'молодой специалист',
        'оценивание',
        'учитель – учитель',
      ],
      [
        'НЯ-0002',
        'Орлов Павел Сергеевич',
        'МБОУ СОШ № 1',
        null,
        new Date(2026, 8, 2),
        'молодой специалист',
        'дисциплина',
        'учитель – учитель',
      ],
    ],
  });
  const path = join(dir, 'школа.xlsx');
  await workbook.save(path);
  return path;
}

/** A Yandex Forms export: comma separated, quoted fields with commas, quotes and a line break, BOM. */
const YANDEX = [
  'ID,Время создания,"Фамилия, имя, отчество",Образовательная организация,"Насколько комфортным вы ожидаете общение с наставником?",Что вы хотите получить от работы с наставником?',
  '101,2026-11-01 10:00:00,"Семёнова Алёна Петровна","МБОУ СОШ № 1",7,"=HYPERLINK(""http://x"",""y"")"',
  '102,2026-11-01 11:00:00,"орлов павел сергеевич","мбоу сош №1",5,"Опыт, ""живые"" уроки,',
  'и поддержку"',
].join('\r\n');

/** A Google Forms export as Excel saves it in Russian Windows: semicolons, Windows-1251. */
const GOOGLE_1251 = [
  'Отметка времени;Фамилия, имя, отчество;Образовательная организация;Насколько комфортным было общение с наставником?',
  '20.04.2027 10:00:00;Семёнова Алёна Петровна;МБОУ СОШ № 1;9',
  '20.04.2027 11:00:00;Орлов Павел Сергеевич;МБОУ СОШ № 1;6',
].join('\r\n');

function cp1251(text: string): Buffer {
  const table = 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя';
  return Buffer.from(
    [...text].map((ch) =>
      ch === 'Ё'
        ? 0xa8
        : ch === 'ё'
          ? 0xb8
          : ch === '№'
            ? 0xb9
            : table.includes(ch)
              ? 0xc0 + table.indexOf(ch)
              : ch.charCodeAt(0),
    ),
  );
}

describe('nastavnik import / forms', () => {
  it('imports Yandex and Google exports, idempotently, keeping text as text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nastavnik-survey-'));
    const book = await school(dir);
    writeFileSync(join(dir, 'вход.csv'), `\uFEFF${YANDEX}`);
    writeFileSync(join(dir, 'выход.csv'), cp1251(GOOGLE_1251));
    expect(decode(cp1251('Семёнова'))).toBe('Семёнова');
    const first = capture();
    expect(
      await main(['import', book, join(dir, 'вход.csv'), '--form', 'mentee-monitoring:вход', '--quiet'], first.io),
    ).toBe(0);
    expect(first.out.join('\n')).toContain('Новых ответов: 2');
    expect(
      await main(
        ['import', book, join(dir, 'выход.csv'), '--form', 'mentee-monitoring:выход', '--quiet'],
        capture().io,
      ),
    ).toBe(0);
    const again = capture();
    expect(
      await main(['import', book, join(dir, 'вход.csv'), '--form', 'mentee-monitoring:вход', '--quiet'], again.io),
    ).toBe(0);
    expect(again.out.join('\n')).toContain('Новых ответов: 0, обновлено (отредактированы): 0, без изменений: 2');

    const workbook = await XlsxWorkbook.open(book);
    const answers = workbook.readSheet('Ответы') ?? [];
    const h = answers[0];
    const value = (participant: string, wave: string, item: string) =>
      answers.find(
        (r) =>
          r[h.indexOf('ID участника')] === participant &&
          r[h.indexOf('Волна')] === wave &&
          r[h.indexOf('Код вопроса')] === item,
      )?.[h.indexOf('Ответ')];
    expect(value('НЯ-0001', 'вход', 'valuable')).toBe('=HYPERLINK("http://x","y")');
    expect(value('НЯ-0002', 'вход', 'valuable')).toBe('Опыт, "живые" уроки, и поддержку');
    expect(value('НЯ-0002', 'выход', 'comfort')).toBe(6);
    expect(answers.filter((r) => r[h.indexOf('Код вопроса')] === 'comfort')).toHaveLength(4);
    const dynamics = workbook.readSheet('Динамика') ?? [];
    const d = dynamics[0];
    const orlov = dynamics.find(
      (r) => r[d.indexOf('Уровень')] === 'участник' && String(r[d.indexOf('Группа')]).startsWith('Орлов'),
    );
    expect(orlov?.[d.indexOf('Разность (выход − вход)')]).toBe(1);
    const register = workbook.readSheet('Анкеты') ?? [];
    expect(register.map((r) => r[0])).toEqual([
      'ID формы',
      'файл:mentee-monitoring:вход',
      'файл:mentee-monitoring:выход',
    ]);
  });

  it('stops with a non-zero exit on a template typo, a wrong wave or the same answers under another wave', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nastavnik-survey-'));
    const book = await school(dir);
    writeFileSync(join(dir, 'вход.csv'), `\uFEFF${YANDEX}`);
    const run = async (form: string) => {
      const io = capture();
      const code = await main(['import', book, join(dir, 'вход.csv'), '--form', form, '--quiet'], io.io);
      return { code, err: io.err.join('\n') };
    };
    const typo = await run('preference:разовая');
    expect(typo.code).not.toBe(0);
    expect(typo.err).toContain('Неизвестный шаблон анкеты «preference»');
    const wave = await run('preferences:вход');
    expect(wave.code).not.toBe(0);
    expect(wave.err).toContain('нет волны «вход»');
    expect((await run('mentee-monitoring:вход')).code).toBe(0);
    const before = readFileSync(book);
    const twice = await run('mentee-monitoring:выход');
    expect(twice.code).not.toBe(0);
    expect(twice.err).toContain('уже загружены как волна «вход»');
    expect(readFileSync(book).equals(before)).toBe(true);
  });

  it('imports an .xlsx export (first sheet) into a separate --out workbook', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nastavnik-survey-'));
    const book = await school(dir);
    const exported = XlsxWorkbook.create();
    exported.ensureSheet('Ответы');
    exported.writeBlock('Ответы', {
      row: 1,
      col: 1,
      values: [
        [
          'Время создания',
          'Email',
          'Насколько вы удовлетворены участием в программе в целом?',
          'Ваша роль в программе',
        ],
        [new Date(2027, 2, 1, 12, 0), 'alena@school1.ru', 9, 'наставляемый'],
      ],
    });
    await exported.save(join(dir, 'yandex.xlsx'));
    const out = join(dir, 'итог.xlsx');
    expect(
      await main(
        ['import', book, join(dir, 'yandex.xlsx'), '--form', 'satisfaction:разовая', '--out', out, '--quiet'],
        capture().io,
      ),
    ).toBe(0);
    const answers = (await XlsxWorkbook.open(out)).readSheet('Ответы') ?? [];
    expect(answers.some((r) => r[2] === 'НЯ-0001' && r[6] === 'overall' && r[7] === 9)).toBe(true);
    expect((await XlsxWorkbook.open(book)).readSheet('Ответы')).toBeNull();
  });

  it('explains a missing --form and a missing file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nastavnik-survey-'));
    const book = await school(dir);
    const noForm = capture();
    expect(await main(['import', book, join(dir, 'нет.csv')], noForm.io)).not.toBe(0);
    expect(noForm.err.join('\n')).toContain('--form');
    const noFile = capture();
    expect(await main(['import', book, join(dir, 'нет.csv'), '--form', 'satisfaction:разовая'], noFile.io)).not.toBe(0);
    expect(noFile.err.join('\n')).toContain('не найден');
  });

  it('prints every questionnaire as DOCX with the wave’s wording and the scale', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nastavnik-survey-'));
    const book = await school(dir);
    const run = capture();
    expect(await main(['forms', book, '--dir', join(dir, 'анкеты')], run.io)).toBe(0);
    const files = readdirSync(join(dir, 'анкеты')).sort();
    expect(files).toContain('mentee-monitoring-выход.docx');
    expect(files).toHaveLength(9);
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'анкеты', 'mentee-monitoring-выход.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Насколько комфортным было общение с наставником?');
    expect(text).not.toContain('Насколько комфортным вы ожидаете общение с наставником?');
    expect(text).toContain('1 – самый низкий балл; 10 – самый высокий балл');
  });
});
