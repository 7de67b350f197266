/**
 * Issue 13, shape 2, offline end to end: the calendar-year network project of young specialists
 * with two mentors and newly appointed deputies (test/support/network-project.ts), typed into the
 * sheets of `init`, then check → pair → approve → roadmap → indicators → docs; every figure is read
 * back from the saved .xlsx and the DOCX files and was counted by hand from the fixture.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/local/cli/main';
import { XlsxWorkbook } from '../../src/local/xlsx-workbook';
import {
  ADMIN_FORM,
  ADMIN_MODEL,
  DEPUTY_FORM,
  fillNetworkProject,
  NETWORK_DEPUTIES,
  NETWORK_ENTRY,
  NETWORK_EXIT,
  NETWORK_ONE_FORM,
  NETWORK_TEMPLATE,
  NETWORK_TODAY,
  NETWORK_YOUNG,
  SUBJECT_FORM,
} from '../support/network-project';
import { docxLines, headerOf, roadmapBars, sheetOf, shown } from '../support/read-back';

async function cli(...argv: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await main([...argv, '--quiet'], { out: (l) => out.push(l), err: (l) => out.push(l) });
  return { code, out: out.join('\n') };
}

const TWO_FORMS = NETWORK_YOUNG.map((y) => y.ФИО).filter((name) => name !== NETWORK_ONE_FORM);

describe('a calendar-year network project (01.01.2023 – 31.12.2023): young specialists with two mentors, offline', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nastavnik-network-'));
  const book = join(dir, 'сеть.xlsx');
  const folder = join(dir, 'сеть-документы');

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NETWORK_TODAY);
    expect((await cli('init', book)).code).toBe(0);
    const typed = await XlsxWorkbook.open(book);
    fillNetworkProject(typed);
    await typed.save(book);
  });
  afterAll(() => vi.useRealTimers());

  it('check → pair → approve: a subject and an administrative mentor each, with their role models', async () => {
    const check = await cli('check', book);
    expect(check.out).toContain('Наставников: 8, из них готовы к подбору: 8.');
    expect(check.out).toContain('Наставляемых: 8, из них готовы к подбору: 8.');
    const pair = await cli('pair', book);
    expect(pair.out).toContain('Предложено пар: 12');
    expect((await cli('approve', book, '--all')).code).toBe(0);

    const register = await sheetOf(book, 'Пары');
    expect(register).toHaveLength(12);
    for (const name of TWO_FORMS) {
      const own = register.filter((r) => r['Наставляемый'] === name);
      expect(own.map((r) => `${shown(r['Форма'])}: ${shown(r['Ролевая модель'])}`).sort(), name).toEqual([
        `${ADMIN_FORM}: ${ADMIN_MODEL}`,
        `${SUBJECT_FORM}: опытный педагог – молодой специалист`,
      ]);
      expect(new Set(own.map((r) => r['Наставник'])).size).toBe(2);
      // both mentors of the person's own school
      expect(new Set(own.map((r) => r['Организация'])).size).toBe(1);
    }
    // Школа № 4 has no deputy-mentor and the administrative form is «только своя организация»
    expect(register.filter((r) => r['Наставляемый'] === NETWORK_ONE_FORM).map((r) => r['Форма'])).toEqual([
      SUBJECT_FORM,
    ]);
    const without = await sheetOf(book, 'Без пары');
    expect(without.map((r) => `${shown(r['Наставляемый'])} (${shown(r['Форма'])})`)).toEqual([
      `${NETWORK_ONE_FORM} (${ADMIN_FORM})`,
    ]);
    expect(shown(without[0]['Почему нет пары'])).toContain('в своей школе нет свободного наставника');
    // the deputies: the director of Школа № 3, role model for the newly appointed, kind «сетевое»
    const deputies = register.filter((r) => r['Форма'] === DEPUTY_FORM);
    expect(deputies.map((r) => shown(r['Наставляемый'])).sort()).toEqual(NETWORK_DEPUTIES.map((d) => d.ФИО).sort());
    expect(new Set(deputies.map((r) => shown(r['Наставник'])))).toEqual(new Set(['Соколова Тамара Михайловна']));
    const kinds = new Map<string, number>();
    for (const r of register)
      kinds.set(shown(r['Вид наставничества']), (kinds.get(shown(r['Вид наставничества'])) ?? 0) + 1);
    expect(Object.fromEntries(kinds)).toEqual({ традиционное: 5, ситуационное: 4, сетевое: 3 });
    expect(new Set(register.map((r) => shown(r['Дата начала'])))).toEqual(new Set(['06.02.2023']));
  });

  it('roadmap: January–December 2023, the monthly meetings in one row with their ten dates', async () => {
    const run = await cli('roadmap', book);
    expect(run.out).toContain(`Шаблон «${NETWORK_TEMPLATE}», программа на 2023 год (один год): 4 мероприятия на листе`);
    const header = await headerOf(book, 'Дорожная карта');
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
    const rows = await sheetOf(book, 'Дорожная карта');
    expect(rows.map((r) => `${shown(r['Мероприятие'])} ${shown(r['Начало'])}–${shown(r['Окончание'])}`)).toEqual([
      'Установочный семинар для наставников и молодых специалистов 20.01.2023–31.01.2023',
      'Встречи наставнических пар 15.02.2023–15.11.2023',
      'Сетевой методический марафон «Первые шаги в профессии» 01.03.2023–30.04.2023',
      'Итоговая конференция сетевого проекта 10.12.2023–20.12.2023',
    ]);
    expect(shown(rows[1]['Содержание'])).toBe(
      `Даты: ${['02', '03', '04', '05', '06', '07', '08', '09', '10', '11'].map((m) => `15.${m}.2023`).join(', ')}`,
    );
    expect(await roadmapBars(book, '2023-С2')).toBe('.xxxxxxxxxx.');
    // the curator is named for the role «куратор» of the template
    expect(shown(rows[0]['Ответственный'])).toBe('Монгуш А. Р. (куратор)');
  });

  it('import: entry answers in February, exit answers in November; a wave the template lacks or the same file again is refused', async () => {
    const header =
      'Отметка времени,"Фамилия, имя, отчество",Образовательная организация,Насколько уверенно вы чувствуете себя в профессии (учёбе)?,Насколько высока ваша мотивация к профессиональному (личностному) росту?';
    const csv = (day: string, scores: Record<string, [number, number]>) =>
      [
        header,
        ...NETWORK_YOUNG.map((y, i) => `${day} 1${i}:00:00,"${y.ФИО}",${y.Организация},${scores[y.ФИО].join(',')}`),
      ].join('\r\n');
    writeFileSync(join(dir, 'вход.csv'), csv('15.02.2023', NETWORK_ENTRY));
    writeFileSync(join(dir, 'выход.csv'), csv('20.11.2023', NETWORK_EXIT));
    vi.setSystemTime(new Date(2023, 1, 20, 10, 0));
    const entry = await cli('import', book, join(dir, 'вход.csv'), '--form', 'mentee-monitoring:вход');
    expect(entry.code).toBe(0);
    expect(entry.out).toContain('Новых ответов: 5, обновлено (отредактированы): 0');
    expect(entry.out).toContain('Все ответившие опознаны.');

    vi.setSystemTime(new Date(2023, 10, 25, 10, 0));
    const once = await cli('import', book, join(dir, 'выход.csv'), '--form', 'mentee-monitoring:разовая');
    expect(once.code).toBe(2);
    expect(once.out).toContain('У анкеты «mentee-monitoring» нет волны «разовая»: её волны — вход, выход');
    // the February file loaded again as the exit wave: refused, the book untouched
    const again = await cli('import', book, join(dir, 'вход.csv'), '--form', 'mentee-monitoring:выход');
    expect(again.code).toBe(1);
    expect(again.out).toContain(
      'Эти ответы уже загружены как волна «вход»: 5 из 5 совпадают по участнику и времени отправки',
    );
    expect(again.out).toContain('книга не изменена');
    const exit = await cli('import', book, join(dir, 'выход.csv'), '--form', 'mentee-monitoring:выход');
    expect(exit.code).toBe(0);
    expect(exit.out).toContain('Новых ответов: 5, обновлено (отредактированы): 0');
    const answers = await sheetOf(book, 'Ответы');
    const scales = answers.filter((r) => ['confidence', 'motivation'].includes(shown(r['Код вопроса'])));
    // 5 people × 2 waves × 2 questions, each once
    expect(scales.map((r) => `${shown(r['Волна'])}`).sort()).toEqual([
      ...Array(10).fill('вход'),
      ...Array(10).fill('выход'),
    ]);
  });

  it('indicators: the curator’s rules counted by hand; the newly appointed deputy of 28 is no young specialist', async () => {
    const run = await cli('indicators', book);
    expect(run.code).toBe(0);
    // the summary speaks of the programme's year, not of an academic year
    expect(run.out).toContain('показателей (план на 2023):');
    expect(run.out).toContain('впишите план в столбец «План 2023»');
    expect(run.out).not.toMatch(/учебн/);
    const table = await sheetOf(book, 'Показатели');
    const at = (code: string, title: string) => table.find((r) => r['Код'] === code)?.[title];
    expect(Object.keys(table[0]).filter((h) => h.startsWith('План'))).toEqual(['План 2023']);
    // 5 young specialists, all with a mentor; Ким (стаж 2, 28 лет, назначена 09.01.2023) is not one of them
    expect(at('Д-01', 'Факт')).toBe(100);
    expect(shown(at('Д-01', 'Источник'))).toContain('5 из 5');
    expect(at('П-03', 'Факт')).toBe(100);
    expect(shown(at('П-03', 'Источник'))).toContain('5 из 5 молодых специалистов');
    expect(at('Д-02', 'Факт')).toBe(100);
    expect(shown(at('Д-02', 'Источник'))).toContain('3 из 3');
    expect(shown(at('П-14', 'Источник'))).toContain('3 из 3 вновь назначенных');
    // 4 administrative pairs against a plan of 5: Фомина has none
    expect(at('Д-03', 'Факт')).toBe(4);
    expect(at('Д-03', 'Статус')).toBe('не достигнут');
    expect(at('Д-04', 'Факт')).toBe(4);
    expect(at('Д-04', 'Статус')).toBe('достигнут');
    // people are counted once, pairs as pairs: 8 mentees in 12 pairs
    expect(at('П-06', 'Факт')).toBe(12);
    // entry → exit by hand: +2.5, +1.5, −0.5, +3, +1 → mean 1.5; 4 of 5 grew
    expect(at('П-10', 'Факт')).toBe(1.5);
    expect(at('П-11', 'Факт')).toBe(80);
    expect(shown(at('П-04', 'Источник'))).toContain('8 из 8 наставляемых');
    const kinds = table.findIndex((r) => r['Код'] === 'Вид наставничества');
    expect(table.slice(kinds + 1, kinds + 4).map((r) => `${shown(r['Код'])} ${shown(r['Показатель'])}`)).toEqual([
      'традиционное 5',
      'ситуационное 4',
      'сетевое 3',
    ]);
  });

  it('docs: «2023» in every file name and heading; the order and the plans show both pairs of a young specialist', async () => {
    const docs = await cli('docs', book);
    expect(docs.code).toBe(0);
    expect(docs.out).toContain('Дорожная карта: 4 мероприятия (альбомная ориентация).');
    expect(readdirSync(folder).sort()).toEqual([
      'Аналитический отчёт о реализации программы наставничества 2023.docx',
      'Дорожная карта программы наставничества 2023.docx',
      'Индивидуальные планы развития — Гимназия № 1 — 2023.docx',
      'Индивидуальные планы развития — Школа № 2 — 2023.docx',
      'Индивидуальные планы развития — Школа № 3 — 2023.docx',
      'Индивидуальные планы развития — Школа № 4 — 2023.docx',
      'Приказ об утверждении наставнических пар 2023.docx',
    ]);
    // the register of documents files them under the programme's period, not an academic year
    const filed = await sheetOf(book, 'Документы');
    expect(filed.length).toBe(readdirSync(folder).length);
    expect(new Set(filed.map((r) => shown(r['Срок программы'])))).toEqual(new Set(['2023']));
    const order = await docxLines(join(folder, 'Приказ об утверждении наставнических пар 2023.docx'));
    const text = order.join('\n');
    expect(text).toContain('Утвердить наставнические пары (группы) на 2023 год');
    expect(text).toContain('Наставникам в срок до 28.02.2023');
    expect(text).not.toMatch(/учебн|2026|2024/);
    const register = await sheetOf(book, 'Пары');
    for (const pair of register) {
      const row = order.find(
        (line) =>
          line.includes(shown(pair['Наставник'])) &&
          line.includes(shown(pair['Наставляемый'])) &&
          line.includes(`${shown(pair['Форма'])}: ${shown(pair['Ролевая модель'])}`) &&
          line.endsWith('с 06.02.2023 по 31.12.2023'),
      );
      expect(row, `${shown(pair['Наставник'])} — ${shown(pair['Наставляемый'])}`).toBeDefined();
    }
    const first = order.findIndex((line) => line.startsWith('Приложение 1'));
    const second = order.findIndex((line) => line.startsWith('Приложение 2'));
    const appendix = order.slice(first, second);
    expect(appendix.filter((line) => line.includes('Новикова Мария Ивановна'))).toHaveLength(2);
    const signed = appendix.slice(appendix.findIndex((line) => line.startsWith('С приказом ознакомлены')));
    expect(signed.filter((line) => line.includes('Новикова М. И.'))).toHaveLength(1);

    const plans = await docxLines(join(folder, 'Индивидуальные планы развития — Гимназия № 1 — 2023.docx'));
    const start = plans.indexOf('Наставляемый: Новикова Мария Ивановна, учитель математики');
    const plan = plans.slice(start - 2, plans.indexOf('Куратор программы ____________ Монгуш А. Р.', start) + 1);
    expect(plan.slice(0, 2)).toEqual(['Индивидуальный план развития молодого специалиста', 'на 2023 год']);
    expect(plan).toContain(
      `– Иванова Ольга Петровна, учитель математики (${SUBJECT_FORM} / опытный педагог – молодой специалист)`,
    );
    expect(plan).toContain(
      `– Смирнов Андрей Викторович, заместитель директора по УВР (${ADMIN_FORM} / ${ADMIN_MODEL})`,
    );
    expect(plan).toContain('Срок реализации плана: с 06.02.2023 по 31.12.2023');
    expect(plan.filter((line) => line.startsWith('Наставник ____________'))).toHaveLength(2);
    for (const date of plan.join('\n').match(/\d{2}\.\d{2}\.\d{4}/g) ?? [])
      expect(date.endsWith('.2023'), date).toBe(true);
    // a newly appointed deputy gets a manager's plan, not a young specialist's
    const petrova = plans.indexOf('Наставляемый: Петрова Наталья Владимировна, заместитель директора по ВР');
    expect(plans[petrova - 2]).toBe('Индивидуальный план развития управленческих кадров');

    const report = (
      await docxLines(join(folder, 'Аналитический отчёт о реализации программы наставничества 2023.docx'))
    ).join('\n');
    expect(report).toContain('на 2023 год');
    expect(report).not.toMatch(/учебн[а-я]* год/);
    expect(report).toContain('включить меры в дорожную карту следующего года,');
    expect(report).toMatch(/Пары «администрация – молодой специалист» \| ед\. \| 5 \| 4 \| не достигнут/);
  });
});
