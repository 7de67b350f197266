/**
 * Pair formation cannot pause half-way: when it would not finish in what is left of the
 * execution, it stops before writing anything, with an exact message — never a silent kill.
 */
import { describe, expect, it } from 'vitest';
import { formPairs } from '../../src/core/usecases/pairs/form-pairs';
import { estimatedPairingMs } from '../../src/core/usecases/pairs/pairing-budget';
import { setupWorkbook } from '../../src/core/usecases/setup-workbook';
import { DocumentPropertiesStore } from '../../src/gas/host-services';
import { runMenuAction } from '../../src/gas/run-action';
import { SheetsWorkbook } from '../../src/gas/sheets-workbook';
import { fillDemoWorkbook } from '../../src/local/demo/generate-fill';
import { generateDemo } from '../../src/local/demo/generate';
import { createFakeServices } from './fakes';

function programme(participants: number) {
  const fakes = createFakeServices();
  runMenuAction('Подготовить таблицу', setupWorkbook, { lock: true }, fakes.services);
  const workbook = new SheetsWorkbook(fakes.spreadsheet, fakes.services, new DocumentPropertiesStore(fakes.properties));
  fillDemoWorkbook(workbook, generateDemo({ participants, seed: 5 }));
  return fakes;
}

describe('«Сформировать пары» within the 6-minute execution', () => {
  it('with too little time left it writes nothing and says exactly why and what to do', () => {
    const fakes = programme(60);
    const before = fakes.spreadsheet.sheets.map((sheet) => [sheet.name, JSON.stringify(sheet.values())]);
    // A dialog (or a slow start) has used 4 min 25 s of this execution.
    const startedAt = fakes.clock.now() - 265_000;
    runMenuAction('Сформировать пары', formPairs, { lock: true, startedAt }, fakes.services);
    const alert = fakes.ui.alerts.at(-1);
    expect(alert?.title).toBe('Пары не сформированы');
    expect(alert?.prompt).toMatch(/Ничего не изменено/);
    expect(alert?.prompt).toMatch(/ещё раз/);
    expect(fakes.spreadsheet.sheets.map((sheet) => [sheet.name, JSON.stringify(sheet.values())])).toEqual(before);
  });

  it('a municipality of 3 000 participants fits in one execution by the estimate', () => {
    // 3 000 participants, a quarter of them mentors: 750 × 2 250 candidate pairs.
    expect(estimatedPairingMs(750, 2250) + 30_000).toBeLessThan(270_000);
  });

  it('with a full budget it runs as before', () => {
    const fakes = programme(60);
    runMenuAction('Сформировать пары', formPairs, { lock: true }, fakes.services);
    expect(fakes.ui.alerts.at(-1)?.title).toBe('Пары сформированы');
  });
});
