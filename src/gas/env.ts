import type { Env } from '../core/ports';
import type { AppsScriptServices, SpreadsheetApi } from './apps-script-api';
import { DocumentPropertiesStore, executionBudget, toastProgress, userLocale } from './host-services';
import { SheetsWorkbook } from './sheets-workbook';
import { lazyAppsScriptForms } from './forms-adapter';

export interface GasEnv {
  env: Env;
  spreadsheet: SpreadsheetApi;
}

/** The Env of one execution in the active spreadsheet; the time budget starts now. */
export function buildEnv(services: AppsScriptServices, title: string, startedAt: number = Date.now()): GasEnv {
  const spreadsheet = services.spreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) throw new Error('Нет открытой таблицы: запустите «Наставник» из меню Расширения в нужной таблице');
  const properties = services.properties.getDocumentProperties();
  if (!properties) throw new Error('Нет доступа к свойствам документа');
  const store = new DocumentPropertiesStore(properties);
  const env: Env = {
    workbook: new SheetsWorkbook(spreadsheet, services, store),
    clock: { now: () => new Date() },
    progress: toastProgress(spreadsheet, title),
    budget: executionBudget(startedAt),
    store,
    locale: userLocale(services.session),
    forms: lazyAppsScriptForms(),
  };
  return { env, spreadsheet };
}
