/**
 * «Создать анкету» for several questionnaires as a resumable job on the strict fakes (FormApp
 * fake: forms start unpublished, items and deletions counted): past the time budget the progress
 * dialog continues it «Создано 2 из 3»; an execution killed at any create or write, then the
 * same menu item chosen again, ends with exactly the forms one run makes — none made twice for
 * one choice, none missing.
 */
import { describe, expect, it, vi } from 'vitest';
import { SIDEBAR_CALLS } from '../../src/core/usecases/sidebar-api';
import type { Env } from '../../src/core/ports';
import { createForm, FORMS_JOB_ID } from '../../src/core/usecases/survey/create-form';
import { FormAppForms } from '../../src/gas/forms-adapter';
import { cancelJob, stepJob } from '../../src/gas/handlers/progress';
import { serve } from '../../src/gas/handlers/sidebar';
import {
  createFormWithPrompt,
  FORMS_RESUME_KEY,
  formsCreationAction,
  parseChoices,
  type PromptUi,
} from '../../src/gas/handlers/survey';
import { RESUMABLE_ACTIONS } from '../../src/gas/resumable-actions';
import { CURRENT_JOB_KEY } from '../../src/gas/run-action';
import { createFakeServices, type FakeServices, type FakeValue } from './fakes';
import { type FakeForm, FakeFormApp } from './forms-fake';

const MENTEES: FakeValue[][] = [
  ['ID', 'ФИО', 'Организация', 'E-mail', 'Желаемая форма'],
  ['НЯ-0001', 'Семёнова Алёна Петровна', 'МБОУ СОШ № 1', 'alena@school1.ru', 'учитель – учитель'],
];
const MENTORS: FakeValue[][] = [
  ['ID', 'ФИО', 'Организация', 'E-mail'],
  ['НК-0001', 'Кузнецова Ольга Ивановна', 'МБОУ СОШ № 1', 'olga@school1.ru'],
];
/** Three questionnaires at once: both registrations and the mentees' entry questionnaire. */
const ANSWER = '1, 2, 3 вход';
const CHOSEN = [
  ['registration-mentor', 'разовая'],
  ['registration-mentee', 'разовая'],
  ['mentee-monitoring', 'вход'],
];
/** What a create or a write costs on the execution clock: a form of ~20 questions fills a dialog step. */
const WRITE_MS = 1_500;

interface Scenario {
  fakes: FakeServices;
  formApp: FakeFormApp;
  forms: () => FormAppForms;
}

function setUp(): Scenario {
  const fakes = createFakeServices({ htmlFiles: ['progress'] });
  const formApp = new FakeFormApp(fakes.calls, fakes.spreadsheet);
  fakes.spreadsheet.addSheet('Наставники', MENTORS);
  fakes.spreadsheet.addSheet('Наставляемые', MENTEES);
  const forms = () => new FormAppForms(formApp, formApp.responseSpreadsheet(), () => {});
  fakes.calls.reset();
  return { fakes, formApp, forms };
}

function promptUi(fakes: FakeServices, answer: string, prompts: string[] = []): PromptUi {
  return {
    ButtonSet: { OK: 'OK', OK_CANCEL: 'OK_CANCEL' } as unknown as PromptUi['ButtonSet'],
    Button: { OK: 'OK', CANCEL: 'CANCEL' } as unknown as PromptUi['Button'],
    prompt: (_title, text) => {
      prompts.push(text);
      return {
        getSelectedButton: () => 'OK' as unknown as GoogleAppsScript.Base.Button,
        getResponseText: () => answer,
      };
    },
    alert: (title, text) => {
      fakes.ui.alerts.push({ title, prompt: text });
      return 'OK' as unknown as GoogleAppsScript.Base.Button;
    },
  };
}

/** The curator's way: the menu item, then the dialog's steps until the job is done. */
function createToTheEnd(scenario: Scenario, captions: string[] = [], prompts: string[] = []): void {
  const { fakes, forms } = scenario;
  createFormWithPrompt(fakes.services, forms, promptUi(fakes, ANSWER, prompts));
  const actions = { [FORMS_RESUME_KEY]: formsCreationAction(forms) };
  for (let call = 0; call < 100 && fakes.properties.data.has(CURRENT_JOB_KEY); call++) {
    const reply = stepJob('', fakes.services, actions);
    if (!reply.ok) throw new Error(reply.message);
    captions.push(reply.value.caption);
    if (reply.value.status !== 'running') break;
  }
}

