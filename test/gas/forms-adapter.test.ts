import { beforeEach, describe, expect, it } from 'vitest';
import { FormAppForms } from '../../src/gas/forms-adapter';
import { createFormWithPrompt, importAnswersWith, type PromptUi } from '../../src/gas/handlers/survey';
import { createFakeServices, type FakeServices, type FakeValue } from './fakes';
import { FakeFormApp } from './forms-fake';

const MENTEES: FakeValue[][] = [
  ['ID', 'ФИО', 'Организация', 'E-mail', 'Желаемая форма'],
  ['НЯ-0001', 'Семёнова Алёна Петровна', 'МБОУ СОШ № 1', 'alena@school1.ru', 'учитель – учитель'],
  ['НЯ-0002', 'Орлов Павел Сергеевич', 'МБОУ СОШ № 1', '', 'учитель – учитель'],
];
const MENTORS: FakeValue[][] = [
  ['ID', 'ФИО', 'Организация', 'E-mail'],
  ['НК-0001', 'Кузнецова Ольга Ивановна', 'МБОУ СОШ № 1', 'olga@school1.ru'],
  ['НК-0002', 'Белов Игорь Андреевич', 'МБОУ СОШ № 2', 'belov@school2.ru'],
];

let fakes: FakeServices;
let formApp: FakeFormApp;
let prompts: string[];

