/**
 * Issue 13's two shapes through the Apps Script adapter: the same fixtures as offline
 * (test/support/district-platform.ts, network-project.ts) typed into the fake spreadsheet, then the
 * menu items a curator clicks — «Подготовить таблицу», «Проверить базы», «Сформировать пары»,
 * «Утвердить пары», «Сформировать дорожную карту», «Показатели», «Документы» — and the sheets and
 * Google Docs read back from the fakes. Figures are the hand-counted ones of the offline tests.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Cell, cellText, formatRuDate } from '../../src/core/cell';
import { DRAFT_SHEET } from '../../src/core/matching/draft-sheet';
import type { WorkbookPort } from '../../src/core/ports';
import { setupWorkbook } from '../../src/core/usecases/setup-workbook';
import { runDocumentsMenu } from '../../src/gas/handlers/documents';
import { menuIndicators } from '../../src/gas/handlers/indicators';
import { menuApprovePairs, menuFormPairs } from '../../src/gas/handlers/pairs';
import { menuGenerateRoadmap } from '../../src/gas/handlers/roadmap';
import { createFormWithPrompt, importAnswersWith, type PromptUi } from '../../src/gas/handlers/survey';
import { sidebarDashboard } from '../../src/gas/handlers/sidebar';
import { menuCheckBases } from '../../src/gas/handlers/workbook';
import type { Dashboard } from '../../src/core/usecases/dashboard';
import { FormAppForms } from '../../src/gas/forms-adapter';
import { DocumentPropertiesStore } from '../../src/gas/host-services';
import { runMenuAction } from '../../src/gas/run-action';
import { SheetsWorkbook } from '../../src/gas/sheets-workbook';
import {
  DISTRICT_MENTEE_TEAM,
  DISTRICT_REJECTED,
  DISTRICT_SITUATIONAL,
  DISTRICT_TODAY,
  fillDistrictPlatform,
  TEAM_FORM,
} from '../support/district-platform';
import {
  ADMIN_FORM,
  ADMIN_MODEL,
  NETWORK_ENTRY,
  NETWORK_EXIT,
  fillNetworkProject,
  NETWORK_ONE_FORM,
  NETWORK_TODAY,
  NETWORK_YOUNG,
  SUBJECT_FORM,
} from '../support/network-project';
import { createFakeServices, type FakeServices, type FakeValue, installGlobals } from './fakes';
import { FakeFormApp } from './forms-fake';
import { FakeDocumentApp } from './fakes/document-app';

const normal = (text: string) =>
  text
    .replace(/[–—]/g, '–')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const shown = (cell: Cell | undefined) => (cell instanceof Date ? formatRuDate(cell) : normal(cellText(cell ?? null)));

/** The curator's whole year in Google Sheets, on «today» of the programme; `decide` edits the draft. */
function curatorInGoogle(
  today: Date,
  fill: (workbook: WorkbookPort) => void,
  decide: (record: Record<string, Cell>) => { decision: string; kind?: string } = () => ({ decision: 'принять' }),
  answers?: (fakes: FakeServices) => void,
) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(today);
  const fakes = createFakeServices({ locale: 'ru' });
  runMenuAction('Подготовить таблицу', setupWorkbook, { lock: true }, fakes.services);
  const workbook = new SheetsWorkbook(fakes.spreadsheet, fakes.services, new DocumentPropertiesStore(fakes.properties));
  fill(workbook);
  const ui = fakes.ui as unknown as {
    alert: (...args: unknown[]) => unknown;
    alerts: Array<{ title: string; prompt: string }>;
  };
  const alert = ui.alert.bind(ui);
  ui.alert = (title: unknown, prompt: unknown, buttons: unknown) => {
    alert(title, prompt, buttons);
    return buttons === 'YES_NO' ? 'YES' : 'OK';
  };
  const docs = new FakeDocumentApp(fakes.calls);
  let dashboard: Dashboard | null = null;
  const restore = installGlobals(globalThis, fakes);
  try {
    menuCheckBases();
    menuFormPairs();
    const draft = workbook.readSheet(DRAFT_SHEET) ?? [];
    const header = draft[0].map((cell) => cellText(cell));
    draft.slice(1).forEach((row, i) => {
      const { decision, kind } = decide(Object.fromEntries(header.map((title, c) => [title, row[c]])));
      workbook.writeBlock(DRAFT_SHEET, { row: i + 2, col: header.indexOf('Решение') + 1, values: [[decision]] });
      if (kind)
        workbook.writeBlock(DRAFT_SHEET, {
          row: i + 2,
          col: header.indexOf('Вид наставничества') + 1,
          values: [[kind]],
        });
    });
    menuApprovePairs();
    menuGenerateRoadmap();
    answers?.(fakes);
    menuIndicators();
    const panel = sidebarDashboard();
    if (!panel.ok) throw new Error(panel.message);
    dashboard = panel.value;
  } finally {
    restore();
  }
  runDocumentsMenu('Документы', ['order', 'plans', 'report', 'roadmap'], fakes.services, docs);
  const sheet = (name: string): Record<string, Cell>[] => {
    const values = (fakes.spreadsheet.sheet(name)?.values() ?? [[]]) as Cell[][];
    const titles = values[0].map((cell) => cellText(cell));
    return values.slice(1).map((row) => Object.fromEntries(titles.map((title, i) => [title, row[i] ?? null])));
  };
  const doc = (name: string) => {
    const found = docs.docs.find((d) => d.name === name);
    if (!found) throw new Error(`no document «${name}»: ${docs.docs.map((d) => d.name).join(', ')}`);
    return found;
  };
  return { alerts: ui.alerts, sheet, docs, doc, dashboard: dashboard as Dashboard | null };
}

