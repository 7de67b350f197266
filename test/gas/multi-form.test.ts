import { describe, expect, it } from 'vitest';
import { cellText } from '../../src/core/cell';
import { DRAFT_SHEET } from '../../src/core/matching/draft-sheet';
import { setupWorkbook } from '../../src/core/usecases/setup-workbook';
import { runDocumentsMenu } from '../../src/gas/handlers/documents';
import { menuApprovePairs, menuFormPairs } from '../../src/gas/handlers/pairs';
import { DocumentPropertiesStore } from '../../src/gas/host-services';
import { runMenuAction } from '../../src/gas/run-action';
import { SheetsWorkbook } from '../../src/gas/sheets-workbook';
import {
  ADMIN_FORM,
  ADMIN_MODEL,
  fillTwoMentorProgramme,
  SUBJECT_FORM,
  TWO_FORM_MENTEES,
} from '../support/two-mentors';
import { createFakeServices, installGlobals } from './fakes';
import { FakeDocumentApp } from './fakes/document-app';

function records(values: unknown[][]): Record<string, string>[] {
  const header = values[0].map((cell) => String(cell));
  return values
    .slice(1)
    .map((row) =>
      Object.fromEntries(header.map((title, i) => [title, row[i] instanceof Date ? 'date' : String(row[i] ?? '')])),
    );
}

/** The menu items a curator clicks in Google Sheets, on the same young-specialist project as offline. */
function curatorInGoogle() {
  const fakes = createFakeServices({ locale: 'ru' });
  runMenuAction('Подготовить таблицу', setupWorkbook, { lock: true }, fakes.services);
  const workbook = new SheetsWorkbook(fakes.spreadsheet, fakes.services, new DocumentPropertiesStore(fakes.properties));
  fillTwoMentorProgramme(workbook);
  const ui = fakes.ui as unknown as { alert: (...args: unknown[]) => unknown; alerts: Array<{ title: string }> };
  const alert = ui.alert.bind(ui);
  ui.alert = (title: unknown, prompt: unknown, buttons: unknown) => {
    alert(title, prompt, buttons);
    return buttons === 'YES_NO' ? 'YES' : 'OK';
  };
  const restore = installGlobals(globalThis, fakes);
  try {
    menuFormPairs();
    const draft = workbook.readSheet(DRAFT_SHEET) ?? [];
    const decision = draft[0].findIndex((cell) => cellText(cell) === 'Решение');
    workbook.writeBlock(DRAFT_SHEET, { row: 2, col: decision + 1, values: draft.slice(1).map(() => ['принять']) });
    menuApprovePairs();
  } finally {
    restore();
  }
  const docs = new FakeDocumentApp(fakes.calls);
  runDocumentsMenu('Приказ об утверждении пар', ['order'], fakes.services, docs);
  runDocumentsMenu('Индивидуальные планы развития', ['plans'], fakes.services, docs);
  return { fakes, docs, alerts: ui.alerts.map((a) => a.title) };
}

describe('Apps Script: a mentee with a subject mentor and an administrative one', () => {
  it('«Сформировать пары» → «Утвердить пары» → «Документы»: each pair in «Пары», the order and one plan per mentee', () => {
    const { fakes, docs, alerts } = curatorInGoogle();
    expect(alerts).toContain('Пары сформированы');
    expect(alerts).toContain('Пары утверждены');

    const register = records(fakes.spreadsheet.sheet('Пары')?.values() ?? [[]]);
    expect(register).toHaveLength(5);
    for (const name of TWO_FORM_MENTEES) {
      const own = register.filter((r) => r['Наставляемый'] === name);
      expect(own.map((r) => r['Форма']).sort()).toEqual([ADMIN_FORM, SUBJECT_FORM].sort());
      expect(new Set(own.map((r) => r['Наставник'])).size).toBe(2);
      expect(own.find((r) => r['Форма'] === ADMIN_FORM)?.['Ролевая модель']).toBe(ADMIN_MODEL);
    }
    expect(records(fakes.spreadsheet.sheet('Без пары')?.values() ?? [[]])).toEqual([]);

    const [order, ...plans] = docs.docs;
    // The order's appendix tables: one row per pair (the typesetter turns «–» into «—»).
    const rows = order.elements.flatMap((e) => (e.type === 'table' ? e.cells : []));
    const dashes = (text: string) => text.replace(/[–—]/g, '–').replace(/\s+/g, ' ');
    for (const pair of register) {
      const row = rows.find(
        (cells) =>
          dashes(cells[1]).includes(pair['Наставник']) &&
          dashes(cells[2]).includes(pair['Наставляемый']) &&
          dashes(cells[3]).includes(pair['Форма']),
      );
      expect(row, `${pair['Наставник']} — ${pair['Наставляемый']}`).toBeDefined();
    }

    expect(plans).toHaveLength(2); // one document per organization
    const text = plans.flatMap((doc) => doc.paragraphTexts()).map(dashes);
    expect(text.filter((line) => line.startsWith('Индивидуальный план развития'))).toHaveLength(3);
    const start = text.indexOf('Наставляемый: Новикова Мария Ивановна, учитель математики');
    const plan = text.slice(start, text.indexOf('Куратор программы', start));
    expect(plan).toContain('Наставники:');
    for (const pair of register.filter((r) => r['Наставляемый'] === TWO_FORM_MENTEES[0]))
      expect(plan.some((line) => line.startsWith(`– ${pair['Наставник']}`) && line.includes(pair['Форма']))).toBe(true);
  });
});
