/**
 * «Загрузить ответы» as a resumable job on the strict fakes: a large import that passes the time
 * budget continues in the progress dialog, and an execution Google kills at any write resumes
 * to exactly what one uninterrupted run writes — no response lost or repeated.
 */
import { describe, expect, it, vi } from 'vitest';
import { FormAppForms } from '../../src/gas/forms-adapter';
import type { Env } from '../../src/core/ports';
import { SIDEBAR_CALLS } from '../../src/core/usecases/sidebar-api';
import { importAnswers } from '../../src/core/usecases/survey/import-answers';
import { stepJob } from '../../src/gas/handlers/progress';
import { serve } from '../../src/gas/handlers/sidebar';
import {
  ANSWERS_RESUME_KEY,
  answersImportAction,
  createFormWithPrompt,
  importAnswersWith,
  type PromptUi,
} from '../../src/gas/handlers/survey';
import { CURRENT_JOB_KEY } from '../../src/gas/run-action';
import { createFakeServices, type FakeServices, type FakeValue } from './fakes';
import { FakeFormApp } from './forms-fake';

const MENTEES: FakeValue[][] = [
  ['ID', 'ФИО', 'Организация', 'E-mail', 'Желаемая форма'],
  ['НЯ-0001', 'Семёнова Алёна Петровна', 'МБОУ СОШ № 1', 'alena@school1.ru', 'учитель – учитель'],
];
const MENTORS: FakeValue[][] = [
  ['ID', 'ФИО', 'Организация', 'E-mail'],
  ['НК-0001', 'Кузнецова Ольга Ивановна', 'МБОУ СОШ № 1', 'olga@school1.ru'],
];
const REGISTRATION_SHEET = 'Ответы формы — registration-mentee разовая';
const MONITORING_SHEET = 'Ответы формы — mentee-monitoring вход';
/** Small chunks, so that 60 responses make many of them. */
const OPTIONS = { rowsPerChunk: 40 };
/** What a write costs on the execution clock (a slow spreadsheet). */
const WRITE_MS = 40_000;

interface Scenario {
  fakes: FakeServices;
  forms: () => FormAppForms;
}