afterEach(() => vi.useRealTimers());

/**
 * «Анкеты → Создать анкету…» for the mentee's entry and exit waves (the prompt answered «3 вход»,
 * «3 выход»), the young specialists' answers in the forms' response sheets, then «Загрузить ответы».
 */
function monitoringInGoogle(fakes: FakeServices): void {
  const formApp = new FakeFormApp(fakes.calls, fakes.spreadsheet);
  const forms = () => new FormAppForms(formApp, formApp.responseSpreadsheet(), () => {});
  for (const choice of ['3 вход', '3 выход']) createFormWithPrompt(fakes.services, forms, promptUi(fakes, choice));
  const waves: Array<[string, Date, Record<string, [number, number]>]> = [
    ['вход', new Date(2023, 1, 15, 10, 0), NETWORK_ENTRY],
    ['выход', new Date(2023, 10, 20, 10, 0), NETWORK_EXIT],
  ];
  for (const [wave, day, scores] of waves) {
    const sheet = fakes.spreadsheet.sheet(`Ответы формы — mentee-monitoring ${wave}`);
    if (!sheet) throw new Error(`no response sheet for ${wave}`);
    const header = sheet.values()[0].map(String);
    const rows = NETWORK_YOUNG.map((young, i) => {
      const cells: FakeValue[] = header.map(() => '');
      const set = (title: string, value: FakeValue) => {
        if (header.indexOf(title) < 0) throw new Error(`no question «${title}» in ${wave}`);
        cells[header.indexOf(title)] = value;
      };
      set('Отметка времени', new Date(day.getTime() + i * 60_000));
      set('Фамилия, имя, отчество', young.ФИО);
      set('Образовательная организация', young.Организация);
      set('Насколько уверенно вы чувствуете себя в профессии (учёбе)?', scores[young.ФИО][0]);
      set('Насколько высока ваша мотивация к профессиональному (личностному) росту?', scores[young.ФИО][1]);
      return cells;
    });
    sheet.load([header, ...rows]);
  }
  vi.setSystemTime(new Date(2023, 10, 25, 10, 0));
  importAnswersWith(fakes.services, forms);
}

function promptUi(fakes: FakeServices, answer: string): PromptUi {
  return {
    ButtonSet: { OK: 'OK', OK_CANCEL: 'OK_CANCEL' } as unknown as PromptUi['ButtonSet'],
    Button: { OK: 'OK', CANCEL: 'CANCEL' } as unknown as PromptUi['Button'],
    prompt: () => ({
      getSelectedButton: () => 'OK' as unknown as GoogleAppsScript.Base.Button,
      getResponseText: () => answer,
    }),
    alert: (title, text) => {
      fakes.ui.alerts.push({ title, prompt: text });
      return 'OK' as unknown as GoogleAppsScript.Base.Button;
    },
  };
}

