import { describe, expect, it } from 'vitest';
import { setupWorkbook } from '../../src/core/usecases/setup-workbook';
import { DocumentPropertiesStore } from '../../src/gas/host-services';
import { menuApprovePairs, menuFormPairs } from '../../src/gas/handlers/pairs';
import { runMenuAction } from '../../src/gas/run-action';
import { SheetsWorkbook } from '../../src/gas/sheets-workbook';
import { fillDemoWorkbook } from '../../src/local/demo/generate-fill';
import { generateDemo } from '../../src/local/demo/generate';
import { cellText } from '../../src/core/cell';
import { DRAFT_SHEET } from '../../src/core/matching/draft-sheet';
import { createFakeServices, installGlobals } from './fakes';

/**
 * «Сформировать пары» and «Утвердить пары» read each sheet once and write each range once:
 * the Apps Script calls are the same for 50 and for 5 000 participants.
 */
function callsFor(participants: number) {
  const fakes = createFakeServices();
  runMenuAction('Подготовить таблицу', setupWorkbook, { lock: true }, fakes.services);
  const workbook = new SheetsWorkbook(fakes.spreadsheet, fakes.services, new DocumentPropertiesStore(fakes.properties));
  fillDemoWorkbook(workbook, generateDemo({ participants, seed: 11 }));
  const restore = installGlobals(globalThis, fakes);
  try {
    fakes.calls.reset();
    menuFormPairs();
    const formCalls = fakes.calls.byName();
    acceptEveryProposal(workbook);
    fakes.calls.reset();
    menuApprovePairs();
    return { formCalls, approveCalls: fakes.calls.byName(), alerts: fakes.ui.alerts.map((a) => a.title), fakes };
  } finally {
    restore();
  }
}

/** The curator writes «принять» in every row of the draft (arranged outside the counted calls). */
function acceptEveryProposal(workbook: SheetsWorkbook): void {
  const grid = workbook.readSheet(DRAFT_SHEET) ?? [];
  const col = grid[0].findIndex((cell) => cellText(cell) === 'Решение');
  workbook.writeBlock(DRAFT_SHEET, { row: 2, col: col + 1, values: grid.slice(1).map(() => ['принять']) });
}

describe('pair formation costs the same service calls whatever the number of participants', () => {
  it('50 and 5 000 participants', () => {
    const small = callsFor(50);
    const large = callsFor(5000);
    expect(large.alerts.slice(-2)).toEqual(['Пары сформированы', 'Пары утверждены']);
    // A sheet taller than the default grows once (one insertRowsAfter per sheet written), whatever its height.
    const withoutGrowth = (calls: Record<string, number>) =>
      Object.fromEntries(Object.entries(calls).filter(([name]) => name !== 'Sheet.insertRowsAfter'));
    expect(withoutGrowth(large.formCalls)).toEqual(withoutGrowth(small.formCalls));
    expect(withoutGrowth(large.approveCalls)).toEqual(withoutGrowth(small.approveCalls));
    expect(large.formCalls['Sheet.insertRowsAfter'] ?? 0).toBeLessThanOrEqual(2);
    expect(large.approveCalls['Sheet.insertRowsAfter'] ?? 0).toBeLessThanOrEqual(1);
    expect(large.fakes.spreadsheet.sheet('Пары')?.lastRow()).toBeGreaterThan(1000);
  });
});