function setUp(): Scenario {
  const fakes = createFakeServices({ htmlFiles: ['progress'] });
  const formApp = new FakeFormApp(fakes.calls, fakes.spreadsheet);
  fakes.spreadsheet.addSheet('Наставники', MENTORS);
  fakes.spreadsheet.addSheet('Наставляемые', MENTEES);
  const forms = () => new FormAppForms(formApp, formApp.responseSpreadsheet(), () => {});
  for (const choice of ['2', '3 вход']) createFormWithPrompt(fakes.services, forms, promptUi(fakes, choice));
  fillRegistrations(fakes, 8);
  fillMonitoring(fakes, 60);
  fakes.calls.reset();
  return { fakes, forms };
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

function fill(fakes: FakeServices, sheetName: string, count: number, row: (set: Setter, i: number) => void): void {
  const sheet = fakes.spreadsheet.sheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const header = sheet.values()[0].map(String);
  const rows: FakeValue[][] = [header];
  for (let i = 0; i < count; i++) {
    const cells: FakeValue[] = header.map(() => '');
    row((title, value) => {
      cells[header.indexOf(title)] = value;
    }, i);
    rows.push(cells);
  }
  sheet.load(rows);
}
type Setter = (title: string, value: FakeValue) => void;

/** New mentees register; they answer the monitoring form too. */
function fillRegistrations(fakes: FakeServices, count: number): void {
  fill(fakes, REGISTRATION_SHEET, count, (set, i) => {
    set('Отметка времени', new Date(2026, 8, 1, 10, i, 0));
    set('Адрес электронной почты', `new${i}@school.ru`);
    set('Фамилия, имя, отчество', `Новикова Ирина ${i}`);
    set('Образовательная организация', 'МБОУ СОШ № 1');
    set('Кто вы?', 'педагог');
  });
}

/** Registrants, strangers, and resubmissions (the same e-mail later: the later one counts). */
function fillMonitoring(fakes: FakeServices, count: number): void {
  fill(fakes, MONITORING_SHEET, count, (set, i) => {
    const person = i < 8 ? `new${i}` : i % 7 === 0 ? `again${i % 3}` : `person${i}`;
    set('Отметка времени', new Date(2026, 10, 1, 9, i, 0));
    set('Адрес электронной почты', i === 8 ? 'alena@school1.ru' : `${person}@school.ru`);
    set('Фамилия, имя, отчество', `Участник ${person}`);
    set('Образовательная организация', 'МБОУ СОШ № 1');
    set('Насколько комфортным вы ожидаете общение с наставником?', 1 + (i % 10));
    set('Что вы хотите получить от работы с наставником?', i % 5 === 0 ? "'=1+1" : `ответ ${i}`);
  });
}

/** The sheets an import writes, as a reader sees them (the register without its timestamps). */
function snapshot(fakes: FakeServices): Record<string, FakeValue[][]> {
  const sheet = (name: string) => fakes.spreadsheet.sheet(name)?.values() ?? [];
  const register = sheet('Анкеты');
  const imported = register[0]?.indexOf('Загружено ответов') ?? -1;
  return {
    Ответы: sheet('Ответы'),
    Наставляемые: sheet('Наставляемые'),
    Динамика: sheet('Динамика'),
    imported: register.map((row) => [row[0], row[imported]]),
    problems: sheet('Проблемы').map((row) => row.slice(0, 5)),
  };
}

/** The curator's way: the menu item, then the dialog's steps until the job is done. */
function importToTheEnd(scenario: Scenario, captions: string[] = []): void {
  const { fakes, forms } = scenario;
  importAnswersWith(fakes.services, forms, OPTIONS);
  const actions = { [ANSWERS_RESUME_KEY]: answersImportAction(forms, OPTIONS) };
  for (let call = 0; call < 500 && fakes.properties.data.has(CURRENT_JOB_KEY); call++) {
    const reply = stepJob('', fakes.services, actions);
    if (!reply.ok) throw new Error(reply.message);
    if (reply.value.status !== 'running') break;
    captions.push(reply.value.caption);
  }
}

/** One uninterrupted run (the clock stands still), checked on its own terms. */
function oneShot(): Record<string, FakeValue[][]> {
  const scenario = setUp();
  importToTheEnd(scenario);
  expect(scenario.fakes.ui.dialogs).toHaveLength(0);
  expect(scenario.fakes.ui.alerts.at(-1)?.title).toBe('Ответы загружены');
  const result = snapshot(scenario.fakes);
  expectEveryResponseOnce(result.Ответы);
  return result;
}

/**
 * 8 registrations and 60 monitoring answers, of which 7 come from 3 people answering again: 4
 * earlier ones give way. Each response is in «Ответы» once, all its items together; the
 * registrants and the known mentee are identified in their monitoring answers.
 */
function expectEveryResponseOnce(answers: FakeValue[][]): void {
  const header = answers[0].map(String);
  const column = (name: string) => header.indexOf(name);
  const byResponse = new Map<string, FakeValue[][]>();
  for (const row of answers.slice(1)) {
    const id = String(row[column('ID ответа')]);
    byResponse.set(id, [...(byResponse.get(id) ?? []), row]);
  }
  expect(byResponse.size).toBe(8 + 60 - 4);
  for (const rows of byResponse.values()) {
    const items = rows.map((row) => row[column('Код вопроса')]);
    expect(new Set(items).size).toBe(items.length);
    expect(items).toContain('fio');
  }
  const monitoring = [...byResponse.values()].filter((rows) => rows[0][column('Анкета')] === 'mentee-monitoring');
  const ids = monitoring.map((rows) => String(rows[0][column('ID участника')]));
  expect(ids.filter((id) => /^НЯ-000\d$/.test(id)).sort()).toEqual(
    Array.from({ length: 9 }, (_, i) => `НЯ-000${i + 1}`),
  );
}

/** Every write costs WRITE_MS on the execution clock; `killAt` makes the n-th write's execution die there. */
function slowAndMortal(fakes: FakeServices, killAt: number | null = null): { writes: () => number } {
  const record = fakes.calls.record.bind(fakes.calls);
  let writes = 0;
  let dead = false;
  fakes.calls.record = (name: string) => {
    if (dead) throw new Error('Exceeded maximum execution time');
    record(name);
    if (!/\.(set|insert|clear|delete)/.test(name)) return;
    writes++;
    fakes.clock.advance(WRITE_MS);
    if (writes === killAt) {
      dead = true;
      throw new Error('Exceeded maximum execution time');
    }
  };
  return {
    writes: () => {
      // the killed execution is over: Google releases its lock, the next one starts alive
      dead = false;
      fakes.lock.locked = false;
      return writes;
    },
  };
}

describe('«Загрузить ответы» as a resumable job', () => {
  it('past the time budget it continues in the progress dialog, «Загружено N из M ответов», to what one run writes', () => {
    const expected = oneShot();
    const answers = expected.Ответы;
    const header = answers[0];
    const ids = answers.slice(1).map((row) => String(row[header.indexOf('ID ответа')]));
    // the import did write something worth comparing: registrations, identified answers, many rows
    expect(expected.Наставляемые.length).toBe(MENTEES.length + 8);
    expect(new Set(ids).size).toBeGreaterThan(50);

    const scenario = setUp();
    slowAndMortal(scenario.fakes);
    const captions: string[] = [];
    importToTheEnd(scenario, captions);
    expect(scenario.fakes.ui.dialogs.map((dialog) => dialog.html.file)).toEqual(['progress']);
    expect(captions.length).toBeGreaterThan(5);
    const numbers = captions.map((caption) => /^Загружено (\d+) из (\d+) ответов$/.exec(caption)?.slice(1).map(Number));
    expect(numbers.every((pair) => pair !== undefined)).toBe(true);
    const done = numbers.map((pair) => pair?.[0] ?? 0);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(new Set(numbers.map((pair) => pair?.[1])).size).toBe(1);
    expect(snapshot(scenario.fakes)).toEqual(expected);
  });

  it('the «Анкеты» sidebar opens the progress dialog when its import pauses, and the dialog finishes it', () => {
    const expected = oneShot();
    const scenario = setUp();
    slowAndMortal(scenario.fakes);
    const { fakes, forms } = scenario;
    // The sidebar's call, with the fake FormApp in place of Google's.
    const call = {
      ...SIDEBAR_CALLS.sidebarImportAnswers,
      run: (env: Env) => importAnswers({ ...env, forms: forms() }, [], OPTIONS),
    };
    const reply = serve(call, [], fakes.services);
    expect(reply.ok && reply.value.status).toBe('paused');
    expect(fakes.ui.dialogs.map((dialog) => [dialog.html.file, dialog.title])).toEqual([
      ['progress', 'Загрузка ответов'],
    ]);
    const actions = { [ANSWERS_RESUME_KEY]: answersImportAction(forms, OPTIONS) };
    for (let call = 0; call < 500 && fakes.properties.data.has(CURRENT_JOB_KEY); call++) {
      const step = stepJob('', fakes.services, actions);
      if (!step.ok || step.value.status !== 'running') break;
    }
    expect(snapshot(fakes)).toEqual(expected);
  });

  it('killed at any write, then chosen again, it ends with exactly what one run writes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const expected = oneShot();
    const probe = setUp();
    const counter = slowAndMortal(probe.fakes);
    importToTheEnd(probe);
    const total = counter.writes();
    expect(total).toBeGreaterThan(30);
    for (let killAt = 1; killAt <= total; killAt++) {
      const scenario = setUp();
      const mortal = slowAndMortal(scenario.fakes, killAt);
      try {
        importToTheEnd(scenario);
      } catch {
        // the execution died: the dialog (if open) reports a failure and stops
      }
      mortal.writes();
      importToTheEnd(scenario);
      expect(snapshot(scenario.fakes), `killed at write ${killAt}`).toEqual(expected);
      expect(scenario.fakes.properties.data.has(CURRENT_JOB_KEY), `killed at write ${killAt}`).toBe(false);
    }
    vi.restoreAllMocks();
  }, 120_000);
});