describe('Apps Script: the three-year district platform of heads and deputies (2023–2025)', () => {
  it('menu items end to end: 13 pairs, the roadmap inside 2023–2025, the rules, documents named «2023-2025»', () => {
    const run = curatorInGoogle(DISTRICT_TODAY, fillDistrictPlatform, (r) => ({
      decision: r['Наставляемый'] === DISTRICT_REJECTED ? 'отклонить' : 'принять',
      kind: r['Наставляемый'] === DISTRICT_SITUATIONAL ? 'ситуационное' : undefined,
    }));
    // the panel's subtitle: the programme's period, not the academic year of «Настройки»
    expect(run.dashboard?.academicYear).toBe('2023–2025 годы');
    const titles = run.alerts.map((a) => a.title);
    expect(titles).toEqual(expect.arrayContaining(['Проверка баз', 'Пары сформированы', 'Пары утверждены']));
    const check = run.alerts.find((a) => a.title === 'Проверка баз')?.prompt ?? '';
    expect(check).toContain('Наставляемых: 15, из них готовы к подбору: 15; команд: 1, готовы: 1.');

    const register = run.sheet('Пары');
    expect(register).toHaveLength(13);
    expect(register.map((r) => shown(r['Наставляемый']))).not.toContain(DISTRICT_REJECTED);
    expect(register.filter((r) => r['Вид наставничества'] === 'сетевое')).toHaveLength(12);
    expect(register.find((r) => r['Форма'] === TEAM_FORM)?.['Наставляемый']).toBe(DISTRICT_MENTEE_TEAM.name);
    expect(register.find((r) => r['Наставляемый'] === DISTRICT_SITUATIONAL)?.['Вид наставничества']).toBe(
      'ситуационное',
    );
    expect(run.sheet('Без пары').map((r) => shown(r['Наставляемый']))).toEqual([DISTRICT_REJECTED]);

    const roadmap = run.sheet('Дорожная карта');
    expect(roadmap).toHaveLength(14);
    const long = roadmap.find((r) => r['Мероприятие'] === 'Проектная сессия управленческих команд');
    expect(`${shown(long?.['Начало'])}–${shown(long?.['Окончание'])}`).toBe('01.12.2023–01.12.2024');
    expect(
      roadmap.filter((r) => r['Мероприятие'] === 'Встреча наставника и заместителя').map((r) => shown(r['Начало'])),
    ).toEqual(
      ['09.2024', '10.2024', '11.2024', '12.2024', '01.2025', '02.2025', '03.2025', '04.2025', '05.2025'].map(
        (m) => `15.${m}`,
      ),
    );
    expect(roadmap.map((r) => shown(r['Окончание'])).filter((d) => d.endsWith('2026'))).toEqual([]);

    const table = run.sheet('Показатели');
    const at = (code: string, title: string) => table.find((r) => r['Код'] === code)?.[title];
    expect(Object.keys(table[0]).filter((h) => h.startsWith('План'))).toEqual([
      'План 2023/24',
      'План 2024/25',
      'План 2025/26',
    ]);
    expect(at('Д-01', 'Факт')).toBe(20);
    expect(at('Д-02', 'Факт')).toBe(90.9);
    expect(at('П-14', 'Факт')).toBe(90.9);
    expect(at('Д-03', 'Факт')).toBe(12);
    expect(shown(at('П-04', 'Источник'))).toContain('14 из 15 наставляемых в паре');
    expect(at('П-03', 'Статус')).toBe('нет данных');

    const names = run.docs.docs.map((d) => d.name);
    expect(names.filter((n) => !n.endsWith('2023-2025'))).toEqual([]);
    expect(new Set(run.sheet('Документы').map((r) => shown(r['Срок программы'])))).toEqual(new Set(['2023–2025']));
    expect(names.filter((n) => n.startsWith('Индивидуальные планы развития'))).toHaveLength(13);
    const order = run.doc('Приказ об утверждении наставнических пар 2023-2025');
    const rows = order.elements.flatMap((e) => (e.type === 'table' ? e.cells.map((cells) => cells.map(normal)) : []));
    for (const pair of register) {
      const row = rows.find(
        (cells) => cells[1]?.includes(shown(pair['Наставник'])) && cells[2]?.includes(shown(pair['Наставляемый'])),
      );
      expect(row?.[4], shown(pair['Наставляемый'])).toBe('с 02.10.2023 по 31.12.2025');
    }
    const team = rows.find((cells) => cells[2]?.startsWith(DISTRICT_MENTEE_TEAM.name));
    expect(team?.[2]).toBe(`${DISTRICT_MENTEE_TEAM.name}, команда: Фролов И. В., Чернова А. П.`);
    const teamPlan = run.doc('Индивидуальные планы развития — СОШ № 20 — 2023-2025').paragraphTexts().map(normal);
    expect(teamPlan.filter((line) => / ____________ [А-Я]/.test(line))).toEqual([
      'Наставник ____________ Ершова М. Ю.',
      'Наставник ____________ Жданов П. С.',
      'Наставляемый ____________ Фролов И. В.',
      'Наставляемый ____________ Чернова А. П.',
      'Куратор программы ____________ Кравцова Е. Б.',
    ]);
    const text = order.paragraphTexts().map(normal);
    expect(text).toContain(
      '2. Наставникам в срок до 31.10.2023 совместно с наставляемыми разработать индивидуальные планы развития и обеспечить их выполнение.',
    );
  });
});

