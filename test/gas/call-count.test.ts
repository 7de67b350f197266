import { describe, expect, it } from 'vitest';
import { checkBases } from '../../src/core/usecases/check-bases';
import { setupWorkbook } from '../../src/core/usecases/setup-workbook';
import { DocumentPropertiesStore } from '../../src/gas/host-services';
import { runMenuAction } from '../../src/gas/run-action';
import { SheetsWorkbook } from '../../src/gas/sheets-workbook';
import { fillDemoWorkbook } from '../../src/local/demo/generate-fill';
import { generateDemo } from '../../src/local/demo/generate';
import { createFakeServices } from './fakes';

/**
 * The Apps Script cost model: «Подготовить таблицу» and «Проверить базы» read each sheet once
 * and write each range once, so their service calls do not depend on the number of participants.
 */
function callsFor(participants: number, mistakes: boolean) {
  const fakes = createFakeServices();
  runMenuAction('Подготовить таблицу', setupWorkbook, { lock: true }, fakes.services);
  const workbook = new SheetsWorkbook(fakes.spreadsheet, fakes.services, new DocumentPropertiesStore(fakes.properties));
  fillDemoWorkbook(workbook, generateDemo({ participants, seed: 7, mistakes }));
  fakes.calls.reset();
  runMenuAction('Подготовить таблицу', setupWorkbook, { lock: true }, fakes.services);
  runMenuAction('Проверить базы', checkBases, { lock: true }, fakes.services);
  const alerts = fakes.ui.alerts.slice(-2);
  return { calls: fakes.calls.byName(), total: fakes.calls.count(), alerts, fakes };
}

describe('service calls do not grow with the number of participants', () => {
  it('setup + check on 50 and on 5 000 participants make the same calls', () => {
    const small = callsFor(50, false);
    const large = callsFor(5000, false);
    expect(large.alerts.map((a) => a.title)).toEqual(small.alerts.map((a) => a.title));
    expect(large.calls).toEqual(small.calls);
    // The bound follows the number of sheets set up (seven, «Организации» among them) and their columns (each now has an explicit width), never the rows.
    expect(large.total).toBeLessThan(560);
    expect(large.fakes.spreadsheet.sheet('Наставники')?.lastRow()).toBeGreaterThan(1000);
  });

  it('with a sprinkle of mistakes the check still reports them and costs the same calls', () => {
    const small = callsFor(50, true);
    const large = callsFor(5000, true);
    expect(large.fakes.spreadsheet.sheet('Проблемы')?.lastRow()).toBeGreaterThan(
      small.fakes.spreadsheet.sheet('Проблемы')?.lastRow() ?? 0,
    );
    expect(large.calls).toEqual(small.calls);
  });
});
