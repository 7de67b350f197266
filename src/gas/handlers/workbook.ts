import { checkBases } from '../../core/usecases/check-bases';
import { setupWorkbook } from '../../core/usecases/setup-workbook';
import type { Outcome } from '../../core/outcome';
import { type AppsScriptServices, appsScriptGlobals } from '../apps-script-api';
import { runMenuAction } from '../run-action';

/** Расширения → Наставник → Подготовить таблицу. */
export function menuSetupWorkbook(): void {
  setupWorkbookWith(appsScriptGlobals());
}

/**
 * `insertSheet` activates every sheet it creates, which would leave the curator on the last
 * service sheet: the sheet that was active before comes back to the front afterwards.
 */
export function setupWorkbookWith(services: AppsScriptServices): void {
  runMenuAction(
    'Подготовить таблицу',
    (env) => keepingActiveSheet(services, () => setupWorkbook(env)),
    { lock: true },
    services,
  );
}

function keepingActiveSheet(services: AppsScriptServices, work: () => Outcome): Outcome {
  const active = services.spreadsheetApp.getActiveSpreadsheet()?.getActiveSheet() ?? null;
  const result = work();
  active?.activate();
  return result;
}

/** Расширения → Наставник → Проверить базы. */
export function menuCheckBases(): void {
  runMenuAction('Проверить базы', checkBases, { lock: true });
}
