/**
 * Issue 13, shape 1, offline end to end: the three-year district platform of heads and deputies
 * (test/support/district-platform.ts) typed into the sheets of `init`, then check → pair → the
 * curator's decisions → approve → roadmap → indicators → docs; every figure is read back from the
 * saved .xlsx and the DOCX files and was counted by hand from the fixture.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cellText } from '../../src/core/cell';
import { main } from '../../src/local/cli/main';
import { XlsxWorkbook } from '../../src/local/xlsx-workbook';
import {
  DISTRICT_DEPUTIES,
  DISTRICT_MENTEE_TEAM,
  DISTRICT_MENTOR_TEAM,
  DISTRICT_ORGANIZATIONS,
  DISTRICT_REJECTED,
  DISTRICT_SITUATIONAL,
  DISTRICT_TEMPLATE,
  DISTRICT_TODAY,
  fillDistrictPlatform,
  TEAM_FORM,
} from '../support/district-platform';
import { docxLines, headerOf, roadmapBars, sheetOf, shown } from '../support/read-back';

async function cli(...argv: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await main([...argv, '--quiet'], { out: (l) => out.push(l), err: (l) => out.push(l) });
  return { code, out: out.join('\n') };
}

describe('a three-year district platform of heads and deputies (01.09.2023 – 31.12.2025), offline', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nastavnik-district-'));
  const book = join(dir, 'площадка.xlsx');
  const folder = join(dir, 'площадка-документы');

  beforeAll(async () => {
    // the platform's first autumn: consents, appointments and approvals are of 2023
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(DISTRICT_TODAY);
    expect((await cli('init', book)).code).toBe(0);
    const typed = await XlsxWorkbook.open(book);
    fillDistrictPlatform(typed);
    await typed.save(book);
  });
  afterAll(() => vi.useRealTimers());

  it('check and pair: 14 proposals, each deputy with a director of another school, a team with a team', async () => {
    const check = await cli('check', book);
    expect(check.code).toBe(0);
    // people and teams apart: 6 directors + 2 members and a team; 13 deputies + 2 members and a team
    expect(check.out).toContain('Наставников: 8, из них готовы к подбору: 8; команд: 1, готовы: 1.');
    expect(check.out).toContain('Наставляемых: 15, из них готовы к подбору: 15; команд: 1, готовы: 1.');
    expect(await sheetOf(book, 'Проблемы')).toEqual([]);

    const pair = await cli('pair', book);
    expect(pair.code).toBe(0);
    expect(pair.out).toContain('Предложено пар: 14');
    const draft = await sheetOf(book, 'Пары (черновик)');
    expect(draft.map((r) => shown(r['Наставляемый'])).sort()).toEqual(
      [...DISTRICT_DEPUTIES.map((d) => d.name), DISTRICT_MENTEE_TEAM.name].sort(),
    );
    const teams = draft.filter((r) => r['Форма'] === TEAM_FORM);
    expect(teams.map((r) => `${shown(r['Наставник'])} → ${shown(r['Наставляемый'])}`)).toEqual([
      `${DISTRICT_MENTOR_TEAM.name} → ${DISTRICT_MENTEE_TEAM.name}`,
    ]);
    // the team's members are not matched by themselves: «Без пары» points at their team's proposal
    const waiting = (await sheetOf(book, 'Без пары')).filter((r) => r['Форма'] === TEAM_FORM);
    expect(waiting.map((r) => `${shown(r['Наставляемый'])}: ${shown(r['Почему нет пары'])}`)).toEqual(
      ['Фролов Игорь Валентинович', 'Чернова Алла Петровна'].map(
        (name) =>
          `${name}: предложена пара команды «${DISTRICT_MENTEE_TEAM.name}» с командой наставников «${DISTRICT_MENTOR_TEAM.name}» на листе «Пары (черновик)»: после «Утвердить пары» строка уйдёт отсюда`,
      ),
    );
    expect(new Set(draft.map((r) => shown(r['Вид наставничества'])))).toEqual(new Set(['сетевое']));
    const load = new Map<string, number>();
    for (const r of draft) load.set(shown(r['Наставник']), (load.get(shown(r['Наставник'])) ?? 0) + 1);
    expect(Math.max(...load.values())).toBeLessThanOrEqual(3);
    // the newly appointed get the role model of their form, and the reason names the appointment
    const voronova = draft.find((r) => r['Наставляемый'] === DISTRICT_SITUATIONAL);
    expect(shown(voronova?.['Ролевая модель'])).toBe('опытный заместитель – вновь назначенный заместитель');
    expect(shown(voronova?.['Почему эта модель'])).toContain('назначен');

    // the curator, in the sheet: accepts all but one, makes one pair «ситуационное»
    const workbook = await XlsxWorkbook.open(book);
    const grid = workbook.readSheet('Пары (черновик)') ?? [];
    const col = (title: string) => grid[0].findIndex((c) => cellText(c) === title) + 1;
    grid.slice(1).forEach((row, i) => {
      const mentee = cellText(row[col('Наставляемый') - 1]);
      const decision = mentee === DISTRICT_REJECTED ? 'отклонить' : 'принять';
      workbook.writeBlock('Пары (черновик)', { row: i + 2, col: col('Решение'), values: [[decision]] });
      if (mentee === DISTRICT_SITUATIONAL)
        workbook.writeBlock('Пары (черновик)', {
          row: i + 2,
          col: col('Вид наставничества'),
          values: [['ситуационное']],
        });
    });
    await workbook.save(book);
  });

  it('approve: 13 pairs in «Пары» from 02.10.2023, the rejected deputy on «Без пары»', async () => {
    const approve = await cli('approve', book);
    expect(approve.code).toBe(0);
    expect(approve.out).toContain('Утверждено пар: 13');
    const register = await sheetOf(book, 'Пары');
    expect(register.map((r) => r['ID пары'])).toEqual(
      Array.from({ length: 13 }, (_, i) => `П-${String(i + 1).padStart(4, '0')}`),
    );
    expect(register.map((r) => shown(r['Наставляемый']))).not.toContain(DISTRICT_REJECTED);
    expect(new Set(register.map((r) => shown(r['Дата начала'])))).toEqual(new Set(['02.10.2023']));
    const kinds = register.map((r) => `${shown(r['Наставляемый'])}: ${shown(r['Вид наставничества'])}`);
    // 11 deputies and the team of СОШ № 20 have a mentor of another school
    expect(kinds.filter((k) => k.endsWith(': сетевое'))).toHaveLength(12);
    expect(kinds).toContain(`${DISTRICT_MENTEE_TEAM.name}: сетевое`);
    expect(kinds).toContain(`${DISTRICT_SITUATIONAL}: ситуационное`);
    const without = await sheetOf(book, 'Без пары');
    expect(without.map((r) => `${shown(r['Наставляемый'])} (${shown(r['Форма'])})`)).toEqual([
      `${DISTRICT_REJECTED} (руководитель – заместитель)`,
    ]);
  });

  it('roadmap: three years from September 2023, the year-long session once, monthly meetings of year 2, nothing after 31.12.2025', async () => {
    const run = await cli('roadmap', book);
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      `Шаблон «${DISTRICT_TEMPLATE}», программа на 2023–2025 годы (лет программы: 3): 14 мероприятий`,
    );
    const rows = await sheetOf(book, 'Дорожная карта');
    expect(rows.map((r) => `${shown(r['Мероприятие'])} ${shown(r['Начало'])}–${shown(r['Окончание'])}`)).toEqual([
      'Приказ о создании муниципальной площадки и назначении кураторов в ОО 15.09.2023–30.09.2023',
      'Проектная сессия управленческих команд 01.12.2023–01.12.2024',
      'Аналитическая справка о работе площадки 20.06.2024–30.06.2024',
      ...['09.2024', '10.2024', '11.2024', '12.2024', '01.2025', '02.2025', '03.2025', '04.2025', '05.2025'].map(
        (month) => `Встреча наставника и заместителя 15.${month}–15.${month}`,
      ),
      'Аналитическая справка о работе площадки 20.06.2025–30.06.2025',
      'Итоговая конференция «Управленческое наставничество» 01.11.2025–30.11.2025',
    ]);
    // every date a reader sees lies in the programme's period
    for (const r of rows) {
      expect((r['Начало'] as Date) >= new Date(2023, 8, 1)).toBe(true);
      expect((r['Окончание'] as Date) <= new Date(2025, 11, 31)).toBe(true);
    }
    expect(new Set(rows.map((r) => shown(r['Этап'])))).toEqual(
      new Set(['1. Подготовительный этап', '2. Основной этап', '3. Обобщающий этап']),
    );
    // the report of year 3 would fall on 20.06.2026: left out, and «Проблемы» says why
    const problems = (await sheetOf(book, 'Проблемы')).filter((p) => p['Лист'] === 'Шаблоны дорожной карты');
    expect(problems.map((p) => shown(p['Что не так и как исправить']))).toEqual([
      'вне сроков программы (с 01.09.2023 по 31.12.2025): 2025/26: 20.06.2026 — в эти годы мероприятие не включено',
    ]);
    const header = await headerOf(book, 'Дорожная карта');
    const months = header.filter((h) => /^[а-я]{3} \d{4}$/.test(h));
    // the academic cycle from August 2023, up to the programme's last month: no columns for 2026
    expect(months).toHaveLength(29);
    expect([months[0], months[28]]).toEqual(['авг 2023', 'дек 2025']);
    // the year-long session is drawn from December 2023 to December 2024 (months from August 2023)
    const bars = await roadmapBars(book, '2023-П2');
    expect(bars).toBe(`....${'x'.repeat(13)}${'.'.repeat(12)}`);
  });

  it('indicators: the curator’s rules and П-14 counted by hand; the deputy of 29 is no young specialist', async () => {
    const run = await cli('indicators', book);
    expect(run.code).toBe(0);
    // the summary speaks of the programme's year, not of an academic year
    expect(run.out).toContain('показателей (план на 2023/24):');
    expect(run.out).toContain('впишите план в столбец «План 2023/24»');
    expect(run.out).not.toMatch(/учебн/);
    const table = await sheetOf(book, 'Показатели');
    const at = (code: string, title: string) => table.find((r) => r['Код'] === code)?.[title];
    expect(Object.keys(table[0]).filter((h) => h.startsWith('План'))).toEqual([
      'План 2023/24',
      'План 2024/25',
      'План 2025/26',
    ]);
    // all 20 organizations of «Организации» have people (СОШ № 20 through its team's members)
    expect(at('Д-01', 'Факт')).toBe(20);
    expect(at('Д-01', 'Статус')).toBe('достигнут');
    // 11 newly appointed: 10 deputies (3 in post since 2013–2016 are not) and Фролов, director of
    // СОШ № 20 since June 2023, in a pair through his team; Ямщиков has none: 10 of 11
    expect(at('Д-02', 'Факт')).toBe(90.9);
    expect(at('П-14', 'Факт')).toBe(90.9);
    expect(shown(at('П-14', 'Источник'))).toContain('10 из 11 вновь назначенных');
    // members are people, the team is not one: 12 deputies and 2 members of 15 mentees in a pair
    expect(shown(at('П-04', 'Источник'))).toContain('14 из 15 наставляемых в паре');
    expect(at('П-05', 'Факт')).toBe('менее 3 чел.'); // one person: not shown
    // 13 pairs, 12 of them «сетевое» (one typed «ситуационное» by the curator)
    expect(at('Д-03', 'Факт')).toBe(12);
    expect(at('Д-03', 'Статус')).toBe('достигнут');
    expect(at('П-06', 'Факт')).toBe(13);
    expect(at('П-03', 'Статус')).toBe('нет данных');
    expect(shown(at('П-03', 'Источник'))).toContain('нет молодых специалистов');
    // the comparison of organizations: tied, so in the natural order of their numbers (№ 2 before № 10)
    const first = table.findIndex((r) => r['Код'] === 'Место') + 1;
    const last = table.findIndex((r, i) => i > first && r['Показатель'] === 'Итого по программе');
    expect(table.slice(first, last).map((r) => `${shown(r['Код'])}. ${shown(r['Показатель'])}`)).toEqual(
      DISTRICT_ORGANIZATIONS.map((name) => `1. ${name}`),
    );
    const kinds = table.findIndex((r) => r['Код'] === 'Вид наставничества');
    expect(
      table
        .slice(kinds + 1, kinds + 3)
        .map((r) => `${shown(r['Код'])} ${shown(r['Показатель'])} ${shown(r['Ед. изм.'])}`),
    ).toEqual(['ситуационное 1 менее 3 чел.', 'сетевое 12 13']);
  });

  it('docs: files and headings speak of 2023–2025; the order, the plans and the report show each pair', async () => {
    expect((await cli('docs', book)).code).toBe(0);
    const files = readdirSync(folder).sort();
    expect(files.filter((f) => !f.includes('2023-2025'))).toEqual([]);
    expect(files).toContain('Приказ об утверждении наставнических пар 2023-2025.docx');
    expect(files).toContain('Дорожная карта программы наставничества 2023-2025.docx');
    expect(files).toContain('Аналитический отчёт о реализации программы наставничества 2023-2025.docx');
    // one plans document per organization with a pair: СОШ № 7–20 but СОШ № 18 (the rejected deputy)
    const plans = files.filter((f) => f.startsWith('Индивидуальные планы развития'));
    expect(plans).toHaveLength(13);
    expect(plans).toContain('Индивидуальные планы развития — СОШ № 7 — 2023-2025.docx');
    expect(plans.some((f) => f.includes('СОШ № 18'))).toBe(false);

    // the register of documents files them under the programme's period, not an academic year
    const filed = await sheetOf(book, 'Документы');
    expect(filed.length).toBe(readdirSync(folder).length);
    expect(new Set(filed.map((r) => shown(r['Срок программы'])))).toEqual(new Set(['2023–2025']));
    const register = await sheetOf(book, 'Пары');
    const order = await docxLines(join(folder, 'Приказ об утверждении наставнических пар 2023-2025.docx'));
    const text = order.join('\n');
    expect(text).toContain('на 2023–2025 годы');
    expect(text).not.toMatch(/учебн/);
    for (const pair of register) {
      const row = order.find(
        (line) =>
          line.includes(shown(pair['Наставник'])) &&
          line.includes(shown(pair['Наставляемый'])) &&
          line.includes('с 02.10.2023 по 31.12.2025'),
      );
      expect(row, shown(pair['Наставляемый'])).toBeDefined();
    }
    // no roadmap event names the plans: the deadline is a month after the start, inside the period
    expect(text).toContain('Наставникам в срок до 31.10.2023');

    // the team pair: the teams with their members in the appendix, the members (not the teams) sign
    const teamRow = order.find((line) => line.includes(DISTRICT_MENTEE_TEAM.name));
    expect(teamRow).toBe(
      `1 | ${DISTRICT_MENTOR_TEAM.name}, команда: Ершова М. Ю., Жданов П. С. (СОШ № 1) | ${DISTRICT_MENTEE_TEAM.name}, команда: Фролов И. В., Чернова А. П. | ${TEAM_FORM} | с 02.10.2023 по 31.12.2025`,
    );
    const last = order.slice(order.findIndex((line) => line.includes('в СОШ № 20')));
    const signed = last.slice(last.findIndex((line) => line.startsWith('С приказом ознакомлены')) + 2);
    expect(signed).toEqual([
      '1 | Ершова М. Ю. | |',
      '2 | Жданов П. С. | |',
      '3 | Фролов И. В. | |',
      '4 | Чернова А. П. | |',
    ]);
    const teamPlan = await docxLines(join(folder, 'Индивидуальные планы развития — СОШ № 20 — 2023-2025.docx'));
    expect(teamPlan.filter((line) => / ____________ [А-Я]/.test(line))).toEqual([
      'Наставник ____________ Ершова М. Ю.',
      'Наставник ____________ Жданов П. С.',
      'Наставляемый ____________ Фролов И. В.',
      'Наставляемый ____________ Чернова А. П.',
      'Куратор программы ____________ Кравцова Е. Б.',
    ]);
    expect(teamPlan).toContain(`Наставляемый: ${DISTRICT_MENTEE_TEAM.name}, команда: Фролов И. В., Чернова А. П.`);
    // a management team (a director and a deputy) gets a managers' plan, not a teacher's
    expect(teamPlan.slice(1, 3)).toEqual(['Индивидуальный план развития управленческих кадров', 'на 2023–2025 годы']);
    expect(teamPlan).toContain('1. Управленческие задачи и дефициты');
    const plan = await docxLines(join(folder, 'Индивидуальные планы развития — СОШ № 7 — 2023-2025.docx'));
    expect(plan.find((line) => line.startsWith('Наставляемый:'))).toBe(
      `Наставляемый: ${DISTRICT_SITUATIONAL}, заместитель директора по УВР`,
    );
    const dates = plan.join('\n').match(/\d{2}\.\d{2}\.\d{4}/g) ?? [];
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) {
      const [d, m, y] = date.split('.').map(Number);
      const day = new Date(y, m - 1, d);
      expect(day >= new Date(2023, 8, 1) && day <= new Date(2025, 11, 31), date).toBe(true);
    }

    const roadmap = await docxLines(join(folder, 'Дорожная карта программы наставничества 2023-2025.docx'));
    expect(roadmap.some((line) => line.endsWith('на 2023–2025 годы'))).toBe(true);
    const events = roadmap.filter((line) => /^\d+ \| /.test(line));
    expect(events).toHaveLength(14);
    expect(events.filter((line) => line.includes('2026'))).toEqual([]);
    expect(events[1]).toContain('Проектная сессия управленческих команд | | 01.12.2023 – 01.12.2024');

    const report = (
      await docxLines(join(folder, 'Аналитический отчёт о реализации программы наставничества 2023-2025.docx'))
    ).join('\n');
    expect(report).toContain('на 2023–2025 годы');
    // the measures go to the roadmap of the programme's next year, not of «the next academic year»
    expect(report).toContain('включить меры в дорожную карту следующего года программы (2024/25)');
    expect(report).toMatch(/Образовательные организации, участвующие в площадке \| ед\. \| 20 \| 20 \| достигнут/);
    // pairs by kind: the team pair is one «сетевое» pair, its two members two mentees
    expect(report).toContain('ситуационное | 1 | 0 | менее 3 чел. | менее 3 чел.');
    expect(report).toContain('сетевое | 12 | 0 | 13 |');
    // members are counted as people, the two teams are not
    expect(report).toContain('Наставников: 8, наставляемых: 15.');
    expect(report).toContain('Наставнических пар и групп: 13 (действуют – 13, завершены – 0, расторгнуты – 0).');
  });
});
