import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/cell';
import { createDocuments, DOCUMENTS_JOB_ID } from '../../src/core/usecases/documents';
import { runDocumentsMenu, withGoogleDocs } from '../../src/gas/handlers/documents';
import { stepJob } from '../../src/gas/handlers/progress';
import type { ResumableAction } from '../../src/gas/resumable-actions';
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

const SEPARATE_PLANS = [
  ['Ключ', 'Значение'],
  ['plansLayout', 'по документу на наставляемого'],
  ['academicYear', 2026],
] as Grid;

function documentsAction(docs: FakeDocumentApp): Record<string, ResumableAction> {
  return {
    documents: {
      title: 'Документы',
      run: (env) => createDocuments(withGoogleDocs(env, docs), []),
      jobId: DOCUMENTS_JOB_ID,
      caption: (done, total) => `Создано ${done} из ${total}`,
    },
  };
}

describe('«Документы» when Google stops a run', () => {
  it('a DocumentApp.create failure at any call n, then the same menu item again, leaves no duplicate', () => {
    const kinds = ['order', 'plans', 'report', 'roadmap'] as const;
    for (let n = 1; n <= 7; n++) {
      const { fakes, docs } = setUp('YES', SEPARATE_PLANS);
      docs.failAtCall = n;
      runDocumentsMenu('Документы', kinds, fakes.services, docs);
      docs.failAtCall = null;
      runDocumentsMenu('Документы', kinds, fakes.services, docs);
      const register = fakes.spreadsheet.sheet('Документы')?.values() ?? [];
      const keys = register.slice(1).map((row) => row[register[0].indexOf('Код')]);
      expect(new Set(keys).size, `kill at call ${n}`).toBe(keys.length);
      expect(docs.docs.length, `kill at call ${n}`).toBe(7);
      expect(keys.length, `kill at call ${n}`).toBe(7);
    }
  });

  it('the confirmation’s time counts: with little left the documents are made by the progress dialog', () => {
    const { fakes, docs, alerts } = setUp('YES', SEPARATE_PLANS);
    fakes.clock.dialogMs = 250_000;
    runDocumentsMenu('Индивидуальные планы развития', ['plans'], fakes.services, docs);
    expect(alerts).toHaveLength(1);
    expect(docs.docs).toHaveLength(0);
    expect(fakes.ui.dialogs.map((d) => d.html.file)).toEqual(['progress']);
    const captions: string[] = [];
    for (let call = 0; call < 10; call++) {
      const reply = stepJob('', fakes.services, documentsAction(docs));
      if (!reply.ok) throw new Error(reply.message);
      if (reply.value.status !== 'running') {
        expect(reply.value.status).toBe('done');
        break;
      }
      captions.push(reply.value.caption);
    }
    expect(docs.docs).toHaveLength(4);
    expect(captions.every((caption) => /^Создано \d из 4$/.test(caption))).toBe(true);
  });
});