function promptUi(answer: string): PromptUi {
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

const forms = () =>
  new FormAppForms(formApp, formApp.responseSpreadsheet(), () => fakes.calls.record('SpreadsheetApp.flush'));

beforeEach(() => {
  fakes = createFakeServices();
  formApp = new FakeFormApp(fakes.calls, fakes.spreadsheet);
  prompts = [];
  fakes.spreadsheet.addSheet('Наставники', MENTORS);
  fakes.spreadsheet.addSheet('Наставляемые', MENTEES);
});

describe('«Создать анкету» through FormApp', () => {
  it('creates the exit form item by item: wording, scales with labels, required flags, e-mail, linked sheet, register row', () => {
    createFormWithPrompt(fakes.services, forms, promptUi('3 выход'));
    expect(prompts[0]).toContain('3 — Анкета наставляемого: ожидания и итоги (вход, выход)');
    expect(fakes.ui.alerts.at(-1)?.title).toBe('Анкета создана');
    const form = formApp.forms[0];
    expect(form.title).toBe('Анкета наставляемого: ожидания и итоги — итоговая анкета (2026/2027 уч. г.)');
    expect(form.collectEmail).toBe(true);
    expect(form.allowEdits).toBe(true);
    const items = form.data();
    expect(items.map((i) => i.type)).toEqual([
      'TextItem',
      'TextItem',
      'ScaleItem',
      'ScaleItem',
      'ScaleItem',
      'ScaleItem',
      'ScaleItem',
      'ScaleItem',
      'ScaleItem',
      'ScaleItem',
      'ScaleItem',
      'MultipleChoiceItem',
      'MultipleChoiceItem',
      'ParagraphTextItem',
      'ParagraphTextItem',
    ]);
    const comfort = items[3];
    expect(comfort).toMatchObject({
      title: 'Насколько комфортным было общение с наставником?',
      required: true,
      bounds: [1, 10],
      labels: ['1 – самый низкий балл', '10 – самый высокий балл'],
    });
    expect(items[11]).toMatchObject({
      title: 'Хотели бы вы продолжить общение с наставником после окончания программы?',
      choices: ['да', 'нет'],
    });
    expect(items[13].required).toBe(false);
    const register = fakes.spreadsheet.sheet('Анкеты')!.values();
    const h = register[0];
    expect(register[1][h.indexOf('ID формы')]).toBe('form-1');
    expect(register[1][h.indexOf('Шаблон')]).toBe('mentee-monitoring');
    expect(register[1][h.indexOf('Волна')]).toBe('выход');
    expect(register[1][h.indexOf('Лист ответов')]).toBe('Ответы формы — mentee-monitoring выход');
    expect(register[1][h.indexOf('Ссылка для ответов')]).toBe('https://docs.google.com/forms/d/e/pub-form-1/viewform');
    expect(JSON.parse(String(register[1][h.indexOf('Коды вопросов')]))).toMatchObject({
      [String(items[3].id)]: 'comfort',
    });
    expect(fakes.spreadsheet.sheet('Ответы формы — mentee-monitoring выход')).not.toBeNull();
  });

  it('fills the preference choices from the other side’s base', () => {
    createFormWithPrompt(fakes.services, forms, promptUi('7'));
    const items = formApp.forms[0].data();
    const firstMentorChoice = items.find((i) => i.title === 'Для наставляемых: 1-й выбор наставника')!;
    expect(firstMentorChoice.type).toBe('ListItem');
    expect(firstMentorChoice.choices).toEqual([
      'Белов Игорь Андреевич (МБОУ СОШ № 2)',
      'Кузнецова Ольга Ивановна (МБОУ СОШ № 1)',
    ]);
    const firstMenteeChoice = items.find((i) => i.title === 'Для наставников: 1-й выбор наставляемого')!;
    expect(firstMenteeChoice.choices).toEqual([
      'Орлов Павел Сергеевич (МБОУ СОШ № 1)',
      'Семёнова Алёна Петровна (МБОУ СОШ № 1)',
    ]);
  });

  it('asks again in plain Russian when the choice is not understood', () => {
    createFormWithPrompt(fakes.services, forms, promptUi('3'));
    expect(formApp.forms).toHaveLength(0);
    expect(fakes.ui.alerts.at(-1)?.prompt).toContain('укажите волну: вход или выход');
  });
});

function respond(count: number): void {
  // A respondent can answer only a published form that accepts responses.
  formApp.forms[0]?.assertAcceptsResponse();
  const sheet = fakes.spreadsheet.sheet('Ответы формы — mentee-monitoring вход')!;
  const header = sheet.values()[0].map(String);
  const rows: FakeValue[][] = [header];
  for (let i = 0; i < count; i++) {
    const row: FakeValue[] = header.map(() => '');
    const set = (title: string, value: FakeValue) => {
      row[header.indexOf(title)] = value;
    };
    set('Отметка времени', new Date(2026, 10, 1, 9, 0, i % 60, 0));
    set('Адрес электронной почты', i === 0 ? 'alena@school1.ru' : `person${i}@school.ru`);
    set('Фамилия, имя, отчество', i === 0 ? 'Семёнова Алёна Петровна' : `Участник ${i}`);
    set('Образовательная организация', 'МБОУ СОШ № 1');
    for (const title of header.filter((t) => t.startsWith('Насколько') || t.startsWith('Комфорт')))
      set(title, 1 + (i % 10));
    set(
      'Что вы хотите получить от работы с наставником?',
      i === 0 ? '\'=HYPERLINK("http://evil","x")' : "'-больше практики",
    );
    rows.push(row);
  }
  sheet.load(rows);
}

describe('«Загрузить ответы» from linked response sheets', () => {
  it('publishes the new form, so the link takes answers, and the register says «Принимает ответы»', () => {
    createFormWithPrompt(fakes.services, forms, promptUi('3 вход'));
    const form = formApp.forms[0];
    expect(() => form.assertAcceptsResponse()).not.toThrow();
    const register = fakes.spreadsheet.sheet('Анкеты')!.values();
    expect(register[1][register[0].indexOf('Приём ответов')]).toBe('Принимает ответы');
  });

  it('reports a form someone closed by hand, and still imports its answers', () => {
    createFormWithPrompt(fakes.services, forms, promptUi('3 вход'));
    respond(1);
    formApp.forms[0].acceptingResponses = false;
    importAnswersWith(fakes.services, forms);
    expect(fakes.ui.alerts.at(-1)?.title).toBe('Ответы загружены');
    const problems = fakes.spreadsheet.sheet('Проблемы')!.values().flat().map(String);
    expect(problems.some((text) => /закрыта и не принимает ответы/.test(text))).toBe(true);
    const register = fakes.spreadsheet.sheet('Анкеты')!.values();
    expect(register[1][register[0].indexOf('Приём ответов')]).toBe('Закрыта: не принимает ответы');
    expect(fakes.spreadsheet.sheet('Ответы')!.values().length).toBeGreaterThan(1);
  });

  it('writes respondents’ text as text and renamed questions still map through the form item ids', () => {
    createFormWithPrompt(fakes.services, forms, promptUi('3 вход'));
    // the curator renames a question in the form after it was created; the sheet header follows
    const form = formApp.forms[0];
    const renamed = form.items[3];
    renamed.setTitle('Комфорт общения с наставником (ожидание)');
    const sheet = fakes.spreadsheet.sheet('Ответы формы — mentee-monitoring вход')!;
    const header = sheet.values()[0].map(String);
    header[header.indexOf('Насколько комфортным вы ожидаете общение с наставником?')] =
      'Комфорт общения с наставником (ожидание)';
    sheet.load([header]);
    respond(2);
    importAnswersWith(fakes.services, forms);
    expect(fakes.ui.alerts.at(-1)?.title).toBe('Ответы загружены');
    const answers = fakes.spreadsheet.sheet('Ответы')!;
    const values = answers.values();
    const h = values[0];
    const evil = values.findIndex((r) => r[h.indexOf('Ответ')] === '=HYPERLINK("http://evil","x")');
    expect(evil).toBeGreaterThan(0);
    expect(answers.cell(evil + 1, h.indexOf('Ответ') + 1).formula).toBe('');
    expect(values.some((r) => r[h.indexOf('Ответ')] === '-больше практики')).toBe(true);
    expect(values.filter((r) => r[h.indexOf('Код вопроса')] === 'comfort').length).toBe(2);
    expect(values.some((r) => String(r[h.indexOf('Код вопроса')]).startsWith('?'))).toBe(false);
    expect(
      values.filter((r) => r[h.indexOf('Код вопроса')] === 'comfort').map((r) => r[h.indexOf('ID участника')]),
    ).toContain('НЯ-0001');
  });

  it('makes the same number of service calls for 1 200 and for 10 000 responses', () => {
    const callsFor = (count: number): Record<string, number> => {
      fakes = createFakeServices();
      formApp = new FakeFormApp(fakes.calls, fakes.spreadsheet);
      fakes.spreadsheet.addSheet('Наставники', MENTORS);
      fakes.spreadsheet.addSheet('Наставляемые', MENTEES);
      createFormWithPrompt(fakes.services, forms, promptUi('3 вход'));
      respond(count);
      importAnswersWith(fakes.services, forms); // the first import creates «Ответы», «Динамика»…
      respond(count + 5);
      fakes.calls.reset();
      importAnswersWith(fakes.services, forms);
      expect(fakes.ui.alerts.at(-1)?.title).toBe('Ответы загружены');
      return fakes.calls.byName();
    };
    // both sizes outgrow a new sheet's 1 000 rows in «Ответы» and «Проблемы», so both grow them once
    const small = callsFor(1_200);
    const large = callsFor(10_000);
    expect(large).toEqual(small);
  }, 300_000);
});