function register(fakes: FakeServices): Record<string, FakeValue>[] {
  const grid = fakes.spreadsheet.sheet('Анкеты')?.values() ?? [];
  const header = grid[0]?.map(String) ?? [];
  return grid
    .slice(1)
    .filter((row) => row[0] !== '')
    .map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}

/** A form as a respondent and the curator meet it: item ids (a global counter in the fake) left out. */
function formView(form: FakeForm) {
  return {
    title: form.title,
    description: form.description,
    collectEmail: form.collectEmail,
    published: form.published,
    linked: form.destination !== null,
    items: form.data().map(({ id: _id, ...item }) => item),
  };
}

/** The register and the forms behind it, as a reader sees them. */
function snapshot(scenario: Scenario) {
  const { fakes, formApp } = scenario;
  const rows = register(fakes);
  return rows.map((row) => {
    const form = formApp.forms.find((candidate) => candidate.id === row['ID формы']);
    const codes = Object.values(JSON.parse(String(row['Коды вопросов']))) as string[];
    const sheet = fakes.spreadsheet.sheet(String(row['Лист ответов']));
    return {
      template: row['Шаблон'],
      wave: row['Волна'],
      title: row['Название'],
      status: row['Приём ответов'],
      links: [row['Ссылка для ответов'], row['Ссылка на редактирование']].map((url) =>
        String(url).replace(String(row['ID формы']), '<id>'),
      ),
      codes,
      responseSheet: row['Лист ответов'],
      responseHeader: sheet?.values()[0],
      form: form ? formView(form) : null,
    };
  });
}

function oneShot() {
  const scenario = setUp();
  createToTheEnd(scenario);
  expect(scenario.fakes.ui.dialogs).toHaveLength(0);
  expect(scenario.fakes.ui.alerts.at(-1)?.title).toBe('Анкеты созданы');
  const result = snapshot(scenario);
  expect(result.map((form) => [form.template, form.wave])).toEqual(CHOSEN);
  expect(scenario.formApp.forms).toHaveLength(3);
  for (const form of result) {
    expect(form.status).toBe('Принимает ответы');
    expect(form.form?.published).toBe(true);
    expect(form.form?.items.length).toBe(form.codes.length);
    expect(form.codes.length).toBeGreaterThan(5);
    // the response sheet's columns are the form's questions
    expect(form.responseHeader?.slice(-form.codes.length)).toEqual(form.form?.items.map((item) => item.title));
  }
  return result;
}

/**
 * Every create and write costs WRITE_MS on the execution clock; `killAt` makes the n-th one's
 * execution die there (the call does not happen). Records whether that call was the first write
 * after Google created a form — the one moment a kill can leave a form nothing knows about.
 */
function slowAndMortal(fakes: FakeServices, killAt: number | null = null) {
  const record = fakes.calls.record.bind(fakes.calls);
  let writes = 0;
  let dead = false;
  let justCreated = false;
  let killedRightAfterCreate = false;
  fakes.calls.record = (name: string) => {
    if (dead) throw new Error('Exceeded maximum execution time');
    const write = name === 'FormApp.create' || /\.(set|insert|clear|delete|add)/.test(name);
    if (write) {
      writes++;
      fakes.clock.advance(WRITE_MS);
      if (writes === killAt) {
        dead = true;
        killedRightAfterCreate = justCreated;
        throw new Error('Exceeded maximum execution time');
      }
      justCreated = name === 'FormApp.create';
    }
    record(name);
  };
  return {
    killedRightAfterCreate: () => killedRightAfterCreate,
    revive: () => {
      // the killed execution is over: Google releases its lock, the next one starts alive
      dead = false;
      fakes.lock.locked = false;
      return writes;
    },
  };
}

