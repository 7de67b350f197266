import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/cell';
import { runDocumentsMenu } from '../../src/gas/handlers/documents';
import { generateRoadmap } from '../../src/gas/handlers/roadmap';
import { schoolWorkbook } from '../core/documents/fixture';
import { createFakeServices, type FakeValue } from './fakes';
import { FakeDocumentApp } from './fakes/document-app';

type Answer = 'YES' | 'NO' | 'OK';

function setUp(answer: Answer = 'YES', settings?: Grid) {
  const fakes = createFakeServices({ locale: 'ru' });
  const school = schoolWorkbook(settings ? { Настройки: settings } : {});
  for (const name of school.sheetNames()) {
    const grid = school.readSheet(name) ?? [];
    fakes.spreadsheet.addSheet(
      name,
      grid.map((row) => row.map((cell) => (cell === null ? '' : (cell as FakeValue)))),
    );
  }
  const ui = fakes.ui as unknown as {
    alert: (...args: unknown[]) => unknown;
    alerts: Array<{ title: string; prompt: string }>;
  };
  const alert = ui.alert.bind(ui);
  ui.alert = (title: unknown, prompt: unknown, buttons: unknown) => {
    alert(title, prompt, buttons);
    return buttons === 'YES_NO' ? answer : 'OK';
  };
  const docs = new FakeDocumentApp(fakes.calls);
  return { fakes, docs, alerts: ui.alerts };
}

describe('menu «Сформировать дорожную карту»', () => {
  it('writes the roadmap into the spreadsheet and reports it', () => {
    const { fakes, alerts } = setUp();
    generateRoadmap(fakes.services);
    expect(alerts[0].title).toBe('Дорожная карта сформирована');
    const sheet = fakes.spreadsheet.sheet('Дорожная карта');
    expect(sheet?.values()[0].slice(0, 3)).toEqual(['№', 'Этап', 'Мероприятие']);
    expect((sheet?.values().length ?? 0) > 10).toBe(true);
  });
});

describe('menu «Документы»', () => {
  it('asks before creating several Google Docs, with the daily quota warning', () => {
    const settings = [
      ['Ключ', 'Значение'],
      ['plansLayout', 'по документу на наставляемого'],
      ['academicYear', 2026],
    ] as Grid;
    const declined = setUp('NO', settings);
    runDocumentsMenu('Индивидуальные планы развития', ['plans'], declined.fakes.services, declined.docs);
    expect(declined.alerts).toHaveLength(1);
    expect(declined.alerts[0].prompt).toContain('Индивидуальные планы развития: 4 документа');
    expect(declined.alerts[0].prompt).toContain(
      'не более 250 документов в день для обычного аккаунта и 1500 — для Google Workspace',
    );
    expect(declined.docs.docs).toHaveLength(0);

    const accepted = setUp('YES', settings);
    runDocumentsMenu('Индивидуальные планы развития', ['plans'], accepted.fakes.services, accepted.docs);
    expect(accepted.docs.docs).toHaveLength(4);
    expect(accepted.alerts.at(-1)?.title).toBe('Документы созданы');
    const register = accepted.fakes.spreadsheet.sheet('Документы')?.values() ?? [];
    expect(register).toHaveLength(5);
  });

  it('creates a single document without asking and links it back', () => {
    const { fakes, docs, alerts } = setUp();
    runDocumentsMenu('Приказ об утверждении пар', ['order'], fakes.services, docs);
    expect(alerts).toHaveLength(1);
    expect(docs.docs).toHaveLength(1);
    expect(docs.docs[0].paragraphTexts()).toContain('ПРИКАЗЫВАЮ:');
    const pairs = fakes.spreadsheet.sheet('Пары')?.values() ?? [];
    expect(pairs[2][12]).toBe('№ 45-о от 05.10.2026 — https://docs.google.com/document/d/doc1/edit');
  });
});
