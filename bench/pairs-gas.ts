/**
 * npx tsx bench/pairs-gas.ts [participants=3000] [organizations=10] [mode, e.g. группы]
 * «Сформировать пары» through the Apps Script adapter on the strict fakes, as a curator runs it
 * from the menu: the time of the whole menu item in Node, the candidate pairs, the service calls,
 * and what the pairing budget (src/core/usecases/pairs/pairing-budget.ts) estimates for Apps
 * Script — printed as one JSON line. The estimate must stay above the Node time × the assumed
 * Apps Script slowdown, or the guard would let a run be killed at 6 minutes. The computation is
 * timed with an unlimited budget (the guard's estimate is what is measured here, so it must not
 * decide whether the run happens), on the same Sheets adapter and fakes.
 */
import { formPairs } from '../src/core/usecases/pairs/form-pairs';
import { estimatedPairingMs } from '../src/core/usecases/pairs/pairing-budget';
import { MATCHING_MODES, type MatchingMode } from '../src/core/matching/settings';
import { setupWorkbook } from '../src/core/usecases/setup-workbook';
import { DocumentPropertiesStore } from '../src/gas/host-services';
import { runMenuAction } from '../src/gas/run-action';
import { SheetsWorkbook } from '../src/gas/sheets-workbook';
import { generateDemo } from '../src/local/demo/generate';
import { fillDemoWorkbook } from '../src/local/demo/generate-fill';
import { createFakeServices } from '../test/gas/fakes';
import { memoryEnv } from '../test/support/memory-workbook';

/** Apps Script's V8 against Node on this machine: assumed, as in pairing-budget.ts (no public figure). */
const APPS_SCRIPT_SLOWDOWN = 3;

const participants = Number(process.argv[2] ?? 3000);
const organizations = Number(process.argv[3] ?? 10);
const mode = MATCHING_MODES.find((m) => m === process.argv[4]) as MatchingMode | undefined;
const fakes = createFakeServices();
runMenuAction('Подготовить таблицу', setupWorkbook, { lock: true }, fakes.services);
const workbook = new SheetsWorkbook(fakes.spreadsheet, fakes.services, new DocumentPropertiesStore(fakes.properties));
fillDemoWorkbook(workbook, generateDemo({ participants, organizations, seed: 3, mistakes: false }));
const count = (sheet: string) => Math.max(0, (fakes.spreadsheet.sheet(sheet)?.values().length ?? 1) - 1);
const mentors = count('Наставники');
const mentees = count('Наставляемые');
fakes.calls.reset();
const started = performance.now();
formPairs({ ...memoryEnv(workbook, new Date()), workbook }, mode ? { mode } : {});
const nodeMs = performance.now() - started;
const drafted = count('Пары (черновик)');
console.log(
  JSON.stringify({
    participants,
    mode: mode ?? 'из «Настроек»',
    mentors,
    mentees,
    candidatePairs: mentors * mentees,
    drafted,
    node_ms: Math.round(nodeMs),
    apps_script_ms_assumed: Math.round(nodeMs * APPS_SCRIPT_SLOWDOWN),
    budget_estimate_ms: Math.round(estimatedPairingMs(mentors, mentees, mode)),
    service_calls: Object.values(fakes.calls.byName()).reduce((a, b) => a + b, 0),
  }),
);