describe('«Создать анкету» for several questionnaires as a resumable job', () => {
  it('reads several choices from one answer, in order, without repeats', () => {
    const choices = [
      { code: 'a', title: 'А', waves: ['разовая'] },
      { code: 'b', title: 'Б', waves: ['вход', 'выход'] },
    ];
    expect(parseChoices('1, 2 вход; 2 выход, 1', choices)).toEqual([
      { code: 'a', wave: 'разовая' },
      { code: 'b', wave: 'вход' },
      { code: 'b', wave: 'выход' },
    ]);
    expect(parseChoices('1, 2', choices)).toBe('Для анкеты «Б» укажите волну: вход или выход.');
    expect(parseChoices('1, 9 вход', choices)).toMatch(/Не понял номер анкеты «9 вход»/);
  });

  it('the sidebar and the menu resume the same job', () => {
    expect(SIDEBAR_CALLS.sidebarCreateQuestionnaire.resumeAs).toBe(FORMS_RESUME_KEY);
    expect(SIDEBAR_CALLS.sidebarImportAnswers.resumeAs).toBeDefined();
    for (const call of Object.values(SIDEBAR_CALLS)) {
      if (call.resumeAs) expect(RESUMABLE_ACTIONS[call.resumeAs], call.title).toBeDefined();
    }
    expect(RESUMABLE_ACTIONS[FORMS_RESUME_KEY].jobId).toBe(FORMS_JOB_ID);
  });

  it('past the time budget it continues in the progress dialog, «Создано N из 3», to what one run makes', () => {
    const expected = oneShot();
    const scenario = setUp();
    slowAndMortal(scenario.fakes);
    const captions: string[] = [];
    const prompts: string[] = [];
    createToTheEnd(scenario, captions, prompts);
    expect(prompts).toHaveLength(1);
    expect(scenario.fakes.ui.dialogs.map((dialog) => dialog.html.file)).toEqual(['progress']);
    const running = captions.filter((caption) => caption !== '');
    expect(running.length).toBeGreaterThanOrEqual(1);
    for (const caption of running) expect(caption).toMatch(/^Создано [0-2] из 3$/);
    expect(snapshot(scenario)).toEqual(expected);
    expect(scenario.formApp.forms).toHaveLength(3);
    expect(scenario.fakes.properties.data.has(`job:${FORMS_JOB_ID}`)).toBe(false);
  });

  it('closed midway, the same menu item continues without asking again', () => {
    const expected = oneShot();
    const scenario = setUp();
    slowAndMortal(scenario.fakes);
    const prompts: string[] = [];
    createFormWithPrompt(scenario.fakes.services, scenario.forms, promptUi(scenario.fakes, ANSWER, prompts));
    expect(scenario.fakes.ui.dialogs).toHaveLength(1);
    // the curator closes the dialog; later chooses «Создать анкету…» again
    createToTheEnd(scenario, [], prompts);
    expect(prompts).toHaveLength(1);
    expect(snapshot(scenario)).toEqual(expected);
    expect(scenario.formApp.forms).toHaveLength(3);
  });

  it('a sidebar creation while another is paused continues that one and says the new one was not made', () => {
    const expected = oneShot();
    const scenario = setUp();
    const { fakes, forms } = scenario;
    slowAndMortal(fakes);
    createFormWithPrompt(fakes.services, forms, promptUi(fakes, ANSWER));
    expect(fakes.properties.data.has(`job:${FORMS_JOB_ID}`)).toBe(true);
    const call = {
      ...SIDEBAR_CALLS.sidebarCreateQuestionnaire,
      run: (env: Env, template: string, wave: string) => createForm({ ...env, forms: forms() }, template, wave),
    };
    const actions = { [FORMS_RESUME_KEY]: formsCreationAction(forms) };
    let reply = serve(call, ['satisfaction', 'разовая'], fakes.services);
    for (let i = 0; i < 10 && reply.ok && reply.value.status === 'paused'; i++) {
      const step = stepJob('', fakes.services, actions);
      if (step.ok && step.value.status !== 'running') break;
      reply = serve(call, ['satisfaction', 'разовая'], fakes.services);
    }
    const lines = reply.ok ? reply.value.lines.join(' ') : '';
    expect(lines).toMatch(/выбранные сейчас анкеты не созданы/);
    expect(snapshot(scenario)).toEqual(expected);
  });

  it('cancelled midway, the same choices again go on with the forms already made', () => {
    const expected = oneShot();
    const scenario = setUp();
    slowAndMortal(scenario.fakes);
    const { fakes, forms } = scenario;
    createFormWithPrompt(fakes.services, forms, promptUi(fakes, ANSWER));
    const actions = { [FORMS_RESUME_KEY]: formsCreationAction(forms) };
    const step = stepJob('', fakes.services, actions);
    expect(step.ok && step.value.caption).toMatch(/^Создано [12] из 3$/);
    const cancelled = cancelJob('', fakes.services, actions);
    expect(cancelled.ok && cancelled.value.status).toBe('cancelled');
    expect(fakes.properties.data.has(CURRENT_JOB_KEY)).toBe(false);
    const before = scenario.formApp.forms.length;
    expect(before).toBeLessThan(3);
    createToTheEnd(scenario);
    expect(snapshot(scenario)).toEqual(expected);
    expect(scenario.formApp.forms).toHaveLength(3);
  });

  it('a form whose creation was cut off shows in the «Анкеты» sidebar as not finished, not as a file', () => {
    const scenario = setUp();
    const { fakes } = scenario;
    // killed at the first item of the first form: its row says «Создаётся»
    let killed = false;
    const record = fakes.calls.record.bind(fakes.calls);
    fakes.calls.record = (name: string) => {
      if (!killed && name === 'Form.setDescription') {
        killed = true;
        throw new Error('Exceeded maximum execution time');
      }
      record(name);
    };
    vi.spyOn(console, 'error').mockImplementation(() => {});
    createFormWithPrompt(fakes.services, scenario.forms, promptUi(fakes, ANSWER));
    vi.restoreAllMocks();
    fakes.lock.locked = false;
    const reply = serve(SIDEBAR_CALLS.sidebarQuestionnaires, [], fakes.services);
    if (!reply.ok) throw new Error(reply.message);
    expect(reply.value.forms.map((form) => [form.template, form.status, form.fromFile])).toEqual([
      ['registration-mentor', 'Создаётся: ссылку пока не рассылайте', false],
    ]);
  });

  it('killed at any create or write, then chosen again, it ends with exactly the forms one run makes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const expected = oneShot();
    const probe = setUp();
    const counter = slowAndMortal(probe.fakes);
    createToTheEnd(probe);
    const total = counter.revive();
    expect(total).toBeGreaterThan(100);
    let orphans = 0;
    let completed = 0;
    for (let killAt = 1; killAt <= total; killAt++) {
      const scenario = setUp();
      const mortal = slowAndMortal(scenario.fakes, killAt);
      try {
        createToTheEnd(scenario);
      } catch {
        // the execution died: the dialog (if open) reports a failure and stops
      }
      mortal.revive();
      const label = `killed at write ${killAt}`;
      // Chosen again: a paused or interrupted creation continues. One that had made every form
      // (killed while tidying up) has nothing left: the register already shows it complete.
      if (scenario.fakes.properties.data.has(`job:${FORMS_JOB_ID}`) || register(scenario.fakes).length < 3) {
        createToTheEnd(scenario);
        expect(scenario.fakes.properties.data.has(CURRENT_JOB_KEY), label).toBe(false);
      } else completed++;
      expect(snapshot(scenario), label).toEqual(expected);
      // Every form Google holds is in the register — except, when the kill fell between Google
      // creating a form and its registration, that one empty form no respondent can reach.
      const registered = new Set(register(scenario.fakes).map((row) => row['ID формы']));
      const unknown = scenario.formApp.forms.filter((form) => !registered.has(form.id));
      if (mortal.killedRightAfterCreate()) {
        expect(unknown.map(formView), label).toEqual([
          expect.objectContaining({ published: false, linked: false, items: [] }),
        ]);
        orphans++;
      } else expect(unknown, label).toEqual([]);
    }
    expect(orphans).toBe(3);
    expect(completed).toBeLessThan(5);
    vi.restoreAllMocks();
  }, 300_000);
});