describe('Apps Script: the calendar-year network project of young specialists with two mentors (2023)', () => {
  it('menu items end to end: two pairs per young specialist, one row of monthly meetings, the rules, documents named «2023»', () => {
    const run = curatorInGoogle(NETWORK_TODAY, fillNetworkProject, undefined, monitoringInGoogle);
    expect(run.alerts.find((a) => a.title === 'Ответы загружены')?.prompt).toContain('Новых ответов: 10');
    expect(run.dashboard?.academicYear).toBe('2023 год');
    const register = run.sheet('Пары');
    expect(register).toHaveLength(12);
    for (const young of NETWORK_YOUNG.filter((y) => y.ФИО !== NETWORK_ONE_FORM)) {
      const own = register.filter((r) => r['Наставляемый'] === young.ФИО);
      expect(own.map((r) => `${shown(r['Форма'])}: ${shown(r['Ролевая модель'])}`).sort(), young.ФИО).toEqual([
        `${ADMIN_FORM}: ${ADMIN_MODEL}`,
        `${SUBJECT_FORM}: опытный педагог – молодой специалист`,
      ]);
    }
    expect(run.sheet('Без пары').map((r) => `${shown(r['Наставляемый'])} (${shown(r['Форма'])})`)).toEqual([
      `${NETWORK_ONE_FORM} (${ADMIN_FORM})`,
    ]);

    const roadmap = run.sheet('Дорожная карта');
    expect(roadmap.map((r) => shown(r['Мероприятие']))).toEqual([
      'Установочный семинар для наставников и молодых специалистов',
      'Встречи наставнических пар',
      'Сетевой методический марафон «Первые шаги в профессии»',
      'Итоговая конференция сетевого проекта',
    ]);
    expect(shown(roadmap[1]['Содержание'])).toBe(
      `Даты: ${['02', '03', '04', '05', '06', '07', '08', '09', '10', '11'].map((m) => `15.${m}.2023`).join(', ')}`,
    );

    const table = run.sheet('Показатели');
    const at = (code: string, title: string) => table.find((r) => r['Код'] === code)?.[title];
    expect(Object.keys(table[0]).filter((h) => h.startsWith('План'))).toEqual(['План 2023']);
    expect(at('Д-01', 'Факт')).toBe(100);
    expect(shown(at('П-03', 'Источник'))).toContain('5 из 5 молодых специалистов');
    expect(shown(at('Д-02', 'Источник'))).toContain('3 из 3');
    expect(at('Д-03', 'Факт')).toBe(4);
    expect(at('Д-04', 'Факт')).toBe(4);
    // entry → exit by hand: +2.5, +1.5, −0.5, +3, +1
    expect(at('П-10', 'Факт')).toBe(1.5);
    expect(at('П-11', 'Факт')).toBe(80);

    expect(run.docs.docs.map((d) => d.name).sort()).toEqual([
      'Аналитический отчёт о реализации программы наставничества 2023',
      'Дорожная карта программы наставничества 2023',
      'Индивидуальные планы развития — Гимназия № 1 — 2023',
      'Индивидуальные планы развития — Школа № 2 — 2023',
      'Индивидуальные планы развития — Школа № 3 — 2023',
      'Индивидуальные планы развития — Школа № 4 — 2023',
      'Приказ об утверждении наставнических пар 2023',
    ]);
    const orderDoc = run.doc('Приказ об утверждении наставнических пар 2023');
    const rows = orderDoc.elements.flatMap((e) =>
      e.type === 'table' ? e.cells.map((cells) => cells.map(normal)) : [],
    );
    for (const pair of register) {
      const row = rows.find(
        (cells) =>
          cells[1]?.startsWith(shown(pair['Наставник'])) &&
          cells[2]?.startsWith(shown(pair['Наставляемый'])) &&
          cells[3] === `${shown(pair['Форма'])}: ${shown(pair['Ролевая модель'])}`,
      );
      expect(row?.[4], `${shown(pair['Наставник'])} — ${shown(pair['Наставляемый'])}`).toBe(
        'с 06.02.2023 по 31.12.2023',
      );
    }
    const order = orderDoc.paragraphTexts().map(normal).join('\n');
    expect(order).toContain('на 2023 год');
    expect(order).toContain('Наставникам в срок до 28.02.2023');
    expect(order).not.toMatch(/учебн|2026/);
    const plans = run.doc('Индивидуальные планы развития — Гимназия № 1 — 2023').paragraphTexts().map(normal);
    const start = plans.indexOf('Наставляемый: Новикова Мария Ивановна, учитель математики');
    const plan = plans.slice(start, plans.indexOf('Куратор программы', start));
    expect(plan).toContain(
      `– Смирнов Андрей Викторович, заместитель директора по УВР (${ADMIN_FORM} / ${ADMIN_MODEL})`,
    );
    expect(plan).toContain('Срок реализации плана: с 06.02.2023 по 31.12.2023');
    const report = run
      .doc('Аналитический отчёт о реализации программы наставничества 2023')
      .paragraphTexts()
      .map(normal)
      .join('\n');
    expect(report).toContain('включить меры в дорожную карту следующего года,');
  });
});
