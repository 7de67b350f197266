import type { Env } from '../core/ports';
import type { AppsScriptServices, SpreadsheetApi } from './apps-script-api';
import {
  DocumentPropertiesStore,
  EXECUTION_BUDGET_MS,
  executionBudget,
  toastProgress,
  userLocale,
} from './host-services';
import { SheetsWorkbook } from './sheets-workbook';
import { lazyAppsScriptForms } from './forms-adapter';

export interface GasEnv {
  env: Env;
  spreadsheet: SpreadsheetApi;
}

/**
 * The Env of one execution in the active spreadsheet. The budget counts from `startedAt`: the
 * moment the handler started, before any dialog (a modal alert suspends the script, the
 * execution clock keeps running).
 */
export function buildEnv(
  services: AppsScriptServices,
  title: string,
  startedAt: number = services.clock.now(),
  budgetMs: number = EXECUTION_BUDGET_MS,
): GasEnv {
  const spreadsheet = services.spreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) throw new Error('Нет открытой таблицы: запустите «Наставник» из меню Расширения в нужной таблице');
  const properties = services.properties.getDocumentProperties();
  if (!properties) throw new Error('Нет доступа к свойствам документа');
  const store = new DocumentPropertiesStore(properties);
  const env: Env = {
    workbook: new SheetsWorkbook(spreadsheet, services, store),
    clock: { now: () => new Date() },
    progress: toastProgress(spreadsheet, title),
    budget: executionBudget(startedAt, () => services.clock.now(), Math.min(budgetMs, EXECUTION_BUDGET_MS)),
    store,
    locale: userLocale(services.session),
    forms: lazyAppsScriptForms(),
  };
  return { env, spreadsheet };
}
